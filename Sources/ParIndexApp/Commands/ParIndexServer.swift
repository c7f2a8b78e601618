import Fluent
import Foundation
import Vapor
import ParIndexData

/// The web side of the `parindex` executable: `serve`, `migrate`, `user create` and the operator
/// commands `backup`, `restore` and `transfer`.
public enum ParIndexServer {
    /// The subcommands this library answers; the others belong to the command-line tool.
    public static let commands: Set<String> = ["serve", "migrate", "user", "routes", "bench-web", "backup", "restore", "transfer"]

    public static func main(_ arguments: [String]) async -> Int32 {
        do {
            var options = try LaunchOptions.parse(arguments)
            if options.vaporArguments.first == "bench-web", !arguments.contains(where: { $0.hasPrefix("--data") }) {
                // The benchmark writes thousands of rows: never into the real data folder by default.
                options.dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-bench-\(UUID().uuidString)").path
            }
            let dataURL = URL(fileURLWithPath: options.dataDirectory, isDirectory: true).standardizedFileURL
            try FileManager.default.createDirectory(at: dataURL, withIntermediateDirectories: true)
            let settings = try AppSettings.fromEnvironment(ProcessInfo.processInfo.environment, dataDirectory: dataURL)
            var environment = try Environment.detect(arguments: ["parindex"] + options.vaporArguments)
            try LoggingSystem.bootstrap(from: &environment)
            let app = try await Application.make(environment)
            do {
                try await configure(app, settings: settings)
                app.asyncCommands.use(UserCommand(), as: "user")
                app.asyncCommands.use(WebBenchmarkCommand(), as: "bench-web")
                // No auto-migrate for these: backup copies what is there, restore needs an empty
                // database, and transfer migrates its source only once it knows there is one.
                app.asyncCommands.use(BackupCommand(), as: "backup")
                app.asyncCommands.use(RestoreCommand(), as: "restore")
                app.asyncCommands.use(TransferCommand(), as: "transfer")
                let command = options.vaporArguments.first
                if command == "serve" {
                    // Every connection goes through a front that answers malformed HTTP with 400.
                    app.servers.use { app in app.guardedServer }
                    try await app.autoMigrate()
                    try await app.prepareDatabaseForServing()
                    if options.demo {
                        try await DemoData.seedIfEmpty(app, print: { print($0) })
                    } else if try await User.query(on: app.db).count() == 0 {
                        print("Chưa có tài khoản nào / no accounts yet: parindex user create --username admin --name \"Quản trị\" --role administrator")
                    }
                    print(startupBanner(settings: settings, options: options))
                } else if command == "user" || command == "bench-web" {
                    try await app.autoMigrate()
                    try await app.prepareDatabaseForServing()
                }
                try await app.execute()
                try await app.asyncShutdown()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            return 0
        } catch let refusal as BackupRefusal {
            FileHandle.standardError.write(Data("parindex: \(refusal)\n".utf8))
            return 2
        } catch {
            // Print and exit instead of letting the error reach the top level (SIGILL, a 5-second backtrace).
            FileHandle.standardError.write(Data("parindex: \(error)\n".utf8))
            return 1
        }
    }

    static func startupBanner(settings: AppSettings, options: LaunchOptions) -> String {
        let database: String = switch settings.database {
        case let .sqliteFile(path): "SQLite \(path)"
        case .sqliteInMemory: "SQLite (in memory)"
        case .postgres: "PostgreSQL (DATABASE_URL)"
        }
        let host = value(after: ["--hostname", "-H"], in: options.vaporArguments) ?? "127.0.0.1"
        let port = value(after: ["--port", "-p"], in: options.vaporArguments) ?? "8080"
        return """
        ParIndex — Chỉ số cải cách hành chính
          Địa chỉ / URL:      http://\(host):\(port)/
          Dữ liệu / data:     \(settings.dataDirectory.path)
          Cơ sở dữ liệu / db: \(database)
          Tài liệu kiểm chứng / evidence: \(settings.evidenceDirectory.path)
        """
    }

    static func value(after names: [String], in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(where: names.contains), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
