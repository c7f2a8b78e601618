package import FluentKit
import Foundation

/// A document cited as evidence for one criterion, with where in it to look.
package final class EvidenceLink: Model, @unchecked Sendable {
    package static let schema = "evidence_links"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    // References
    @Field(key: "assessment_id") package var assessmentID: UUID
    @Field(key: "document_id") package var documentID: UUID
    @OptionalField(key: "created_by") package var createdBy: UUID?

    // Data
    @Field(key: "node_code") package var nodeCode: String
    /// Page or section ("tr. 3–5", "mục II.2").
    @Field(key: "anchor") package var anchor: String

    package init() {}

    package init(id: UUID? = nil, assessmentID: UUID, documentID: UUID, nodeCode: String, anchor: String, createdBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.documentID = documentID
        self.nodeCode = nodeCode
        self.anchor = anchor
        self.createdBy = createdBy
    }
}
