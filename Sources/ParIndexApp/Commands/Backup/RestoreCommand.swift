import Foundation
import Vapor
import ParIndexData

/// `parindex restore FILE --data DIR`: puts a backup into an empty data folder (and, with a
/// PostgreSQL DATABASE_URL, an empty database). Never migrates first: the archive brings its
/// own schema, and a migrated database would no longer be empty.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "archive", help: "the backup archive written by parindex backup")
        var archive: String
    }

    var help: String { "Restores a backup into an empty data folder / database: restore FILE --data DIR" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let settings = app.settings
        let archive = URL(fileURLWithPath: signature.archive).standardizedFileURL
        guard FileManager.default.fileExists(atPath: archive.path) else {
            throw BackupRefusal(vi: "Không có tệp sao lưu \(archive.path)", en: "No backup archive at \(archive.path)")
        }
        let manifest = try await BackupRestorer(db: app.db, database: settings.database, dataDirectory: settings.dataDirectory,
                                                evidenceDirectory: settings.evidenceDirectory).restore(from: archive)
        let evidence = manifest.files.filter { $0.path.hasPrefix("evidence/") }.count
        context.console.print("Đã khôi phục / restored: \(archive.path) (\(manifest.createdAt.formatted(.iso8601)))")
        context.console.print("  cơ sở dữ liệu / database: \(manifest.engine.rawValue), \(manifest.migrations.count) migrations")
        context.console.print("  tài liệu kiểm chứng / evidence files: \(evidence) → \(settings.evidenceDirectory.path)")
        context.console.print("  Mọi mã băm đều khớp / every hash matched the manifest.")
    }
}
