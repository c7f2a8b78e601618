import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// Explanations, workflow steps and the report: changes made from the assessment page.
extension AssessmentController {
    @Sendable static func requestExplanation(_ request: Request) async throws -> Response {
        let user = try request.user
        let code = try request.parameter(.criterion)
        let question = (try? request.content.get(String.self, at: "question")) ?? ""
        return try await act(request, anchor: code) { opened in
            try await ExplanationService.request(code: code, question: question, in: opened, by: user, on: request.db)
            return request.pageContext().t("Đã ghi yêu cầu giải trình cho tiêu chí \(code).", "Explanation request added to \(code).")
        }
    }

    @Sendable static func answerExplanation(_ request: Request) async throws -> Response {
        let user = try request.user
        let requestID = try request.parameter(.explanationRequest)
        let answer = (try? request.content.get(String.self, at: "answer")) ?? ""
        return try await act(request, anchor: nil) { opened in
            try await ExplanationService.answer(requestID: requestID, answer: answer, in: opened, by: user, on: request.db)
            return request.pageContext().t("Đã lưu giải trình.", "Explanation saved.")
        }
    }

    @Sendable static func performAction(_ request: Request) async throws -> Response {
        let user = try request.user
        let action = try request.parameter(.action)
        let version = (try? request.content.get(String.self, at: "version")).flatMap(Int.init)
        return try await act(request, anchor: nil) { opened in
            let state = try await WorkflowService.perform(action, on: opened, expectedVersion: version, by: user, db: request.db)
            let context = request.pageContext()
            return context.t("Đã thực hiện “\(action.title.vi)”. Trạng thái mới: \(state.title.vi).",
                             "Done: \(action.title.en). New state: \(state.title.en).")
        }
    }

    @Sendable static func saveReport(_ request: Request) async throws -> Response {
        let user = try request.user
        let difficulties = (try? request.content.get(String.self, at: "difficulties")) ?? ""
        let proposals = (try? request.content.get(String.self, at: "proposals")) ?? ""
        return try await act(request, anchor: "report") { opened in
            try await ReportService.save(difficulties: difficulties, proposals: proposals, in: opened, by: user, db: request.db)
            return request.pageContext().t("Đã lưu báo cáo.", "Report saved.")
        }
    }
}
