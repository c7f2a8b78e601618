/// A period's results for one unit group: every unit's figures, the ranking of the final ones,
/// each field's ranking, and the summary published beside them.
///
/// Scoring is the core's batch scorer, twice per unit (its own figures and the current ones);
/// everything else is one pass over the rows. The rows keep the order of the input, so a caller
/// can pair them with what it knows of each unit (ids, workflow state).
public struct ResultsTable: Sendable {
    /// What the table needs to know of one unit besides its entries.
    public struct Input: Sendable {
        public var assessment: ResolvedAssessment
        /// Whether the appraised figures are shown yet (appraisal has started).
        public var appraisalStarted: Bool
        /// Whether the figures are final (appraisal finished): only those are ranked.
        public var isFinal: Bool

        public init(assessment: ResolvedAssessment, appraisalStarted: Bool, isFinal: Bool) {
            self.assessment = assessment
            self.appraisalStarted = appraisalStarted
            self.isFinal = isFinal
        }
    }

    public struct Row: Sendable {
        public var result: UnitResult
        /// Nil when the unit is not ranked: not final, incomplete, or not ranked by decision.
        public var rank: Int?
        /// Per top-level node, in the order of `result.fields`: the unit's rank on that part
        /// among the ranked units (nil where it has no index or the unit is not ranked).
        public var fieldRanks: [Int?]
        /// Whether the unit is scored but kept out of the ranking by decision.
        public var excludedByDecision: Bool
    }

    public let tree: ScoringTree
    public let rows: [Row]
    public let summary: ResultsSummary

    public init(scorer: Scorer, inputs: [Input], workers: Int = Scorer.defaultWorkers) {
        let assessments = inputs.map(\.assessment)
        let own = scorer.scoreAll(assessments, view: .selfAssessed, workers: workers)
        let current = scorer.scoreAll(assessments, view: .final, workers: workers)
        var results: [UnitResult] = []
        results.reserveCapacity(inputs.count)
        for position in inputs.indices {
            results.append(UnitResult(unit: assessments[position].unit, own: own[position], current: current[position],
                                      appraisalStarted: inputs[position].appraisalStarted))
        }
        self.init(tree: scorer.tree, results: results, inputs: inputs)
    }

    init(tree: ScoringTree, results: [UnitResult], inputs: [Input]) {
        self.tree = tree
        func eligible(_ position: Int) -> Bool {
            inputs[position].isFinal && inputs[position].assessment.ranked && results[position].standing == .complete
        }
        func ranks(_ index: (Int) -> FixedDecimal?) -> [Int?] {
            Ranking.ranks(of: results.indices.map { eligible($0) ? index($0) : nil })
        }
        let overall = ranks { results[$0].index }
        let perField = tree.rootNodes.indices.map { field in ranks { results[$0].fields[field].index } }
        var rows: [Row] = []
        rows.reserveCapacity(results.count)
        for position in results.indices {
            let input = inputs[position]
            rows.append(Row(result: results[position], rank: overall[position],
                            fieldRanks: perField.map { $0[position] },
                            excludedByDecision: !input.assessment.ranked && results[position].standing == .complete))
        }
        self.rows = rows
        summary = ResultsSummary(tree: tree, rows: rows)
    }

    /// Positions of the rows: ranked ones by rank (ties by unit code), then the others by unit code.
    public var orderedPositions: [Int] {
        rows.indices.sorted { a, b in
            let (x, y) = (rows[a], rows[b])
            switch (x.rank, y.rank) {
            case let (p?, q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return x.result.unit.code.precedesAsCode(y.result.unit.code)
            }
        }
    }

    public var ordered: [Row] { orderedPositions.map { rows[$0] } }
}
