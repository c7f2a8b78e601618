package import FluentKit

package struct CreateUnits: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreateUnits" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(UnitGroup.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .unique(on: "code")
            .create()
        try await database.schema(Unit.schema)
            .id()
            .field("unit_group_id", .uuid, .required, .references(UnitGroup.schema, "id"))
            .field("parent_id", .uuid, .references(Unit.schema, "id"))
            .field("predecessor_id", .uuid, .references(Unit.schema, "id"))
            .field("successor_id", .uuid, .references(Unit.schema, "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("valid_from", .string)
            .field("valid_to", .string)
            .unique(on: "code")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Unit.schema).delete()
        try await database.schema(UnitGroup.schema).delete()
    }
}
