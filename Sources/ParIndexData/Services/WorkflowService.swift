package import FluentKit
import Foundation
package import ParIndexCore
import SQLKit

/// Moves an assessment through the workflow: the core says whether the step is legal; this
/// checks what the step needs from the data, applies it against the version the person saw,
/// and records it in the audit log.
package enum WorkflowService {
    package static func perform(_ action: WorkflowAction, on opened: OpenAssessment, expectedVersion: Int?,
                                by user: User, db: any Database) async throws -> AssessmentState {
        let workspace = opened.workspace
        let record = workspace.record
        guard opened.permissions.may(.view) else { throw AppError.forbidden() }
        let target: AssessmentState
        switch opened.permissions.transition(action) {
        case let .success(state): target = state
        case let .failure(refusal): throw AppError(.conflict, message: refusal.message)
        }
        if let expectedVersion, expectedVersion != record.version {
            throw AppError.conflict(LocalizedText(vi: "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.",
                                                  en: "The assessment was just changed by someone else. Reload the page."))
        }
        try await checkPreconditions(action, workspace: workspace, on: db)
        let id = try record.requireID()
        let oldState = record.state
        try await db.transaction { db in
            // Conditional on the version: of two people acting at once, only one moves the assessment.
            guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database (SQLite or PostgreSQL).")) }
            let moved = try await sql.update(AssessmentRecord.schema)
                .set("state", to: target.rawValue).set("version", to: record.version + 1).set("updated_at", to: Date())
                .set("submitted_at", to: action == .submit ? Date() : record.submittedAt)
                .where("id", .equal, id).where("version", .equal, record.version)
                .returning("id").all()
            guard !moved.isEmpty else {
                throw AppError.conflict(LocalizedText(vi: "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang.",
                                                      en: "The assessment was just changed by someone else. Reload the page."))
            }
            try await Audit.record(.state, by: user, assessment: id, old: oldState.rawValue, new: target.rawValue,
                                   reason: action.rawValue, on: db)
        }
        return target
    }

    /// What a step needs besides being legal: a submission scores every criterion the unit
    /// scores; a request for explanation names at least one criterion; sending explanations
    /// answers every request.
    package static func checkPreconditions(_ action: WorkflowAction, workspace: AssessmentWorkspace, on db: any Database) async throws {
        switch action {
        case .submit:
            let result = workspace.score(.selfAssessed)
            let tree = workspace.compiled.tree
            let unscored = tree.leafNodes.filter { index in
                tree.nodes[index].kind != .survey && !result.leafOutcomes[tree.nodes[index].leafNumber].isScored
            }.map { tree.nodes[$0].code }
            guard unscored.isEmpty else {
                throw AppError(.conflict, message: LocalizedText(
                    vi: "Chưa thể gửi: còn \(unscored.count) tiêu chí chưa chấm hoặc chưa hợp lệ (\(unscored.prefix(8).joined(separator: ", "))\(unscored.count > 8 ? ", …" : "")).",
                    en: "Cannot submit yet: \(unscored.count) criteria are not scored or not valid (\(unscored.prefix(8).joined(separator: ", "))\(unscored.count > 8 ? ", …" : ""))."))
            }
        case .requestExplanation:
            let open = workspace.requests.values.joined().filter { $0.answer == nil }
            guard !open.isEmpty else {
                throw AppError(.conflict, message: LocalizedText(
                    vi: "Chưa có yêu cầu giải trình nào: hãy ghi yêu cầu ở từng tiêu chí trước.",
                    en: "There are no explanation requests yet: write them on the criteria first."))
            }
        case .sendExplanation:
            let unanswered = workspace.requests.values.joined().filter { $0.answer == nil }.map(\.nodeCode)
            guard unanswered.isEmpty else {
                throw AppError(.conflict, message: LocalizedText(
                    vi: "Còn yêu cầu giải trình chưa trả lời: \(unanswered.joined(separator: ", ")).",
                    en: "Some explanation requests are not answered: \(unanswered.joined(separator: ", "))."))
            }
        case .withdraw, .startAppraisal, .finalise, .approve:
            break
        }
    }
}
