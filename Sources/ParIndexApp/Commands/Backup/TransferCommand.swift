import Foundation
import Vapor
import ParIndexData

/// `parindex transfer --data DIR --to postgres://…`: moves a SQLite deployment's database into
/// an empty PostgreSQL database, for a province outgrowing a single file. Unlike `backup`, it
/// reads the source table by table, so the server should be stopped while it runs.
struct TransferCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "the empty PostgreSQL database, postgres://USER:PASSWORD@HOST:PORT/DB")
        var to: String?
    }

    var help: String { "Copies a SQLite deployment into an empty PostgreSQL database (stop the server first): transfer --data DIR --to postgres://…" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let url = signature.to, url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
            throw BackupRefusal(vi: "transfer cần --to postgres://…", en: "transfer needs --to postgres://…")
        }
        let app = context.application
        let settings = app.settings
        guard case let .sqliteFile(path) = settings.database else {
            throw BackupRefusal(vi: "Nguồn của transfer phải là SQLite: bỏ DATABASE_URL và dùng --data DIR",
                                en: "transfer copies from SQLite: unset DATABASE_URL and give --data DIR")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        guard size > 0 else {
            throw BackupRefusal(vi: "Không có cơ sở dữ liệu SQLite tại \(path)", en: "No SQLite database at \(path)")
        }
        // The source is brought to this version's schema, as `serve` would, so both sides match.
        try await app.autoMigrate()
        let rows = try await DeploymentTransfer.run(from: app, to: url, environment: app.environment)
        for (table, count) in rows {
            context.console.print("  \(table.padding(toLength: 24, withPad: " ", startingAt: 0)) \(count)")
        }
        context.console.print("Đã chuyển / transferred: \(rows.reduce(0) { $0 + $1.rows }) dòng / rows in \(rows.count) tables → PostgreSQL")
        context.console.print("Tài liệu kiểm chứng không di chuyển: chúng vẫn ở \(settings.evidenceDirectory.path); chạy máy chủ với DATABASE_URL=… và --data \(settings.dataDirectory.path)")
        context.console.print("Evidence files were not moved: they stay in \(settings.evidenceDirectory.path); run the server with DATABASE_URL=… and --data \(settings.dataDirectory.path)")
    }
}
