import Foundation
import FluentKit
import SQLKit
import ParIndexData

/// What a save costs the database and nothing more: one transaction with the versioned update of
/// an entry and its audit line, written by hand through the same driver, on the same database
/// file (or server) as the app. The save's own median is compared with this one's.
struct RawSaveTransaction {
    let entryID: UUID
    let assessmentID: UUID
    let userID: UUID
    let code: String
    private(set) var version: Int

    init(entry: EntryRecord, userID: UUID) throws {
        entryID = try entry.requireID()
        assessmentID = entry.assessmentID
        self.userID = userID
        code = entry.nodeCode
        version = entry.version
    }

    mutating func run(on db: any Database) async throws {
        let version = version
        let (entryID, assessmentID, userID, code) = (entryID, assessmentID, userID, code)
        try await db.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw BenchmarkMiss(targets: ["an SQL database"]) }
            let updated = try await sql.update(EntryRecord.schema)
                .set("inputs", to: "{\"scoreHundredths\":\(version % 2 == 0 ? 75 : 100)}").set("note", to: "").set("version", to: version + 1)
                .set("updated_by", to: userID).set("updated_at", to: Date())
                .where("id", .equal, entryID).where("version", .equal, version)
                .returning("id").all()
            guard updated.count == 1 else { throw BenchmarkMiss(targets: ["raw transaction: version \(version) not found"]) }
            try await sql.insert(into: AuditEvent.schema)
                .columns("id", "at", "user_id", "assessment_id", "subject", "node_code", "old_value", "new_value", "reason")
                .values(SQLBind(UUID()), SQLBind(Date()), SQLBind(userID), SQLBind(assessmentID), SQLBind(AuditSubject.selfEntry.rawValue),
                        SQLBind(code), SQLBind("điểm \(version % 2 == 0 ? "1" : "0,75")"), SQLBind("điểm \(version % 2 == 0 ? "0,75" : "1")"), SQLBind(Optional<String>.none))
                .run()
        }
        self.version = version + 1
    }
}
