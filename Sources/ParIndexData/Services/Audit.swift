package import FluentKit
import Foundation
import SQLKit

/// Writes the append-only audit log. Callers run it in the same transaction as the change it
/// records, so a change and its record stand or fall together.
package enum Audit {
    package static func record(_ subject: AuditSubject, by user: User?, assessment: UUID?, code: String? = nil,
                               old: String?, new: String?, reason: String? = nil, on db: any Database) async throws {
        let reason = reason?.isEmpty == true ? nil : reason
        guard let sql = db as? any SQLDatabase else {
            try await AuditEvent(userID: user?.id, assessmentID: assessment, subject: subject, nodeCode: code,
                                 oldValue: old, newValue: new, reason: reason).create(on: db)
            return
        }
        // A plain INSERT: it is half of every save, and Fluent's create costs a query's worth more.
        try await sql.insert(into: AuditEvent.schema)
            .columns("id", "at", "user_id", "assessment_id", "subject", "node_code", "old_value", "new_value", "reason")
            .values(SQLBind(UUID()), SQLBind(Date()), SQLBind(user?.id), SQLBind(assessment), SQLBind(subject.rawValue),
                    SQLBind(code), SQLBind(old), SQLBind(new), SQLBind(reason))
            .run()
    }

    /// The history of one criterion of one assessment, newest first.
    package static func history(assessment: UUID, code: String, on db: any Database) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: db).filter(\.$assessmentID == assessment).filter(\.$nodeCode == code)
            .sort(\.$at, .descending).all()
    }
}
