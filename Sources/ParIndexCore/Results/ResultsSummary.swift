/// What a province publishes beside its ranking (as PAPI does beside every table): how many
/// units fall in each band, the mean, median, lowest and highest index, and each field's mean.
/// Only ranked units count: a draft or an excluded unit would distort the province's picture.
public struct ResultsSummary: Sendable {
    public struct FieldSummary: Sendable, Equatable {
        public var node: Int
        public var meanPoints: Points?
        public var meanIndex: FixedDecimal?
        public var lowestIndex: FixedDecimal?
        public var highestIndex: FixedDecimal?
    }

    /// Every band of the set, best first, with its count (zero included).
    public var bands: [(band: Band, count: Int)]
    public var rankedCount: Int
    public var mean: FixedDecimal?
    public var median: FixedDecimal?
    public var lowest: FixedDecimal?
    public var highest: FixedDecimal?
    public var fields: [FieldSummary]

    init(tree: ScoringTree, rows: [ResultsTable.Row]) {
        let settings = tree.set.settings
        let ranked = rows.filter { $0.rank != nil }
        let indices = ranked.compactMap(\.result.index)
        bands = tree.set.bands.map { band in (band, ranked.count { $0.result.band?.key == band.key }) }
        rankedCount = ranked.count
        mean = Statistics.mean(indices, decimals: settings.indexDecimals, mode: settings.rounding)
        median = Statistics.median(indices, decimals: settings.indexDecimals, mode: settings.rounding)
        lowest = indices.min()
        highest = indices.max()
        fields = tree.rootNodes.indices.map { field in
            let fieldIndices = ranked.compactMap { $0.result.fields[field].index }
            return FieldSummary(node: tree.rootNodes[field],
                                meanPoints: Statistics.mean(ranked.map { $0.result.fields[field].points }, mode: settings.rounding),
                                meanIndex: Statistics.mean(fieldIndices, decimals: settings.indexDecimals, mode: settings.rounding),
                                lowestIndex: fieldIndices.min(), highestIndex: fieldIndices.max())
        }
    }
}
