package import FluentKit

package struct CreateUsers: AsyncMigration {
    package init() {}

    /// The name Fluent recorded when this migration lived in ParIndexApp: deployments migrated
    /// before the move must not run it again.
    package var name: String { "ParIndexApp.CreateUsers" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("created_at", .datetime)
            .field("unit_id", .uuid, .references(Unit.schema, "id"))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "username")
            .create()
        try await database.schema(ApiToken.schema)
            .id()
            .field("created_at", .datetime)
            .field("user_id", .uuid, .required, .references(User.schema, "id"))
            .field("token_hash", .string, .required)
            .field("label", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ApiToken.schema).delete()
        try await database.schema(User.schema).delete()
    }
}
