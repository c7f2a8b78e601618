import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// A unit's analysis and plan, for whoever may see the assessment (`Access.open`): its fields
/// against the province, where it loses points, and what it takes to reach a band or a total.
enum AnalysisController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, reconciliation: nil)
    }

    /// Checks the figures a report or an article states (typed or pasted) against the core's,
    /// on the same page: mismatches, digits that look swapped, points the figures imply.
    @Sendable static func reconcile(_ request: Request) async throws -> Response {
        var form = AnalysisPage.ReconcileForm()
        form.view = (try? request.content.get(String.self, at: "view")).flatMap(ScoreView.init(rawValue:)) ?? .selfAssessed
        form.total = (try? request.content.get(String.self, at: "total")) ?? ""
        form.index = (try? request.content.get(String.self, at: "index")) ?? ""
        form.band = (try? request.content.get(String.self, at: "band")) ?? ""
        form.fields = (try? request.content.get(String.self, at: "fields")) ?? ""
        do {
            form.reported = try ReportedFiguresForm.figures(total: form.total, index: form.index, band: form.band, fieldLines: form.fields)
        } catch let error as AppError {
            form.error = (error.field, request.pageContext().t(error.message))
            return try await render(request, reconciliation: form, status: error.status)
        }
        return try await render(request, reconciliation: form)
    }

    static func render(_ request: Request, reconciliation: AnalysisPage.ReconcileForm?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        let results = try await PeriodResultsQuery.load(period: workspace.record.periodID, cache: request.criteriaSetCache, on: request.db)
        let analysis = UnitAnalysis(workspace: workspace, results: results)
        let history = try await results.asyncMap { try await UnitHistory.load(unit: workspace.unit, current: $0, cache: request.criteriaSetCache, on: request.db) }
        // A target that cannot be read is shown beside the planner's form, the page kept.
        var status = status
        var target: PlanTarget?
        var planError: String?
        do {
            target = try request.planTarget(in: workspace.compiled.set)
        } catch let error as AppError {
            planError = request.pageContext().t(error.message)
            status = error.status
        }
        let plan = target.map { analysis.plan($0, scorer: workspace.compiled.scorer) }
        var form = reconciliation ?? AnalysisPage.ReconcileForm(view: workspace.record.state.hasAppraisal ? .final : .selfAssessed)
        if let reported = form.reported { form.outcome = workspace.score(form.view).reconcile(reported) }
        let model = AnalysisPage.Model(id: try workspace.record.requireID(), unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                       state: workspace.record.state, set: workspace.compiled.set, tree: workspace.compiled.tree,
                                       analysis: analysis, history: history, target: target, plan: plan, planError: planError,
                                       typedTotal: String((request.query[String.self, at: "total"] ?? "").prefix(20)), reconcile: form)
        let response = AnalysisPage.render(request.pageContext(), model: model)
        response.status = status
        return response
    }
}

extension Request {
    /// `?band=KEY` or `?total=N` (decimal comma or point); nil when neither is asked; 422 for a
    /// band the set does not have or a total that is not a number within the set's maximum.
    func planTarget(in set: CriteriaSet) throws -> PlanTarget? {
        if let key = query[String.self, at: "band"], !key.isEmpty {
            guard set.bands.contains(where: { $0.key == key }) else {
                throw AppError(.invalid, message: LocalizedText(vi: "Bộ chỉ số không có mức xếp loại “\(key)”.",
                                                               en: "The criteria set has no band “\(key)”."), field: "band")
            }
            return .band(key)
        }
        if let text = query[String.self, at: "total"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            switch Points.parse(text, allowNegative: false) {
            case let .success(points) where points <= set.settings.maximum:
                return .total(points)
            case .success:
                throw AppError(.invalid, message: LocalizedText(vi: "Tổng điểm mục tiêu vượt điểm tối đa \(set.settings.maximum.formatted(.vi)).",
                                                               en: "The target total exceeds the maximum \(set.settings.maximum.formatted(.en))."), field: "total")
            case let .failure(error):
                throw AppError(.invalid, message: error.message, field: "total")
            }
        }
        return nil
    }
}
