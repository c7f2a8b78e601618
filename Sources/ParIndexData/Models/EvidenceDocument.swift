package import FluentKit
import Foundation

/// A document in a unit's evidence library. The file itself is stored once, by content hash.
package final class EvidenceDocument: Model, @unchecked Sendable {
    package static let schema = "evidence_documents"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    // References
    @Field(key: "unit_id") package var unitID: UUID
    @OptionalField(key: "uploaded_by") package var uploadedBy: UUID?

    // Data
    @Field(key: "title") package var title: String
    /// Số hiệu văn bản ("12/QĐ-UBND").
    @Field(key: "document_number") package var documentNumber: String
    @Field(key: "issuer") package var issuer: String
    /// ISO date the document was issued.
    @OptionalField(key: "issued_on") package var issuedOn: String?
    /// SHA-256 of the content, hex: the file's name in the store.
    @Field(key: "content_hash") package var contentHash: String
    /// The name the user's file had, shown only, never used as a path.
    @Field(key: "original_name") package var originalName: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "byte_count") package var byteCount: Int

    package init() {}

    package init(id: UUID? = nil, unitID: UUID, uploadedBy: UUID?, title: String, documentNumber: String, issuer: String, issuedOn: String?, contentHash: String, originalName: String, contentType: String, byteCount: Int) {
        self.id = id
        self.unitID = unitID
        self.uploadedBy = uploadedBy
        self.title = title
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.issuedOn = issuedOn
        self.contentHash = contentHash
        self.originalName = originalName
        self.contentType = contentType
        self.byteCount = byteCount
    }
}
