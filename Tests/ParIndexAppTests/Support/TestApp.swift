import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ParIndexApp
@testable import ParIndexData

/// One fresh app per test: a new database (in-memory SQLite, or the PostgreSQL of
/// `DATABASE_URL` reverted and migrated again), the demo data, a temporary data folder.
/// Passwords use plaintext hashing here only, because Bcrypt makes every seeded account cost
/// a quarter of a second; `SecurityTests` checks that the real configuration uses Bcrypt.
func withApp(maxUploadBytes: Int = 20 * 1024 * 1024, today: Date = TestClock.today, seed: Bool = true,
             _ test: (Application) async throws -> Void) async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: data) }
    let database: AppSettings.Database = ProcessInfo.processInfo.environment["DATABASE_URL"].map { .postgres(url: $0) } ?? .sqliteInMemory
    let settings = AppSettings(dataDirectory: data, database: database, maxUploadBytes: maxUploadBytes, clock: { today })
    let app = try await Application.make(.testing)
    do {
        try await configure(app, settings: settings)
        app.passwords.use(.plaintext)
        app.logger.logLevel = .warning
        if case .postgres = database { try await app.autoRevert() }
        try await app.autoMigrate()
        try await app.prepareDatabaseForServing()
        if seed { try await DemoData.seed(app, today: CalendarDateFixture.date(today)) }
        try await test(app)
        if case .postgres = database { try await app.autoRevert() }
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

enum TestClock {
    /// 20/11/2023, during the founding example's self-assessment.
    static let today = Date(timeIntervalSince1970: 1_700_460_000)
}

import ParIndexCore

enum CalendarDateFixture {
    static func date(_ date: Date) -> CalendarDate { CalendarDate(isoDate: date) }
}

/// True when the tests run against PostgreSQL (CI's second pass).
var runsOnPostgres: Bool { ProcessInfo.processInfo.environment["DATABASE_URL"] != nil }
