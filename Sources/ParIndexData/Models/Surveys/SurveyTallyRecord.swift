package import FluentKit
import Foundation

/// A running count of one unit's counted answers to one question, kept as answers arrive so that
/// results and survey points never rescan the answers. Per question, `answer_key` is an option
/// key (how many chose it), `answered` (how many answered) or `satisfied` (how many answered as
/// the question's counting says); option keys are codes, so they never clash with the last two.
package final class SurveyTallyRecord: Model, @unchecked Sendable {
    package static let schema = "survey_tallies"

    @ID(key: .id) package var id: UUID?
    @Field(key: "campaign_id") package var campaignID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "question_code") package var questionCode: String
    @Field(key: "answer_key") package var answerKey: String
    @Field(key: "count") package var count: Int

    package init() {}

    package static let answered = "+answered"
    package static let satisfied = "+satisfied"
}
