package import FluentKit

package struct CreateEvidence: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreateEvidence" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceDocument.schema)
            .id()
            .field("created_at", .datetime)
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("uploaded_by", .uuid, .references(User.schema, "id"))
            .field("title", .string, .required)
            .field("document_number", .string, .required)
            .field("issuer", .string, .required)
            .field("issued_on", .string)
            .field("content_hash", .string, .required)
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("byte_count", .int64, .required)
            .create()
        try await database.schema(EvidenceLink.schema)
            .id()
            .field("created_at", .datetime)
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, "id"))
            .field("document_id", .uuid, .required, .references(EvidenceDocument.schema, "id"))
            .field("created_by", .uuid, .references(User.schema, "id"))
            .field("node_code", .string, .required)
            .field("anchor", .string, .required)
            .unique(on: "assessment_id", "node_code", "document_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(EvidenceLink.schema).delete()
        try await database.schema(EvidenceDocument.schema).delete()
    }
}
