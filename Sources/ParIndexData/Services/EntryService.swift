package import FluentKit
import Foundation
package import ParIndexCore
import SQLKit

/// Saves what a layer declares for one criterion: checks who may write which layer in which
/// state, checks the input against the criterion's rule, refuses a stale version, and records
/// the change in the audit log — all in one transaction.
package enum EntryService {
    package struct Saved {
        package var entry: EntryRecord
        package var outcome: LeafOutcome
    }

    /// Where a save comes from, as the audit records it.
    package enum Source: Sendable {
        /// The page or the API, one criterion at a time.
        case typed
        /// The Excel template, uploaded.
        case file
    }

    package static func save(_ form: EntryForm, code: String, layer: EntryLayer, in opened: OpenAssessment,
                             by user: User, source: Source = .typed, on db: any Database) async throws -> Saved {
        let workspace = opened.workspace
        let record = workspace.record
        guard let index = workspace.compiled.tree.nodeIndex(of: code), workspace.compiled.tree.nodes[index].isLeaf else {
            throw AppError.notFound()
        }
        let node = workspace.compiled.tree.nodes[index].definition
        try authorize(layer: layer, node: node, in: opened)
        if layer == .survey {
            try await SurveyFeed.refuseTyping(code: code, in: record, questionnaires: .shared, on: db)
        }
        let input: LeafInput
        do {
            input = try form.leafInput(for: node)
        } catch {
            throw AppError.invalid(error.message, field: error.field)
        }
        guard let outcome = workspace.compiled.scorer.evaluateLeaf(code: code, input: input) else { throw AppError.notFound() }
        if case let .invalid(message) = outcome.working {
            throw AppError.invalid(message, field: "inputs")
        }
        if layer == .appraisalRound1 || layer == .appraisalRound2, form.note.isEmpty,
           let selfPoints = selfPoints(code: code, workspace: workspace), outcome.points < selfPoints {
            throw AppError.invalid(LocalizedText(
                vi: "Điểm thẩm định (\(outcome.points.formatted(.vi))) thấp hơn điểm tự đánh giá (\(selfPoints.formatted(.vi))): phải nêu lý do.",
                en: "The appraised score (\(outcome.points.formatted(.en))) is below the self-score (\(selfPoints.formatted(.en))): give a reason."),
                field: "note")
        }
        let stored = StoredInput(input)
        let existing = workspace.entry(code, layer)
        let assessmentID = try record.requireID()
        let subject: AuditSubject = switch layer {
        case .selfAssessed: .selfEntry
        case .appraisalRound1, .appraisalRound2: .appraisalEntry
        case .survey: .surveyEntry
        }
        let newSummary = "\(stored.summary) → \(outcome.points.formatted(.vi)) điểm" + (source == .file ? " (nhập từ tệp xlsx)" : "")
        // The version the form was opened at must still be the saved one; the update below is
        // conditional on it too, so of two saves racing past this check only one lands.
        if let existing, form.version != existing.version {
            throw try await stale(existing, yours: stored, form: form, code: code, workspace: workspace, on: db)
        }
        let entry: EntryRecord
        if let existing, let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
            return Saved(entry: try await updateInOneStatement(existing, stored: stored, form: form, newSummary: newSummary, subject: subject,
                                                               code: code, assessmentID: assessmentID, user: user, workspace: workspace, on: db, sql: sql),
                         outcome: outcome)
        }
        do {
            entry = try await db.transaction { db in
                if let existing {
                    guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database (SQLite or PostgreSQL).")) }
                    let now = Date()
                    let updated = try await sql.update(EntryRecord.schema)
                        .set("inputs", to: stored.json).set("note", to: form.note).set("version", to: existing.version + 1)
                        .set("updated_by", to: user.id).set("updated_at", to: now)
                        .where("id", .equal, existing.id).where("version", .equal, existing.version)
                        .returning("id").all()
                    guard !updated.isEmpty else {
                        throw try await stale(try await EntryRecord.find(existing.id, on: db) ?? existing, yours: stored, form: form,
                                              code: code, workspace: workspace, on: db)
                    }
                    let old = StoredInput.decode(existing.inputs)?.summary ?? existing.inputs
                    try await Audit.record(subject, by: user, assessment: assessmentID, code: code, old: old, new: newSummary, reason: form.note, on: db)
                    return updatedRow(existing, inputs: stored.json, note: form.note, by: user, at: now)
                }
                guard form.version == nil else {
                    throw AppError.conflict(LocalizedText(vi: "Dữ liệu của tiêu chí \(code) đã thay đổi. Vui lòng tải lại trang.",
                                                          en: "Criterion \(code) has changed. Reload the page."))
                }
                let created = EntryRecord(assessmentID: assessmentID, nodeCode: code, layer: layer, inputs: stored.json, note: form.note, updatedBy: user.id)
                do {
                    try await created.create(on: db)
                } catch let error as any DatabaseError where error.isConstraintFailure {
                    throw FirstEntryRace()
                }
                try await Audit.record(subject, by: user, assessment: assessmentID, code: code, old: nil, new: newSummary, reason: form.note, on: db)
                return created
            }
        } catch is FirstEntryRace {
            // Someone saved this criterion's first entry at the same moment: show theirs and ours.
            // Read after the transaction, which PostgreSQL aborts on the failed insert.
            let current = try await EntryRecord.query(on: db).filter(\.$assessmentID == assessmentID).filter(\.$nodeCode == code)
                .filter(\.$layer == layer).first()
            let shown = if let current { try await snapshot(of: current, in: workspace, on: db) } else { EntrySnapshot(summary: "?", note: "", version: 0) }
            throw StaleEntryError(code: code, current: shown,
                                  yours: EntrySnapshot(summary: stored.summary, note: form.note, version: 0))
        }
        return Saved(entry: entry, outcome: outcome)
    }

    private struct FirstEntryRace: Error {}

    /// The entry as a conflict shows it, with the name of who saved it (a save loads no names).
    static func snapshot(of entry: EntryRecord, in workspace: AssessmentWorkspace, on db: any Database) async throws -> EntrySnapshot {
        var snapshot = workspace.snapshot(of: entry)
        if snapshot.updatedByName == nil, let userID = entry.updatedBy {
            snapshot.updatedByName = try await User.find(userID, on: db)?.displayName
        }
        return snapshot
    }

    /// The points of the unit's own input for `code`, if it has one that scores.
    package static func selfPoints(code: String, workspace: AssessmentWorkspace) -> Points? {
        guard let input = workspace.input(code, .selfAssessed),
              let outcome = workspace.compiled.scorer.evaluateLeaf(code: code, input: input), outcome.isScored else { return nil }
        return outcome.points
    }

    /// Which layer the person may write for this criterion now: the permission for the layer,
    /// and the criterion's kind (survey points only on survey criteria, and only there).
    package static func authorize(layer: EntryLayer, node: CriteriaNode, in opened: OpenAssessment) throws {
        let isSurveyLeaf = node.kind == .survey
        switch layer {
        case .selfAssessed:
            try opened.require(.editSelfAssessment)
            guard !isSurveyLeaf else {
                throw AppError(.notAllowed, message: LocalizedText(
                    vi: "Tiêu chí \(node.code) lấy điểm từ điều tra xã hội học; đơn vị không tự chấm.",
                    en: "Criterion \(node.code) is scored from the survey; units do not score it."))
            }
        case .appraisalRound1, .appraisalRound2:
            try opened.require(.appraise)
            guard !isSurveyLeaf else { throw AppError.invalid(LocalizedText(vi: "Tiêu chí điều tra xã hội học được nhập ở mục điểm khảo sát.", en: "Survey criteria take survey points.")) }
            let state = opened.record.state
            guard state.appraisalRound == (layer == .appraisalRound2 ? 2 : 1) else { throw refusedEdit(state) }
        case .survey:
            try opened.require(.enterSurvey)
            guard isSurveyLeaf else { throw AppError.invalid(LocalizedText(vi: "Tiêu chí \(node.code) không lấy điểm từ điều tra xã hội học.", en: "Criterion \(node.code) is not survey-derived.")) }
        }
    }

    package static func refusedEdit(_ state: AssessmentState) -> AppError {
        AppError(.conflict, message: LocalizedText(
            vi: "Không thể sửa khi hồ sơ ở trạng thái “\(state.title.vi)”.",
            en: "Cannot edit while the assessment is “\(state.title.en)”."))
    }
}
