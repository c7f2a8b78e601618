import Foundation
import ParIndexData

/// Runs PostgreSQL's own tools (pg_dump, pg_restore) on the database of a `postgres://` URL.
/// The credentials travel in PG* environment variables, never in the argument list, which any
/// user of the machine can read with `ps`.
struct PostgresTools {
    let url: String

    /// PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSSLMODE from the URL.
    func environment() throws -> [String: String] {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw BackupRefusal(vi: "DATABASE_URL không đọc được", en: "DATABASE_URL cannot be read")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PGHOST"] = host
        environment["PGPORT"] = components.port.map(String.init) ?? "5432"
        if let user = components.user { environment["PGUSER"] = user }
        if let password = components.password { environment["PGPASSWORD"] = password }
        let database = String(components.path.drop(while: { $0 == "/" }))
        environment["PGDATABASE"] = database.isEmpty ? (components.user ?? "postgres") : database
        let options = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        if let mode = options["sslmode"] ?? options["tlsmode"] { environment["PGSSLMODE"] = mode }
        return environment
    }

    /// A consistent dump in pg_dump's custom format, without owners or grants so it restores
    /// into a database owned by another role.
    func dump(to file: URL) async throws {
        try await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file=\(file.path)"])
    }

    /// All or nothing: one transaction, stopping at the first error.
    func restore(from file: URL) async throws {
        try await run("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                                     "--dbname=\(try environment()["PGDATABASE"] ?? "")", file.path])
    }

    private func run(_ tool: String, _ arguments: [String]) async throws {
        let executable = try Self.locate(tool)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = try environment()
        // stderr goes to a file, not a pipe: a pipe's buffer would fill and stall a long dump.
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-\(tool)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try? errorHandle.close()
        guard status == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw AppSettings.Problem(description: "\(tool) thất bại / failed (\(status)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// The tool on PATH, else the newest one Debian's packages install under /usr/lib/postgresql.
    static func locate(_ tool: String) throws -> URL {
        let files = FileManager.default
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        let versions = ((try? files.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "/usr/lib/postgresql/\($0)/bin" }
        for folder in path + versions where files.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return URL(fileURLWithPath: "\(folder)/\(tool)")
        }
        throw AppSettings.Problem(description: "\(tool) không tìm thấy / not found: install postgresql-client (on PATH or in /usr/lib/postgresql/*/bin)")
    }
}
