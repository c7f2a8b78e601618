package import FluentKit

/// The signed and stamped score sheet a unit's leader attaches at submission: a document of the
/// unit's evidence library (checked like any evidence), kept with the assessment.
package struct AddSignedSheet: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.AddSignedSheet" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentRecord.schema).field("signed_sheet_id", .uuid).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AssessmentRecord.schema).deleteField("signed_sheet_id").update()
    }
}
