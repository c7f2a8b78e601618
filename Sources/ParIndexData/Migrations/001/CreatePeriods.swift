package import FluentKit

package struct CreatePeriods: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreatePeriods" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(CriteriaSetRecord.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("set_key", .string, .required)
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("yaml", .string, .required)
            .field("version", .int, .required)
            .create()
        try await database.schema(Period.schema)
            .id()
            .field("criteria_set_id", .uuid, .required, .references(CriteriaSetRecord.schema, "id"))
            .field("unit_group_id", .uuid, .required, .references(UnitGroup.schema, "id"))
            .field("title", .string, .required)
            .field("year", .int, .required)
            .field("self_deadline", .string)
            .field("explanation_deadline", .string)
            .field("appraisal_deadline", .string)
            .field("open", .bool, .required)
            .create()
        try await database.schema(AppraiserAssignment.schema)
            .id()
            .field("period_id", .uuid, .required, .references(Period.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .unique(on: "period_id", "unit_id", "user_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AppraiserAssignment.schema).delete()
        try await database.schema(Period.schema).delete()
        try await database.schema(CriteriaSetRecord.schema).delete()
    }
}
