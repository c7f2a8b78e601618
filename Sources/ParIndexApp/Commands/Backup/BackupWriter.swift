import FluentKit
import Foundation
import SQLKit
import ParIndexData

/// Writes one backup archive of a running deployment: a consistent copy of the database, then
/// the evidence files. The order matters: a document row is written only after its file is
/// stored, so every file the database copy mentions is already on disk when the folder is read.
struct BackupWriter {
    let db: any Database
    let database: AppSettings.Database
    let evidenceDirectory: URL

    struct Outcome {
        var manifest: BackupManifest
        /// Evidence files whose content no longer matches their name (damaged on disk); they are
        /// copied as they are and listed here.
        var mismatches: [String]
    }

    func write(to archive: URL, now: Date = Date()) async throws -> Outcome {
        let files = FileManager.default
        guard !files.fileExists(atPath: archive.path) else {
            throw BackupRefusal(vi: "Tệp \(archive.path) đã có; chọn tên khác để không ghi đè bản sao lưu cũ",
                                en: "\(archive.path) already exists; choose another name so no earlier backup is overwritten")
        }
        let folder = archive.deletingLastPathComponent()
        let work = folder.appendingPathComponent(".\(archive.lastPathComponent).work-\(UUID().uuidString)", isDirectory: true)
        let partial = folder.appendingPathComponent(".\(archive.lastPathComponent).partial-\(UUID().uuidString)")
        try files.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: work) }

        let migrations = try await Self.migrations(on: db)
        let engine: BackupManifest.Engine
        let snapshot: URL
        switch database {
        case .sqliteFile, .sqliteInMemory:
            engine = .sqlite
            snapshot = work.appendingPathComponent("parindex.sqlite")
            try await sql.raw("VACUUM INTO \(bind: snapshot.path)").run()
        case let .postgres(url):
            engine = .postgresql
            snapshot = work.appendingPathComponent("parindex.pgdump")
            try await PostgresTools(url: url).dump(to: snapshot)
        }

        let writer = try TarWriter(creating: partial)
        // Whole seconds: what the manifest's ISO 8601 date keeps, so the outcome equals what a reader sees.
        let createdAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        var manifest = BackupManifest(createdAt: createdAt, engine: engine, migrations: migrations, files: [])
        var mismatches: [String] = []
        do {
            let databaseEntry = try writer.append(fileAt: snapshot, as: BackupManifest.databasePath(engine))
            manifest.files.append(.init(path: BackupManifest.databasePath(engine), sha256: databaseEntry.sha256, size: databaseEntry.size))
            for (hash, url) in try Self.storedEvidence(in: evidenceDirectory) {
                let path = BackupManifest.evidencePath(hash: hash)
                let entry = try writer.append(fileAt: url, as: path)
                if entry.sha256 != hash { mismatches.append(path) }
                manifest.files.append(.init(path: path, sha256: entry.sha256, size: entry.size))
            }
            try writer.append(try manifest.encoded(), as: BackupManifest.entryName)
            try writer.finish()
        } catch {
            writer.abandon()
            try? files.removeItem(at: partial)
            throw error
        }
        // Only a complete archive ever carries the name asked for.
        try files.moveItem(at: partial, to: archive)
        return Outcome(manifest: manifest, mismatches: mismatches)
    }

    private var sql: any SQLDatabase {
        get throws {
            guard let sql = db as? any SQLDatabase else { throw AppSettings.Problem(description: "backup needs an SQL database") }
            return sql
        }
    }

    /// The migrations recorded in the database, in the order they ran.
    static func migrations(on db: any Database) async throws -> [String] {
        guard let sql = db as? any SQLDatabase else { return [] }
        do {
            return try await sql.select().column("name").from("_fluent_migrations").orderBy("batch").orderBy("created_at")
                .all().map { try $0.decode(column: "name", as: String.self) }
        } catch {
            throw BackupRefusal(vi: "Cơ sở dữ liệu chưa có lược đồ của ParIndex (chạy parindex migrate trước)",
                                en: "The database has no ParIndex schema yet (run parindex migrate first)")
        }
    }

    /// The evidence store's files (`xx/<sha-256>`), sorted; `incoming/` holds unfinished uploads
    /// and anything else is not ParIndex's, so both are left out.
    static func storedEvidence(in root: URL) throws -> [(hash: String, url: URL)] {
        let files = FileManager.default
        guard files.fileExists(atPath: root.path) else { return [] }
        var found: [(String, URL)] = []
        for prefix in try files.contentsOfDirectory(atPath: root.path).sorted() where prefix.count == 2 {
            let folder = root.appendingPathComponent(prefix, isDirectory: true)
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in try files.contentsOfDirectory(atPath: folder.path).sorted()
            where BackupManifest.isStoredHash(name) && name.hasPrefix(prefix) {
                found.append((name, folder.appendingPathComponent(name)))
            }
        }
        return found
    }
}
