import FluentKit
import Foundation
import SQLKit
import Vapor
import ParIndexData

/// The target side of `transfer`: a second application on the PostgreSQL database, configured
/// and migrated exactly as a server would be, then filled by `TableCopy`.
enum DeploymentTransfer {
    static func run(from source: Application, to url: String, environment: Environment) async throws -> [(table: String, rows: Int)] {
        guard let sourceSQL = source.db as? any SQLDatabase else { throw AppSettings.Problem(description: "transfer needs an SQL database") }
        let target = try await Application.make(environment)
        do {
            var settings = source.settings
            settings.database = .postgres(url: url)
            try await configure(target, settings: settings)
            let copy = TableCopy(source: sourceSQL, target: target.db)
            try await TableCopy.refuseUnlessEmpty(target.db, expecting: try await copy.sourceTables())
            try await target.autoMigrate()
            let sourceMigrations = try await BackupWriter.migrations(on: source.db)
            let targetMigrations = try await BackupWriter.migrations(on: target.db)
            guard Set(sourceMigrations) == Set(targetMigrations) else {
                throw BackupRefusal(vi: "Lược đồ hai bên khác nhau (migrations)", en: "The two schemas differ (migrations): \(Set(sourceMigrations).symmetricDifference(targetMigrations).sorted())")
            }
            let rows = try await copy.run()
            try await target.asyncShutdown()
            return rows
        } catch {
            try? await target.asyncShutdown()
            throw error
        }
    }
}
