import Fluent
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    @Suite("Database")
    struct DatabaseTests {
        @Test func theTestsRunOnTheEngineTheEnvironmentNames() async throws {
            try await withApp(seed: false) { app in
                let dialect = try #require(app.db as? any SQLDatabase).dialect.name
                #expect(dialect == (runsOnPostgres ? "postgresql" : "sqlite"))
            }
        }

        @Test func theAuditLogRefusesUpdatesAndDeletes() async throws {
            try await withApp { app in
                // setup
                let event = AuditEvent(userID: nil, assessmentID: nil, subject: .state, oldValue: "draft", newValue: "submitted")
                try await event.create(on: app.db)
                let sql = try #require(app.db as? any SQLDatabase)
                // act / check: both statements fail, and the row is unchanged
                await #expect(throws: (any Error).self) {
                    try await sql.raw("UPDATE audit_events SET new_value = 'approved'").run()
                }
                await #expect(throws: (any Error).self) {
                    try await sql.raw("DELETE FROM audit_events").run()
                }
                let kept = try #require(try await AuditEvent.find(event.id, on: app.db))
                #expect(kept.newValue == "submitted")
            }
        }

        @Test func scoresAreStoredAsIntegersAndDecimalsAsText() async throws {
            try await withApp { app in
                // Chi Lăng's 3.6, as the founding example declares it (the other demo units have direct scores).
                let chiLang = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
                let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == chiLang).filter(\.$nodeCode == "3.6").first())
                let stored = try #require(StoredInput.decode(entry.inputs))
                #expect(stored.achieved == "40")
                let direct = StoredInput(LeafInputFixture.directScore(hundredths: 1250))
                #expect(direct.json == "{\"scoreHundredths\":1250}")
            }
        }
    }
}

import ParIndexCore

enum LeafInputFixture {
    static func directScore(hundredths: Int) -> LeafInput {
        LeafInput(score: Points(hundredths: hundredths))
    }
}
