import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension APIController {
    /// `GET /api/v1/periods/{periodID}/results`: the summary and one page of rows (ranked first,
    /// by rank), or every row with `?all=1`. Figures are exact decimal strings.
    @Sendable static func periodResults(_ request: Request) async throws -> Response {
        let periodID = try request.parameter(.period)
        let scope = try await Access.resultsScope(of: try request.user, period: periodID, on: request.db)
        guard let loaded = try await ResultsContext.load(period: periodID, withReasons: false, cache: request.criteriaSetCache,
                                                         on: request.db) else { throw AppError.notFound() }
        let results = loaded.results
        let rows = results.rows(results.ordered, in: scope)
        let all = request.query[String.self, at: "all"] == "1"
        let page = ListPage(all: rows, page: request.listPage, size: all ? max(rows.count, 1) : ListPage<PeriodResults.Row>.size)
        let body = APIResults(results, context: loaded, page: page)
        let response = Response(status: .ok)
        try response.content.encode(body)
        if !all { APIPaging.describe(page, path: APIPaths.periodResults(period: periodID).href, query: [], in: response) }
        return response
    }
}

struct APIResults: Content {
    var period_id: UUID
    var period: String
    var criteria_set: String
    var summary: APIResultsSummary
    var rows: [APIResultRow]
    var page: Int
    var page_count: Int
    var total_rows: Int

    init(_ results: PeriodResults, context: ResultsContext, page: ListPage<PeriodResults.Row>) {
        period_id = results.periodID
        period = results.periodTitle
        criteria_set = results.criteriaSetTitle
        summary = APIResultsSummary(results)
        rows = page.rows.map { APIResultRow($0, tree: results.tree, change: context.indexChange(of: $0)) }
        self.page = page.page
        page_count = page.pageCount
        total_rows = page.total
    }
}

struct APIResultsSummary: Content {
    /// Band key → ranked units in it (every band of the set, zero included).
    var bands: [String: Int]
    var ranked: Int
    @ExplicitNull var mean: String?
    @ExplicitNull var median: String?
    @ExplicitNull var min: String?
    @ExplicitNull var max: String?
    var fields: [APIFieldSummary]

    init(_ results: PeriodResults) {
        let summary = results.summary
        bands = Dictionary(summary.bands.map { ($0.band.key, $0.count) }, uniquingKeysWith: +)
        ranked = summary.rankedCount
        mean = summary.mean?.jsonLiteral
        median = summary.median?.jsonLiteral
        min = summary.lowest?.jsonLiteral
        max = summary.highest?.jsonLiteral
        fields = summary.fields.map { field in
            APIFieldSummary(code: results.tree.nodes[field.node].code, mean_points: field.meanPoints?.jsonLiteral, mean_index: field.meanIndex?.jsonLiteral)
        }
    }
}

struct APIFieldSummary: Content {
    var code: String
    @ExplicitNull var mean_points: String?
    @ExplicitNull var mean_index: String?
}

struct APIResultRow: Content {
    var unit_code: String
    var unit_name: String
    var state: String
    var standing: String
    var ranked: Bool
    @ExplicitNull var rank: Int?
    var total: String
    var maximum: String
    var scored_points: String
    var scored_maximum: String
    @ExplicitNull var index: String?
    @ExplicitNull var band: String?
    var self_total: String
    @ExplicitNull var appraised_total: String?
    @ExplicitNull var survey_points: String?
    var removed_by_appraisal: String
    @ExplicitNull var index_change: String?
    var fields: [APIResultField]

    init(_ row: PeriodResults.Row, tree: ScoringTree, change: FixedDecimal?) {
        let result = row.result
        unit_code = row.unitCode
        unit_name = row.unitName
        state = row.state.rawValue
        standing = result.standing.apiName
        ranked = row.ranked
        rank = row.rank
        total = result.total.jsonLiteral
        maximum = result.maximum.jsonLiteral
        scored_points = result.scoredPoints.jsonLiteral
        scored_maximum = result.scoredMaximum.jsonLiteral
        index = result.index?.jsonLiteral
        band = result.band?.key
        self_total = result.selfPoints.jsonLiteral
        appraised_total = result.appraisedPoints?.jsonLiteral
        survey_points = result.surveyPoints?.jsonLiteral
        removed_by_appraisal = result.removedByAppraisal.jsonLiteral
        index_change = change?.jsonLiteral
        fields = result.fields.map { field in
            APIResultField(code: tree.nodes[field.node].code, points: field.points.jsonLiteral, maximum: field.maximum.jsonLiteral,
                           index: field.index?.jsonLiteral, scored: field.isScored)
        }
    }
}

struct APIResultField: Content {
    var code: String
    var points: String
    var maximum: String
    @ExplicitNull var index: String?
    var scored: Bool
}
