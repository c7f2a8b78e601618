package import FluentKit
import Foundation

/// One question's answer in a response, as `Questionnaire.read` keeps it.
package final class SurveyAnswer: Model, @unchecked Sendable {
    package static let schema = "survey_answers"

    @ID(key: .id) package var id: UUID?
    @Field(key: "response_id") package var responseID: UUID
    @Field(key: "question_code") package var questionCode: String
    @Field(key: "value") package var value: String

    package init() {}
}
