import Fluent
import ParIndexCore
import Vapor

/// Explanations, workflow steps and the report: changes made from the assessment page.
extension AssessmentController {
    @Sendable static func requestExplanation(_ request: Request) async throws -> Response {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        guard let code = request.parameters.get("code") else { throw AppError.notFound() }
        let question = (try? request.content.get(String.self, at: "question")) ?? ""
        return try await act(request, record, anchor: code) { workspace in
            try await ExplanationService.request(code: code, question: question, in: workspace, by: user, on: request.db)
            return request.pageContext().t("Đã ghi yêu cầu giải trình cho tiêu chí \(code).", "Explanation request added to \(code).")
        }
    }

    @Sendable static func answerExplanation(_ request: Request) async throws -> Response {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        guard let requestID = request.parameters.get("requestID", as: UUID.self) else { throw AppError.notFound() }
        let answer = (try? request.content.get(String.self, at: "answer")) ?? ""
        return try await act(request, record, anchor: nil) { workspace in
            try await ExplanationService.answer(requestID: requestID, answer: answer, in: workspace, by: user, on: request.db)
            return request.pageContext().t("Đã lưu giải trình.", "Explanation saved.")
        }
    }

    @Sendable static func performAction(_ request: Request) async throws -> Response {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        guard let action = request.parameters.get("action").flatMap(WorkflowAction.init(rawValue:)) else { throw AppError.notFound() }
        let version = (try? request.content.get(String.self, at: "version")).flatMap(Int.init)
        return try await act(request, record, anchor: nil) { workspace in
            let state = try await WorkflowService.perform(action, on: workspace, expectedVersion: version, by: user,
                                                          today: request.today, db: request.db)
            let context = request.pageContext()
            return context.t("Đã thực hiện “\(action.title.vi)”. Trạng thái mới: \(state.title.vi).",
                             "Done: \(action.title.en). New state: \(state.title.en).")
        }
    }

    @Sendable static func saveReport(_ request: Request) async throws -> Response {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        let difficulties = (try? request.content.get(String.self, at: "difficulties")) ?? ""
        let proposals = (try? request.content.get(String.self, at: "proposals")) ?? ""
        return try await act(request, record, anchor: "report") { _ in
            try await ReportService.save(difficulties: difficulties, proposals: proposals, on: record, by: user, db: request.db)
            return request.pageContext().t("Đã lưu báo cáo.", "Report saved.")
        }
    }
}
