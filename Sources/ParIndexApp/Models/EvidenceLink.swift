import Fluent
import Foundation

/// A document cited as evidence for one criterion, with where in it to look.
final class EvidenceLink: Model, @unchecked Sendable {
    static let schema = "evidence_links"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // References
    @Field(key: "assessment_id") var assessmentID: UUID
    @Field(key: "document_id") var documentID: UUID
    @OptionalField(key: "created_by") var createdBy: UUID?

    // Data
    @Field(key: "node_code") var nodeCode: String
    /// Page or section ("tr. 3–5", "mục II.2").
    @Field(key: "anchor") var anchor: String

    init() {}

    init(id: UUID? = nil, assessmentID: UUID, documentID: UUID, nodeCode: String, anchor: String, createdBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.documentID = documentID
        self.nodeCode = nodeCode
        self.anchor = anchor
        self.createdBy = createdBy
    }
}
