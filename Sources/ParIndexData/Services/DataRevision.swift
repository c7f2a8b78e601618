package import FluentKit
package import SQLKit

/// A value that changes whenever committed data changes, read in one cheap query, so a page
/// rendered under one revision can be served again while the revision stays the same.
///
/// It is correct by construction rather than by every write path remembering to bump it:
/// - SQLite: triggers on every table (but the exempt ones) bump a one-row counter in the writing
///   transaction itself, whoever writes — this server, another process, a hand-typed statement.
///   SQLite serialises writers anyway, so the one hot row costs no waiting.
/// - PostgreSQL: the current snapshot (`xmin:xmax:in-progress`), which moves whenever a writing
///   transaction starts or ends, so no trigger and no shared row for writers to queue on.
///
/// Read it *before* reading the data a page shows: a change committed in between then moves the
/// revision past the one the page is kept under, and that page is never served.
package enum DataRevision {
    package static let table = "data_revision"

    /// Tables whose writes no page shows: the session store (read on every request anyway), the
    /// portal's daily visitor count (written by visits; shown only on public pages, which are not
    /// kept under a revision), and the surveys' answers with what each answer writes — devices,
    /// per-address counters, responses, answers, running counts — shown only on campaign pages,
    /// which are not kept (the survey points they feed are entries, which are watched).
    /// Everything else is watched: a test checks it.
    package static let unwatchedTables: Set<String> = [
        "_fluent_sessions", "_fluent_migrations", "public_visits",
        "survey_address_counts", "survey_devices", "survey_responses", "survey_answers", "survey_tallies", table,
    ]

    package static func current(on db: any Database) async throws -> String {
        guard let sql = db as? any SQLDatabase else { return "" }
        let sqlite = sql.dialect.name == "sqlite"
        guard let row = try await sql.raw("SELECT \(unsafeRaw: column(sqlite: sqlite))").first() else { return "" }
        return try read(from: row, sqlite: sqlite)
    }

    /// The revision as a column of another query (named `revision`), so that a query every
    /// request makes anyway (the session's) reads it too.
    package static func column(sqlite: Bool) -> String {
        sqlite ? "(SELECT \"value\" FROM \"\(table)\") AS \"revision\"" : "pg_current_snapshot()::text AS \"revision\""
    }

    /// The revision from a row that selected `column(sqlite:)`.
    package static func read(from row: any SQLRow, sqlite: Bool) throws -> String {
        sqlite ? "r" + String(try row.decode(column: "revision", as: Int64?.self) ?? 0)
            : "s" + (try row.decode(column: "revision", as: String?.self) ?? "")
    }

    /// Creates the counter (SQLite only; PostgreSQL needs nothing).
    package static func createCounter(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("""
            CREATE TABLE "\(unsafeRaw: table)" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "value" INTEGER NOT NULL)
            """).run()
        try await sql.raw("INSERT INTO \"\(unsafeRaw: table)\" (\"id\", \"value\") VALUES (1, 0)").run()
    }

    /// Makes every write to `name` bump the counter (SQLite only). A migration that creates a
    /// table calls it, or lists the table in `unwatchedTables` with the reason.
    package static func watch(_ name: String, on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "sqlite" else { return }
        for operation in operations {
            try await sql.raw("""
                CREATE TRIGGER "\(unsafeRaw: triggerName(name, operation))" AFTER \(unsafeRaw: operation) ON "\(unsafeRaw: name)"
                BEGIN UPDATE "\(unsafeRaw: table)" SET "value" = "value" + 1; END
                """).run()
        }
    }

    /// The SQLite tables that exist now, but the exempt ones.
    package static func watchableTables(on sql: any SQLDatabase) async throws -> [String] {
        let rows = try await sql.raw("SELECT \"name\" FROM sqlite_master WHERE \"type\" = 'table' AND \"name\" NOT LIKE 'sqlite_%' ORDER BY \"name\"").all()
        return try rows.map { try $0.decode(column: "name", as: String.self) }.filter { !unwatchedTables.contains($0) }
    }

    package static let operations = ["INSERT", "UPDATE", "DELETE"]

    package static func triggerName(_ table: String, _ operation: String) -> String {
        "revision_after_\(operation.lowercased())_\(table)"
    }
}
