package import FluentKit
import Foundation
import ParIndexCore
import SQLKit

/// The steering committee's notes per field: read for the meeting and the minutes, saved while
/// the draft is being prepared (the unit's officers and leader), each change audited.
package enum CommitteeNotes {
    package static func all(of assessmentID: UUID, on db: any Database) async throws -> [String: CommitteeNote] {
        let notes = try await CommitteeNote.query(on: db).filter(\.$assessmentID == assessmentID).all()
        return Dictionary(notes.map { ($0.nodeCode, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Saves the notes of field `code`. `expectedVersion` is the version the person saw (0 for
    /// none yet): a newer one is refused as a conflict, nothing overwritten.
    @discardableResult
    package static func save(code: String, causes rawCauses: String, actions rawActions: String, expectedVersion: Int?,
                             in opened: OpenAssessment, by user: User, on db: any Database) async throws -> CommitteeNote {
        try opened.require(.editSelfAssessment)
        let tree = opened.workspace.compiled.tree
        guard let node = tree.nodeIndex(of: code), tree.nodes[node].parent < 0 else {
            throw AppError(.notFound, message: LocalizedText(vi: "Không có lĩnh vực mã \(code).", en: "There is no field coded \(code)."))
        }
        let causes = try TextField.paragraph(rawCauses, field: "causes", label: LocalizedText(vi: "Nguyên nhân", en: "Causes"))
        let actions = try TextField.paragraph(rawActions, field: "actions", label: LocalizedText(vi: "Giải pháp đã thống nhất", en: "Agreed actions"))
        let assessmentID = try opened.record.requireID()
        let stale = AppError.conflict(LocalizedText(
            vi: "Ghi chép của lĩnh vực \(code) vừa được người khác lưu; hãy tải lại trang để xem trước khi lưu.",
            en: "Someone else has just saved the notes of field \(code); reload the page to see them before saving."))
        do {
            return try await db.transaction { db in
                guard let sql = db as? any SQLDatabase else {
                    throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database (SQLite or PostgreSQL)."))
                }
                let existing = try await CommitteeNote.query(on: db).filter(\.$assessmentID == assessmentID).filter(\.$nodeCode == code).first()
                guard (existing?.version ?? 0) == (expectedVersion ?? 0) else { throw stale }
                let note = existing ?? CommitteeNote(assessmentID: assessmentID, nodeCode: code, causes: causes, actions: actions, updatedBy: user.id)
                if let existing {
                    // Conditional on the version, so of two saves racing past the check above only one lands.
                    let updated = try await sql.update(CommitteeNote.schema)
                        .set("causes", to: causes).set("actions", to: actions).set("version", to: existing.version + 1)
                        .set("updated_by", to: user.id).set("updated_at", to: Date())
                        .where("id", .equal, existing.id).where("version", .equal, existing.version)
                        .returning("id").all()
                    guard !updated.isEmpty else { throw stale }
                    note.version = existing.version + 1
                    note.causes = causes
                    note.actions = actions
                } else {
                    // Two first saves at once: the unique (assessment, field) refuses the second.
                    try await note.create(on: db)
                }
                let old = existing.map { "\($0.causes) | \($0.actions)" }
                try await Audit.record(.committee, by: user, assessment: assessmentID, code: code, old: old, new: "\(causes) | \(actions)", on: db)
                return note
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw stale
        }
    }
}
