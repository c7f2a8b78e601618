package import FluentKit
import SQLKit

/// The data revision's counter and its triggers on every table there is (see `DataRevision`).
package struct WatchDataRevision: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        let tables = try await DataRevision.watchableTables(on: sql)
        try await DataRevision.createCounter(on: sql)
        for table in tables {
            try await DataRevision.watch(table, on: sql)
        }
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        for table in try await DataRevision.watchableTables(on: sql) {
            for operation in DataRevision.operations {
                try await sql.raw("DROP TRIGGER IF EXISTS \"\(unsafeRaw: DataRevision.triggerName(table, operation))\"").run()
            }
        }
        try await sql.raw("DROP TABLE IF EXISTS \"\(unsafeRaw: DataRevision.table)\"").run()
    }
}
