package import FluentKit
import SQLKit

/// Some units are scored but not ranked (PAR-INDEX.md §6): the province decides it per period.
/// Every existing assessment stays ranked.
package struct AddRankingExclusion: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.AddRankingExclusion" }

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Raw text: both engines read it alike, and Fluent's schema builder has no portable default.
        try await sql.raw(#"ALTER TABLE "assessments" ADD COLUMN "ranked" BOOLEAN NOT NULL DEFAULT TRUE"#).run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AssessmentRecord.schema).deleteField("ranked").update()
    }
}
