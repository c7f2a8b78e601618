import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// A unit's analysis and plan, for whoever may see the assessment (`Access.open`): its fields
/// against the province, where it loses points, and what it takes to reach a band or a total.
enum AnalysisController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        let results = try await PeriodResultsQuery.load(period: workspace.record.periodID, cache: request.criteriaSetCache, on: request.db)
        let analysis = UnitAnalysis(workspace: workspace, results: results)
        let target = try request.planTarget(in: workspace.compiled.set)
        let plan = target.map { analysis.plan($0, scorer: workspace.compiled.scorer) }
        let model = AnalysisPage.Model(id: try workspace.record.requireID(), unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                       state: workspace.record.state, set: workspace.compiled.set, tree: workspace.compiled.tree,
                                       analysis: analysis, target: target, plan: plan)
        return AnalysisPage.render(request.pageContext(), model: model)
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
