import ParIndexCore
import ParIndexData
import ParIndexReports

extension ResultsAnnex {
    /// The annex of `rows` (a period's, in the order given), with each unit's change since the
    /// previous year as `context` knows it.
    init(_ context: ResultsContext, rows: [PeriodResults.Row], language: Language) {
        self.init(periodTitle: context.results.periodTitle, tree: context.results.tree, rows: rows.map { row in
            Row(rank: row.rank, unitCode: row.unitCode, unitName: row.unitName, state: row.state.title.text(language), ranked: row.ranked,
                result: row.result, indexChange: context.indexChange(of: row))
        }, language: language)
    }
}
