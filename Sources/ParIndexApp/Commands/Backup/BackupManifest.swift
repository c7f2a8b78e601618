import Foundation
import ParIndexData

/// What a backup archive holds, written as `manifest.json` at the end of the archive (after
/// every file, so a cut-off archive has no manifest and is refused as damaged).
struct BackupManifest: Codable, Equatable {
    enum Engine: String, Codable {
        case sqlite, postgresql
    }

    struct File: Codable, Equatable {
        var path: String
        var sha256: String
        var size: Int64
    }

    static let entryName = "manifest.json"
    static let currentFormatVersion = 1

    var format = "parindex-backup"
    var formatVersion = BackupManifest.currentFormatVersion
    var createdAt: Date
    var engine: Engine
    /// The schema's migrations, in the order they ran: what the restored database will contain.
    var migrations: [String]
    /// Every file in the archive but the manifest: the database first, then the evidence.
    var files: [File]

    static func databasePath(_ engine: Engine) -> String {
        switch engine {
        case .sqlite: "database/parindex.sqlite"
        case .postgresql: "database/parindex.pgdump"
        }
    }

    static func evidencePath(hash: String) -> String { "evidence/\(hash.prefix(2))/\(hash)" }

    /// The only names an archive may contain, so no entry can reach outside the folder it is
    /// unpacked into (`../`, absolute paths, links).
    static func isAllowed(_ path: String) -> Bool {
        if path == entryName || path == databasePath(.sqlite) || path == databasePath(.postgresql) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "evidence" && isStoredHash(String(parts[2])) && parts[1] == parts[2].prefix(2)
    }

    static func isStoredHash(_ name: String) -> Bool {
        name.utf8.count == 64 && name.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    static func decode(_ data: Data) throws -> BackupManifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(BackupManifest.self, from: data), manifest.format == "parindex-backup" else {
            throw TarHeader.damaged("an unreadable manifest")
        }
        guard manifest.formatVersion <= currentFormatVersion else {
            throw BackupRefusal(vi: "Tệp sao lưu có định dạng \(manifest.formatVersion), mới hơn phiên bản này hiểu được (\(currentFormatVersion))",
                                en: "The archive's format \(manifest.formatVersion) is newer than this version understands (\(currentFormatVersion))")
        }
        return manifest
    }
}
