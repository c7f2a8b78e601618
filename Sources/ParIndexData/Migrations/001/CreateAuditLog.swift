package import FluentKit

package struct CreateAuditLog: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreateAuditLog" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("at", .datetime, .required)
            .field("user_id", .uuid, .references(User.schema, "id"))
            .field("assessment_id", .uuid, .references(AssessmentRecord.schema, "id"))
            .field("subject", .string, .required)
            .field("node_code", .string)
            .field("old_value", .string)
            .field("new_value", .string)
            .field("reason", .string)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).delete()
    }
}
