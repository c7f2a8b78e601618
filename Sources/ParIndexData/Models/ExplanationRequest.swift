package import FluentKit
import Foundation

/// An appraiser's request that the unit explain one criterion, and the unit's answer.
package final class ExplanationRequest: Model, @unchecked Sendable {
    package static let schema = "explanation_requests"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    // References
    @Field(key: "assessment_id") package var assessmentID: UUID
    @OptionalField(key: "asked_by") package var askedBy: UUID?
    @OptionalField(key: "answered_by") package var answeredBy: UUID?

    // Data
    @Field(key: "node_code") package var nodeCode: String
    @Field(key: "question") package var question: String
    @OptionalField(key: "answer") package var answer: String?
    @OptionalField(key: "answered_at") package var answeredAt: Date?

    package init() {}

    package init(id: UUID? = nil, assessmentID: UUID, nodeCode: String, question: String, askedBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.nodeCode = nodeCode
        self.question = question
        self.askedBy = askedBy
    }
}
