package import FluentKit
import Foundation
package import SQLKit

/// Writes the append-only audit log. Callers run it in the same transaction as the change it
/// records, so a change and its record stand or fall together.
package enum Audit {
    package static func record(_ subject: AuditSubject, by user: User?, assessment: UUID?, code: String? = nil,
                               old: String?, new: String?, reason: String? = nil, on db: any Database) async throws {
        let line = Line(subject, by: user, assessment: assessment, code: code, old: old, new: new, reason: reason)
        guard let sql = db as? any SQLDatabase else {
            try await AuditEvent(userID: line.userID, assessmentID: line.assessmentID, subject: subject, nodeCode: code,
                                 oldValue: old, newValue: new, reason: line.reason).create(on: db)
            return
        }
        // A plain INSERT: it is half of every save, and Fluent's create costs a query's worth more.
        try await record([line], on: sql)
    }

    /// One line of the log, to be written with others (`record(_:on:)`).
    package struct Line: Sendable {
        var subject: AuditSubject
        var userID: UUID?
        var assessmentID: UUID?
        var code: String?
        var old: String?
        var new: String?
        var reason: String?

        package init(_ subject: AuditSubject, by user: User?, assessment: UUID?, code: String? = nil, old: String?, new: String?, reason: String? = nil) {
            self.subject = subject
            self.userID = user?.id
            self.assessmentID = assessment
            self.code = code
            self.old = old
            self.new = new
            self.reason = reason?.isEmpty == true ? nil : reason
        }
    }

    /// Several lines in one statement (a batch of survey answers moves many units' points).
    package static func record(_ lines: [Line], on sql: any SQLDatabase) async throws {
        guard !lines.isEmpty else { return }
        let now = Date()
        var insert = sql.insert(into: AuditEvent.schema)
            .columns("id", "at", "user_id", "assessment_id", "subject", "node_code", "old_value", "new_value", "reason")
        for line in lines {
            insert = insert.values(SQLBind(UUID()), SQLBind(now), SQLBind(line.userID), SQLBind(line.assessmentID), SQLBind(line.subject.rawValue),
                                   SQLBind(line.code), SQLBind(line.old), SQLBind(line.new), SQLBind(line.reason))
        }
        try await insert.run()
    }

    /// The history of one criterion of one assessment, newest first.
    package static func history(assessment: UUID, code: String, on db: any Database) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: db).filter(\.$assessmentID == assessment).filter(\.$nodeCode == code)
            .sort(\.$at, .descending).all()
    }
}
