package import FluentKit
package import Logging
import SQLKit

/// SQLite set up for a server rather than for one program at a time:
/// - WAL journal: readers never wait for the writer, and a commit is one append to the log
///   instead of a rollback journal's several flushes;
/// - `synchronous = FULL` even in WAL: each commit is flushed to disk before it is acknowledged,
///   so an acknowledged save survives a power cut, not only a crash of the process;
/// - a busy timeout: a writer that finds the file locked sleeps and retries for up to five
///   seconds (the driver's own handler retries at once, forever, spinning a core);
/// - foreign keys on (SQLiteKit already turns them on for every connection);
/// - a page cache of `cacheKibibytes` per connection instead of SQLite's 2 MB: with a year's
///   survey answers (a few hundred MB) the indexes a write walks no longer fit in 2 MB, and every
///   page missed is a read from the file;
/// - temporary storage in memory: a statement that may have to undo its own rows (a multi-row
///   insert inside a transaction) journals them, and on disk each such journal was a new file.
///
/// The journal mode is kept in the file; the other settings belong to a connection. Fluent's
/// SQLite driver keeps exactly one connection per event loop and keeps it open, so `apply` opens
/// each loop's connection once, at start-up, and sets them there.
package enum SQLiteServerSetup {
    package static let busyTimeoutMilliseconds = 5_000

    package static func apply(to databases: Databases, id: DatabaseID, logger: Logger) async throws {
        for eventLoop in databases.eventLoopGroup.makeIterator() {
            guard let database = databases.database(id, logger: logger, on: eventLoop) else { continue }
            try await database.withConnection { connection in
                connection.eventLoop.makeFutureWithTask { try await configure(connection) }
            }.get()
        }
    }

    private static func configure(_ connection: any Database) async throws {
        guard let sql = connection as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA synchronous = FULL").run()
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
        try await sql.raw("PRAGMA foreign_keys = ON").run()
        try await sql.raw("PRAGMA cache_size = -\(unsafeRaw: String(cacheKibibytes))").run()
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
    }

    /// 32 MiB; Fluent keeps one connection per event loop (one per core).
    package static let cacheKibibytes = 32_768

    /// The settings one connection has, as SQLite reports them (for tests and `bench-web`).
    package struct Settings: Equatable, Sendable {
        package var journalMode: String
        package var synchronous: Int
        package var busyTimeout: Int
        package var foreignKeys: Int
        /// Negative: kibibytes.
        package var cacheSize: Int
        /// 2: memory.
        package var tempStore: Int
    }

    package static func settings(of connection: any Database) async throws -> Settings? {
        guard let sql = connection as? any SQLDatabase else { return nil }
        func value<T: Decodable>(_ pragma: String, _ type: T.Type) async throws -> T? {
            guard let row = try await sql.raw(SQLQueryString(pragma)).first(), let column = row.allColumns.first else { return nil }
            return try row.decode(column: column, as: T.self)
        }
        guard let journal = try await value("PRAGMA journal_mode", String.self),
              let synchronous = try await value("PRAGMA synchronous", Int.self),
              let timeout = try await value("PRAGMA busy_timeout", Int.self),
              let keys = try await value("PRAGMA foreign_keys", Int.self),
              let cache = try await value("PRAGMA cache_size", Int.self), let temp = try await value("PRAGMA temp_store", Int.self) else { return nil }
        return Settings(journalMode: journal, synchronous: synchronous, busyTimeout: timeout, foreignKeys: keys, cacheSize: cache, tempStore: temp)
    }
}
