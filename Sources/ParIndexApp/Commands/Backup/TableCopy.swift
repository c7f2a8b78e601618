import FluentKit
import Foundation
import SQLKit
import SQLiteNIO
import ParIndexData

/// Copies every row of a SQLite deployment into a migrated, empty PostgreSQL database, table by
/// table in foreign-key order, all in one transaction. Rows are copied by column name, and each
/// value is converted to the type the PostgreSQL column has (SQLite keeps UUIDs as text or blobs,
/// booleans as integers and dates as seconds), so ids, timestamps, versions and the audit log
/// arrive unchanged. The audit log's triggers refuse updates and deletes only: inserts pass.
struct TableCopy {
    let source: any SQLDatabase
    let target: any Database

    /// Each side has its own record of the migrations that made its schema, and SQLite's data
    /// revision counter has no counterpart on PostgreSQL (its revision is the snapshot).
    static let skipped: Set<String> = ["_fluent_migrations", DataRevision.table]
    static let pageSize = 500

    struct Column {
        var name: String
        var type: String
        var udt: String
    }

    /// Rows copied, per table, in the order they were copied.
    func run() async throws -> [(table: String, rows: Int)] {
        let tables = try await sourceTables()
        return try await target.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw AppSettings.Problem(description: "transfer needs an SQL database") }
            let columns = try await Self.targetColumns(on: sql)
            let references = try await Self.targetReferences(on: sql)
            var copied: [(String, Int)] = []
            for table in try Self.dependencyOrder(tables, references: references) {
                guard let targetColumns = columns[table] else {
                    throw AppSettings.Problem(description: "transfer: bảng \(table) không có ở đích / table \(table) is missing on the target")
                }
                let selfReferences = Set(references.filter { $0.table == table && $0.referenced == table }.map(\.column))
                let rows = try await copy(table, columns: targetColumns, deferring: selfReferences, into: sql)
                copied.append((table, rows))
            }
            return copied
        }
    }

    func sourceTables() async throws -> [String] {
        try await source.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .all().map { try $0.decode(column: "name", as: String.self) }.filter { !Self.skipped.contains($0) }
    }

    private func copy(_ table: String, columns: [String: Column], deferring selfReferences: Set<String>, into sql: any SQLDatabase) async throws -> Int {
        let names = try await source.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().map { try $0.decode(column: "name", as: String.self) }
        let targetColumns = try names.map { name in
            guard let column = columns[name] else {
                throw AppSettings.Problem(description: "transfer: cột \(table).\(name) không có ở đích / column \(table).\(name) is missing on the target")
            }
            return column
        }
        var deferred: [(id: any SQLExpression, column: String, value: any SQLExpression)] = []
        var lastRowID: Int64 = 0
        var count = 0
        while true {
            let rows = try await source.raw("""
                SELECT rowid AS "__copy_rowid", * FROM \(ident: table) WHERE rowid > \(bind: lastRowID) ORDER BY rowid LIMIT \(unsafeRaw: String(Self.pageSize))
                """).all()
            guard !rows.isEmpty else { break }
            let insert = sql.insert(into: table).columns(names)
            for row in rows {
                lastRowID = try row.decode(column: "__copy_rowid", as: Int64.self)
                var values: [any SQLExpression] = []
                for column in targetColumns {
                    let value = try Self.convert(try row.decode(column: column.name, as: RawSQLiteValue.self).data, to: column, in: table)
                    if selfReferences.contains(column.name), !(value is SQLLiteral) {
                        guard let id = try? row.decode(column: "id", as: RawSQLiteValue.self).data, let idColumn = columns["id"] else {
                            throw AppSettings.Problem(description: "transfer: \(table) refers to itself but has no id column")
                        }
                        deferred.append((try Self.convert(id, to: idColumn, in: table), column.name, value))
                        values.append(SQLLiteral.null)
                    } else {
                        values.append(value)
                    }
                }
                insert.values(values)
            }
            try await insert.run()
            count += rows.count
        }
        // A row may name a row copied after it (a unit's successor): those links are set last.
        for link in deferred {
            try await sql.update(table).set(SQLIdentifier(link.column), to: link.value).where(SQLIdentifier("id"), .equal, link.id).run()
        }
        let copied = try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
        guard copied == count else {
            throw AppSettings.Problem(description: "transfer: \(table) has \(copied) rows on the target after copying \(count)")
        }
        return count
    }

    /// One SQLite value as the PostgreSQL column's type.
    static func convert(_ data: SQLiteData, to column: Column, in table: String) throws -> any SQLExpression {
        if case .null = data { return SQLLiteral.null }
        let failure = AppSettings.Problem(description: "transfer: \(table).\(column.name) has a value that is not \(column.type): \(data)")
        switch column.type {
        case "uuid":
            switch data {
            case let .text(text):
                guard let uuid = UUID(uuidString: text) else { throw failure }
                return SQLBind(uuid)
            case let .blob(buffer):
                guard buffer.readableBytes == 16, let bytes = buffer.getBytes(at: buffer.readerIndex, length: 16) else { throw failure }
                return SQLBind(UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15])))
            default: throw failure
            }
        case "timestamp with time zone", "timestamp without time zone":
            guard let date = Date(sqliteData: data) else { throw failure }
            return SQLBind(date)
        case "boolean":
            switch data {
            case let .integer(value): return SQLBind(value != 0)
            case let .text(text) where ["1", "true", "t"].contains(text.lowercased()): return SQLBind(true)
            case let .text(text) where ["0", "false", "f"].contains(text.lowercased()): return SQLBind(false)
            default: throw failure
            }
        case "bigint", "integer", "smallint":
            guard let value = data.integer ?? (data.string.flatMap { Int($0) }) else { throw failure }
            return SQLBind(Int64(value))
        case "double precision", "real", "numeric":
            guard let value = data.double ?? (data.string.flatMap { Double($0) }) else { throw failure }
            return SQLBind(value)
        case "bytea":
            guard case let .blob(buffer) = data else { throw failure }
            return SQLBind(Data(buffer.readableBytesView))
        case "text", "character varying", "character":
            return SQLBind(text(of: data))
        default:
            // json, jsonb and anything newer: PostgreSQL converts the text itself.
            return PostgresCast(value: SQLBind(text(of: data)), type: column.udt)
        }
    }

    static func text(of data: SQLiteData) -> String {
        switch data {
        case let .text(text): text
        case let .integer(value): String(value)
        case let .float(value): String(value)
        case let .blob(buffer): String(decoding: buffer.readableBytesView, as: UTF8.self)
        case .null: ""
        }
    }

    /// Tables ordered so every table comes after those it refers to.
    static func dependencyOrder(_ tables: [String], references: [(table: String, column: String, referenced: String)]) throws -> [String] {
        var remaining = tables
        var ordered: [String] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { table in
                !references.contains { $0.table == table && $0.referenced != table && remaining.contains($0.referenced) }
            }
            guard !ready.isEmpty else {
                throw AppSettings.Problem(description: "transfer: the tables \(remaining.joined(separator: ", ")) refer to each other in a circle")
            }
            ordered += ready
            remaining.removeAll { ready.contains($0) }
        }
        return ordered
    }

    static func targetColumns(on sql: any SQLDatabase) async throws -> [String: [String: Column]] {
        let rows = try await sql.raw("""
            SELECT table_name::text AS t, column_name::text AS c, data_type::text AS d, udt_name::text AS u
            FROM information_schema.columns WHERE table_schema = 'public'
            """).all()
        var columns: [String: [String: Column]] = [:]
        for row in rows {
            let name = try row.decode(column: "c", as: String.self)
            columns[try row.decode(column: "t", as: String.self), default: [:]][name] =
                Column(name: name, type: try row.decode(column: "d", as: String.self), udt: try row.decode(column: "u", as: String.self))
        }
        return columns
    }

    static func targetReferences(on sql: any SQLDatabase) async throws -> [(table: String, column: String, referenced: String)] {
        try await sql.raw("""
            SELECT cl.relname::text AS t, a.attname::text AS c, rf.relname::text AS r
            FROM pg_constraint k
            JOIN pg_class cl ON cl.oid = k.conrelid
            JOIN pg_class rf ON rf.oid = k.confrelid
            JOIN pg_namespace n ON n.oid = k.connamespace
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)
            WHERE k.contype = 'f' AND n.nspname = 'public'
            """).all().map { (try $0.decode(column: "t", as: String.self), try $0.decode(column: "c", as: String.self), try $0.decode(column: "r", as: String.self)) }
    }

    /// An empty target is one with no tables, or with only ParIndex's tables and no rows in them
    /// (someone ran `parindex migrate` on it first, or an earlier transfer was rolled back).
    static func refuseUnlessEmpty(_ target: any Database, expecting tables: [String]) async throws {
        guard let sql = target as? any SQLDatabase else { return }
        let present = try await BackupRestorer.publicTables(on: sql)
        let known = Set(tables).union(skipped)
        if let stranger = present.first(where: { !known.contains($0) }) {
            throw BackupRefusal(vi: "Cơ sở dữ liệu đích không trống: có bảng \(stranger) không thuộc ParIndex",
                                en: "The target database is not empty: it has a table \(stranger) that is not ParIndex's")
        }
        for table in present where !skipped.contains(table) {
            let rows = try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first().map { try $0.decode(column: "n", as: Int.self) } ?? 0
            guard rows == 0 else {
                throw BackupRefusal(vi: "Cơ sở dữ liệu đích không trống: bảng \(table) có \(rows) dòng",
                                    en: "The target database is not empty: table \(table) has \(rows) rows")
            }
        }
    }
}

/// A column's value exactly as SQLite stores it: SQLiteKit hands a type that converts from
/// `SQLiteData` the stored value itself, before any decoding.
struct RawSQLiteValue: Decodable, SQLiteDataConvertible {
    let data: SQLiteData

    init?(sqliteData: SQLiteData) { data = sqliteData }

    init(from decoder: any Decoder) throws {
        throw DecodingError.typeMismatch(Self.self, .init(codingPath: decoder.codingPath, debugDescription: "only read from SQLite rows"))
    }

    var sqliteData: SQLiteData? { data }
}

/// `value::type`, for the column types whose values PostgreSQL should parse from text.
struct PostgresCast: SQLExpression {
    let value: any SQLExpression
    let type: String

    func serialize(to serializer: inout SQLSerializer) {
        value.serialize(to: &serializer)
        serializer.write("::")
        SQLIdentifier(type).serialize(to: &serializer)
    }
}
