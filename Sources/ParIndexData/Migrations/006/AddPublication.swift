package import FluentKit
import SQLKit

/// The public results portal: when a period's results were published (none until the
/// administrator publishes an approved period), and the portal's visitors per day — a count only,
/// nothing about a visitor is stored.
package struct AddPublication: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.AddPublication" }

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Raw text, like migration 004: a nullable column reads alike on both engines.
        try await sql.raw(#"ALTER TABLE "periods" ADD COLUMN "published_at" TEXT"#).run()
        try await database.schema(PublicVisitDay.schema)
            .field("day", .string, .identifier(auto: false))
            .field("visitors", .int, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(PublicVisitDay.schema).delete()
        try await database.schema(Period.schema).deleteField("published_at").update()
    }
}
