import Fluent

struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
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

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).delete()
    }
}
