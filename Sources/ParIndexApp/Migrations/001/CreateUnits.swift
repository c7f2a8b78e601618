import Fluent

struct CreateUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
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

    func revert(on database: any Database) async throws {
        try await database.schema(Unit.schema).delete()
        try await database.schema(UnitGroup.schema).delete()
    }
}
