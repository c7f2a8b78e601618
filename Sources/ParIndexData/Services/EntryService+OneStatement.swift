import FluentKit
import Foundation
import ParIndexCore
import SQLKit

extension EntryService {
    /// On PostgreSQL, the versioned update of an existing entry (its version already checked
    /// against the form's) and its audit line as one
    /// statement (a data-modifying `WITH`): atomic as a statement is, and one round trip instead
    /// of four (BEGIN, UPDATE, INSERT, COMMIT). The audit line is inserted from the updated row,
    /// so when the version no longer matches nothing is written and the save is refused as stale.
    /// SQLite has no data-modifying `WITH`; there the save is the short transaction.
    static func updateInOneStatement(_ existing: EntryRecord, stored: StoredInput, form: EntryForm, newSummary: String,
                                     subject: AuditSubject, code: String, assessmentID: UUID, user: User,
                                     workspace: AssessmentWorkspace, on db: any Database, sql: any SQLDatabase) async throws -> EntryRecord {
        let now = Date()
        let old = StoredInput.decode(existing.inputs)?.summary ?? existing.inputs
        let reason: String? = form.note.isEmpty ? nil : form.note
        let statement: SQLQueryString = """
            WITH "updated" AS (UPDATE "entries" SET "inputs" = \(bind: stored.json), "note" = \(bind: form.note), \
            "version" = \(bind: existing.version + 1), "updated_by" = \(bind: user.id), "updated_at" = \(bind: now) \
            WHERE "id" = \(bind: existing.id) AND "version" = \(bind: existing.version) RETURNING "id") \
            INSERT INTO "audit_events" ("id", "at", "user_id", "assessment_id", "subject", "node_code", "old_value", "new_value", "reason") \
            SELECT \(bind: UUID()), \(bind: now), \(bind: user.id), \(bind: assessmentID), \(bind: subject.rawValue), \(bind: code), \
            \(bind: old), \(bind: newSummary), \(bind: reason) FROM "updated" RETURNING "id"
            """
        guard try await sql.raw(statement).first() != nil else {
            throw try await stale(try await EntryRecord.find(existing.id, on: db) ?? existing, yours: stored, form: form,
                                  code: code, workspace: workspace, on: db)
        }
        return updatedRow(existing, inputs: stored.json, note: form.note, by: user, at: now)
    }

    /// The row as a versioned update left it, from what the request already has: not read again.
    static func updatedRow(_ existing: EntryRecord, inputs: String, note: String, by user: User, at now: Date) -> EntryRecord {
        let fresh = EntryRecord(assessmentID: existing.assessmentID, nodeCode: existing.nodeCode, layer: existing.layer,
                                inputs: inputs, note: note, updatedBy: user.id)
        fresh.id = existing.id
        fresh.version = existing.version + 1
        fresh.updatedAt = now
        return fresh
    }

    /// The refusal of a save whose version is no longer the saved one: theirs beside yours.
    static func stale(_ current: EntryRecord, yours stored: StoredInput, form: EntryForm, code: String,
                      workspace: AssessmentWorkspace, on db: any Database) async throws -> StaleEntryError {
        StaleEntryError(code: code, current: try await snapshot(of: current, in: workspace, on: db),
                        yours: EntrySnapshot(summary: stored.summary, note: form.note, version: form.version ?? 0))
    }
}
