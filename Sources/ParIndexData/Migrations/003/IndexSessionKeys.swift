package import FluentKit
import SQLKit

/// Every request with a cookie looks its session up by key, and Fluent's sessions table has no
/// index on it: each lookup read the whole table, which only grows.
package struct IndexSessionKeys: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.IndexSessionKeys" }

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "fluent_sessions_key").on("_fluent_sessions").column("key").run()
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS fluent_sessions_key").run()
    }
}
