package import FluentKit

/// The steering committee's review of a draft (the founding example's meeting): per field, the
/// causes of lost points and the actions agreed, kept with the assessment and printed as the
/// minutes' annex.
package struct CreateCommitteeNotes: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.CreateCommitteeNotes" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(CommitteeNote.schema)
            .id()
            .field("updated_at", .datetime)
            .field("assessment_id", .uuid, .required, .references(AssessmentRecord.schema, "id"))
            .field("updated_by", .uuid, .references(User.schema, "id"))
            .field("node_code", .string, .required)
            .field("causes", .string, .required)
            .field("actions", .string, .required)
            .field("version", .int, .required)
            .unique(on: "assessment_id", "node_code")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CommitteeNote.schema).delete()
    }
}
