import FluentKit
import Foundation
import SQLKit
import ParIndexData

/// Restores a backup archive into an empty deployment. Everything is unpacked into a staging
/// folder and checked against the manifest first; only then is anything moved into place, so a
/// damaged or altered archive leaves the target as it was.
struct BackupRestorer {
    let db: any Database
    let database: AppSettings.Database
    let dataDirectory: URL
    let evidenceDirectory: URL

    func restore(from archive: URL) async throws -> BackupManifest {
        try await refuseUnlessEmpty()
        let files = FileManager.default
        let staging = dataDirectory.appendingPathComponent(".restore-\(UUID().uuidString)", isDirectory: true)
        try files.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: staging) }

        let manifest = try unpack(archive, into: staging)
        let target: BackupManifest.Engine = if case .postgres = database { .postgresql } else { .sqlite }
        guard manifest.engine == target else {
            throw BackupRefusal(vi: "Bản sao lưu của \(manifest.engine.rawValue) không khôi phục được vào \(target.rawValue); dùng parindex transfer để chuyển từ SQLite sang PostgreSQL",
                                en: "A \(manifest.engine.rawValue) backup cannot be restored into \(target.rawValue); use parindex transfer to move from SQLite to PostgreSQL")
        }

        let snapshot = staging.appendingPathComponent(BackupManifest.databasePath(target))
        switch database {
        case let .sqliteFile(path):
            let destination = URL(fileURLWithPath: path)
            try files.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? files.removeItem(at: destination)   // an empty file at most: refuseUnlessEmpty checked it
            try files.moveItem(at: snapshot, to: destination)
        case let .postgres(url):
            try await PostgresTools(url: url).restore(from: snapshot)
        case .sqliteInMemory:
            throw BackupRefusal(vi: "Không khôi phục được vào cơ sở dữ liệu trong bộ nhớ", en: "Cannot restore into an in-memory database")
        }
        for file in manifest.files where file.path.hasPrefix("evidence/") {
            let destination = evidenceDirectory.appendingPathComponent(String(file.path.dropFirst("evidence/".count)))
            try files.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files.moveItem(at: staging.appendingPathComponent(file.path), to: destination)
        }
        return manifest
    }

    /// Unpacks every entry and checks it against the manifest: the same set of files, each with
    /// the size and SHA-256 the manifest gives.
    func unpack(_ archive: URL, into staging: URL) throws -> BackupManifest {
        let reader = try TarReader(reading: archive)
        var found: [String: (sha256: String, size: Int64)] = [:]
        var manifestData: Data?
        while let header = try reader.next() {
            guard BackupManifest.isAllowed(header.name), found[header.name] == nil else {
                throw TarHeader.damaged("an unexpected entry: \(header.name)")
            }
            if header.name == BackupManifest.entryName {
                guard manifestData == nil else { throw TarHeader.damaged("two manifests") }
                manifestData = try reader.contents(header, limit: 256 << 20)
            } else {
                found[header.name] = (try reader.extract(header, to: staging.appendingPathComponent(header.name)), header.size)
            }
        }
        guard let manifestData else { throw TarHeader.damaged("no manifest; the archive may be cut short") }
        let manifest = try BackupManifest.decode(manifestData)
        guard manifest.files.contains(where: { $0.path == BackupManifest.databasePath(manifest.engine) }) else {
            throw TarHeader.damaged("no database in the manifest")
        }
        for file in manifest.files {
            guard let actual = found.removeValue(forKey: file.path) else {
                throw BackupRefusal(vi: "Tệp sao lưu thiếu \(file.path) mà bảng kê liệt kê", en: "The archive lacks \(file.path), which its manifest lists")
            }
            guard actual.sha256 == file.sha256, actual.size == file.size else {
                throw BackupRefusal(vi: "Mã băm của \(file.path) không khớp với bảng kê: tệp sao lưu đã bị thay đổi hoặc hỏng",
                                    en: "The hash of \(file.path) does not match the manifest: the archive was altered or damaged")
            }
        }
        if let extra = found.keys.sorted().first {
            throw BackupRefusal(vi: "Tệp sao lưu có \(extra) không có trong bảng kê", en: "The archive holds \(extra), which its manifest does not list")
        }
        return manifest
    }

    /// The data folder may hold empty folders (the server makes `evidence/` at start) but no
    /// file; a PostgreSQL target may hold no table.
    func refuseUnlessEmpty() async throws {
        if let file = Self.firstFile(in: dataDirectory) {
            throw BackupRefusal(vi: "Thư mục dữ liệu \(dataDirectory.path) không trống (có \(file)); chỉ khôi phục vào thư mục trống",
                                en: "The data folder \(dataDirectory.path) is not empty (it holds \(file)); restore only into an empty folder")
        }
        switch database {
        case let .sqliteFile(path):
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            guard size == 0 else {
                throw BackupRefusal(vi: "Cơ sở dữ liệu \(path) đã có; chỉ khôi phục vào nơi trống", en: "The database \(path) already exists; restore only into an empty place")
            }
        case .postgres:
            guard let sql = db as? any SQLDatabase else { break }
            let tables = try await Self.publicTables(on: sql)
            guard tables.isEmpty else {
                throw BackupRefusal(vi: "Cơ sở dữ liệu PostgreSQL không trống (có bảng \(tables.prefix(3).joined(separator: ", "))); chỉ khôi phục vào cơ sở dữ liệu trống",
                                    en: "The PostgreSQL database is not empty (it has tables \(tables.prefix(3).joined(separator: ", "))); restore only into an empty database")
            }
        case .sqliteInMemory:
            break
        }
    }

    static func firstFile(in folder: URL) -> String? {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return nil }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true {
            return url.path
        }
        return nil
    }

    static func publicTables(on sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
            .all().map { try $0.decode(column: "table_name", as: String.self) }
    }
}
