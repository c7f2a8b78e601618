import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// A period's results page: the administrator and the appraisers see every unit; a unit's
/// officers and leaders see the province's summary and their own row (`Access.resultsScope`).
enum ResultsController {
    @Sendable static func period(_ request: Request) async throws -> Response {
        let periodID = try request.parameter(.period)
        let scope = try await Access.resultsScope(of: try request.user, period: periodID, on: request.db)
        guard let loaded = try await ResultsContext.load(period: periodID, withReasons: true, cache: request.criteriaSetCache,
                                                         on: request.db) else { throw AppError.notFound() }
        let results = loaded.results
        var filter = request.listFilter
        filter.period = nil
        let order = ResultsOrder(key: request.query[String.self, at: "sort"], direction: request.query[String.self, at: "dir"])
        let visible = results.rows(results.rows, in: scope, filter: filter)
        let page = ListPage(all: order.sorted(visible, context: loaded), page: request.listPage)
        let choices = ListControls.Choices(periods: [], states: AssessmentState.allCases,
                                           bands: results.compiled.set.bands.map { ($0.key, $0.label) })
        let model = ResultsPage.Model(context: loaded, scope: scope, page: page, filter: filter, order: order, choices: choices,
                                      path: Paths.periodResults(periodID).href)
        return ResultsPage.render(request.pageContext(), model: model)
    }
}
