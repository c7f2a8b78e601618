import Fluent
import Foundation

/// An appraiser's request that the unit explain one criterion, and the unit's answer.
final class ExplanationRequest: Model, @unchecked Sendable {
    static let schema = "explanation_requests"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // References
    @Field(key: "assessment_id") var assessmentID: UUID
    @OptionalField(key: "asked_by") var askedBy: UUID?
    @OptionalField(key: "answered_by") var answeredBy: UUID?

    // Data
    @Field(key: "node_code") var nodeCode: String
    @Field(key: "question") var question: String
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_at") var answeredAt: Date?

    init() {}

    init(id: UUID? = nil, assessmentID: UUID, nodeCode: String, question: String, askedBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.nodeCode = nodeCode
        self.question = question
        self.askedBy = askedBy
    }
}
