package import FluentKit
import Foundation

/// Writes the append-only audit log. Callers run it in the same transaction as the change it
/// records, so a change and its record stand or fall together.
package enum Audit {
    package static func record(_ subject: AuditSubject, by user: User?, assessment: UUID?, code: String? = nil,
                               old: String?, new: String?, reason: String? = nil, on db: any Database) async throws {
        let event = AuditEvent(userID: user?.id, assessmentID: assessment, subject: subject, nodeCode: code,
                               oldValue: old, newValue: new, reason: reason?.isEmpty == true ? nil : reason)
        try await event.create(on: db)
    }

    /// The history of one criterion of one assessment, newest first.
    package static func history(assessment: UUID, code: String, on db: any Database) async throws -> [AuditEvent] {
        try await AuditEvent.query(on: db).filter(\.$assessmentID == assessment).filter(\.$nodeCode == code)
            .sort(\.$at, .descending).all()
    }
}
