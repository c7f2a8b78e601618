package import FluentKit

package struct CreateAssessments: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreateAssessments" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentRecord.schema)
            .id()
            .field("updated_at", .datetime)
            .field("period_id", .uuid, .required, .references(Period.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("submitted_at", .datetime)
            .field("difficulties", .string, .required)
            .field("proposals", .string, .required)
            .field("is_demo", .bool, .required)
            .unique(on: "period_id", "unit_id")
            .create()
        try await database.schema(EntryRecord.schema)
            .id()
            .field("updated_at", .datetime)
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, "id"))
            .field("updated_by", .uuid, .references(User.schema, "id"))
            .field("node_code", .string, .required)
            .field("layer", .string, .required)
            .field("inputs", .string, .required)
            .field("note", .string, .required)
            .field("version", .int, .required)
            .unique(on: "assessment_id", "node_code", "layer")
            .create()
        try await database.schema(ExplanationRequest.schema)
            .id()
            .field("created_at", .datetime)
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, "id"))
            .field("asked_by", .uuid, .references(User.schema, "id"))
            .field("answered_by", .uuid, .references(User.schema, "id"))
            .field("node_code", .string, .required)
            .field("question", .string, .required)
            .field("answer", .string)
            .field("answered_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ExplanationRequest.schema).delete()
        try await database.schema(EntryRecord.schema).delete()
        try await database.schema(AssessmentRecord.schema).delete()
    }
}
