package import FluentKit
import Foundation
import ParIndexCore

/// Requests for explanation (appraiser, round 1) and the unit's answers (explanation round).
package enum ExplanationService {
    package static func request(code: String, question: String, in opened: OpenAssessment, by user: User, on db: any Database) async throws {
        try opened.require(.requestExplanation)
        let workspace = opened.workspace
        guard workspace.compiled.tree.nodeIndex(of: code) != nil else { throw AppError.notFound() }
        let text = try TextField.paragraph(question, field: "question", label: .init(vi: "Nội dung yêu cầu giải trình", en: "The request"))
        guard !text.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Hãy ghi nội dung cần giải trình.", en: "Write what needs explaining."), field: "question")
        }
        let id = try workspace.record.requireID()
        try await db.transaction { db in
            try await ExplanationRequest(assessmentID: id, nodeCode: code, question: text, askedBy: user.id).create(on: db)
            try await Audit.record(.explanation, by: user, assessment: id, code: code, old: nil, new: "Yêu cầu: \(text)", on: db)
        }
    }

    package static func answer(requestID: UUID, answer: String, in opened: OpenAssessment, by user: User, on db: any Database) async throws {
        try opened.require(.answerExplanation)
        let id = try opened.record.requireID()
        guard let request = try await ExplanationRequest.find(requestID, on: db), request.assessmentID == id else { throw AppError.notFound() }
        let text = try TextField.paragraph(answer, field: "answer", label: .init(vi: "Nội dung giải trình", en: "The explanation"))
        guard !text.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Nội dung giải trình không được để trống.", en: "The explanation cannot be empty."), field: "answer")
        }
        let old = request.answer
        try await db.transaction { db in
            request.answer = text
            request.answeredBy = user.id
            request.answeredAt = Date()
            try await request.update(on: db)
            try await Audit.record(.explanation, by: user, assessment: id, code: request.nodeCode, old: old, new: "Giải trình: \(text)", on: db)
        }
    }
}
