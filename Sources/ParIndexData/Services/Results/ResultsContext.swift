package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// What a results page and the results API show besides the period's own table: the previous
/// year's results of the same unit group (for the change since then) and the appraisers' reasons
/// for lowering each criterion. A fixed number of queries, like the table itself.
package struct ResultsContext: Sendable {
    package let results: PeriodResults
    /// The same unit group's period of the year before, when there is one.
    package let previous: PeriodResults?
    /// Criterion code → the reasons appraisers gave, most frequent first (at most three each).
    package let reasons: [String: [(text: String, count: Int)]]

    /// Nil when there is no such period. `publishedOnly` (the public portal) compares with the
    /// previous year only when that year is published too, so no unpublished figure shows through.
    package static func load(period periodID: UUID, withReasons: Bool, publishedOnly: Bool = false, cache: CriteriaSetCache,
                             on db: any Database) async throws -> ResultsContext? {
        guard let results = try await PeriodResultsQuery.load(period: periodID, cache: cache, on: db) else { return nil }
        let query = Period.query(on: db).filter(\.$unitGroupID == results.unitGroupID).filter(\.$year == results.year - 1)
        if publishedOnly { query.filter(\.$publishedAt != nil) }
        let earlier = try await query.sort(\.$title).first()
        let previous = try await earlier.flatMap(\.id).asyncMap { try await PeriodResultsQuery.load(period: $0, cache: cache, on: db) } ?? nil
        let reasons = withReasons ? try await appraisalReasons(of: periodID, on: db) : [:]
        return ResultsContext(results: results, previous: previous, reasons: reasons)
    }

    /// The previous year's row of the same unit (matched by code), if it was ranked there.
    package func previousRow(of row: PeriodResults.Row) -> PeriodResults.Row? {
        previousByCode[row.unitCode]
    }

    /// Index now minus index then, when both are whole scores.
    package func indexChange(of row: PeriodResults.Row) -> FixedDecimal? {
        guard let now = row.result.index, let then = previousRow(of: row)?.result.index else { return nil }
        let decimals = max(now.decimals, then.decimals)
        return FixedDecimal(units: now.units(atDecimals: decimals) - then.units(atDecimals: decimals), decimals: decimals)
    }

    private let previousByCode: [String: PeriodResults.Row]

    init(results: PeriodResults, previous: PeriodResults?, reasons: [String: [(text: String, count: Int)]]) {
        self.results = results
        self.previous = previous
        self.reasons = reasons
        previousByCode = Dictionary((previous?.rows ?? []).map { ($0.unitCode, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The appraisers' reasons per criterion, grouped and counted by the database.
    static func appraisalReasons(of periodID: UUID, on db: any Database) async throws -> [String: [(text: String, count: Int)]] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let statement: SQLQueryString = """
            SELECT e."node_code" AS code, e."note" AS note, count(*) AS times FROM "entries" e \
            JOIN "assessments" a ON a."id" = e."assessment_id" \
            WHERE a."period_id" = \(bind: periodID) AND e."layer" IN ('appraised_1', 'appraised_2') AND e."note" <> '' \
            GROUP BY e."node_code", e."note"
            """
        var reasons: [String: [(text: String, count: Int)]] = [:]
        for row in try await sql.raw(statement).all() {
            let code = try row.decode(column: "code", as: String.self)
            reasons[code, default: []].append((try row.decode(column: "note", as: String.self), try row.decode(column: "times", as: Int.self)))
        }
        return reasons.mapValues { list in
            Array(list.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }.prefix(3))
        }
    }
}

extension Optional {
    /// `map` for an async transform.
    package func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
