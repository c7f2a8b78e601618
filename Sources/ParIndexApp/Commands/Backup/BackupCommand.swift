import Foundation
import Vapor
import ParIndexData

/// `parindex backup --data DIR --to FILE`: one archive of the database and the evidence store,
/// taken while the server keeps running.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "the archive to write, e.g. parindex-2026-12-01.tar")
        var to: String?
    }

    var help: String { "Backs up the database and the evidence files into one archive: backup --data DIR --to FILE" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.to, !path.isEmpty else {
            throw BackupRefusal(vi: "backup cần --to TỆP", en: "backup needs --to FILE")
        }
        let app = context.application
        let settings = app.settings
        let archive = URL(fileURLWithPath: path).standardizedFileURL
        let outcome = try await BackupWriter(db: app.db, database: settings.database, evidenceDirectory: settings.evidenceDirectory)
            .write(to: archive)
        let evidence = outcome.manifest.files.filter { $0.path.hasPrefix("evidence/") }
        let megabytes = String(format: "%.1f", Double(outcome.manifest.files.reduce(0) { $0 + $1.size }) / 1_048_576)
        context.console.print("Đã sao lưu / backed up: \(archive.path)")
        context.console.print("  cơ sở dữ liệu / database: \(outcome.manifest.engine.rawValue), \(outcome.manifest.migrations.count) migrations")
        context.console.print("  tài liệu kiểm chứng / evidence files: \(evidence.count); tổng / total \(megabytes) MB")
        for path in outcome.mismatches {
            context.console.print("  CẢNH BÁO / WARNING: \(path) không khớp mã băm trên đĩa / does not match its hash on disk (copied as it is)")
        }
    }
}
