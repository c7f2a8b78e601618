import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The steering committee's meeting on the draft: one field per screen in large type, the
/// causes and agreed actions typed as it goes (saved and audited), and the minutes' annex on A4.
enum MeetingController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, field: request.query[Int.self, at: "field"] ?? 1)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let code = try request.parameter(.criterion)
        let opened = try await request.openAssessment()
        let causes = (try? request.content.get(String.self, at: "causes")) ?? ""
        let actions = (try? request.content.get(String.self, at: "actions")) ?? ""
        let version = (try? request.content.get(String.self, at: "version")).flatMap { Int($0) }
        let position = (opened.workspace.compiled.tree.rootNodes.firstIndex { opened.workspace.compiled.tree.nodes[$0].code == code } ?? 0) + 1
        let context = request.pageContext()
        do {
            try await CommitteeNotes.save(code: code, causes: causes, actions: actions, expectedVersion: version, in: opened,
                                          by: try request.user, on: request.db)
        } catch let error as AppError where error.kind != .notFound {
            let typed = MeetingPage.Typed(causes: causes, actions: actions, field: error.field, message: context.t(error.message))
            return try await render(request, field: position, typed: typed, status: error.status)
        }
        request.flash(.success, context.t("Đã lưu ghi chép lĩnh vực \(code).", "Saved the notes of field \(code)."))
        return request.redirect(to: Paths.meeting(try opened.record.requireID(), field: position).href)
    }

    @Sendable static func minutes(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        let notes = try await CommitteeNotes.all(of: try workspace.record.requireID(), on: request.db)
        let analysis = UnitAnalysis(workspace: workspace, results: nil)
        let model = MinutesPage.Model(id: try workspace.record.requireID(), unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                      tree: workspace.compiled.tree, analysis: analysis, notes: notes, today: request.today)
        return MinutesPage.render(request.pageContext(), model: model)
    }

    static func render(_ request: Request, field: Int, typed: MeetingPage.Typed? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        let results = try await PeriodResultsQuery.load(period: workspace.record.periodID, cache: request.criteriaSetCache, on: request.db)
        let analysis = UnitAnalysis(workspace: workspace, results: results)
        let roots = workspace.compiled.tree.rootNodes
        let position = min(max(field, 1), max(roots.count, 1))
        let notes = try await CommitteeNotes.all(of: try workspace.record.requireID(), on: request.db)
        let model = MeetingPage.Model(id: try workspace.record.requireID(), unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                      tree: workspace.compiled.tree, analysis: analysis, position: position, notes: notes,
                                      mayWrite: opened.permissions.may(.editSelfAssessment), typed: typed)
        let response = MeetingPage.render(request.pageContext(), model: model)
        response.status = status
        return response
    }
}
