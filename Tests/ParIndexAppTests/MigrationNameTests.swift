import FluentKit
import Testing
@testable import ParIndexData

/// Fluent remembers a migration by its name; a deployment migrated when the migrations lived in
/// ParIndexApp must see the same names, or it would run them again on tables that exist.
@Suite("Migration names")
struct MigrationNameTests {
    @Test func namesStayAsDeploymentsRecordedThem() {
        let migrations: [any AsyncMigration] = [CreateUnits(), CreateUsers(), CreatePeriods(), CreateAssessments(),
                                                CreateEvidence(), CreateAuditLog(), ProtectAuditLog(), IndexSessionKeys(),
                                                AddRankingExclusion(), CreateCommitteeNotes(), AddPublication(), AddSignedSheet(),
                                                WatchDataRevision(), CreateSurveys()]
        #expect(migrations.map(\.name) == [
            "ParIndexApp.CreateUnits", "ParIndexApp.CreateUsers", "ParIndexApp.CreatePeriods", "ParIndexApp.CreateAssessments",
            "ParIndexApp.CreateEvidence", "ParIndexApp.CreateAuditLog", "ParIndexApp.ProtectAuditLog",
            "ParIndexData.IndexSessionKeys", "ParIndexData.AddRankingExclusion", "ParIndexData.CreateCommitteeNotes",
            "ParIndexData.AddPublication", "ParIndexData.AddSignedSheet",
            "ParIndexData.WatchDataRevision", "ParIndexData.CreateSurveys",
        ])
    }
}
