/// Checks the figures a report or an article states against what the assessment computes.
///
/// Every disagreement is listed with both values and the difference. Where a node has no input
/// and a reported figure above it disagrees by what that node could hold, the figure is taken
/// as implying the node's points rather than as a mismatch: the founding example's 83,06 implies
/// 19 survey points that the article never lists.
public struct Reconciliation: Sendable, Equatable {
    public struct Mismatch: Sendable, Equatable {
        /// A node code, or "total" / "index".
        public var code: String
        public var reported: FixedDecimal
        public var computed: FixedDecimal
        /// The reported figure has the computed one's digits in another order (83,7 for 87,3).
        public var digitsTransposed: Bool

        public var difference: FixedDecimal {
            let scale = max(reported.decimals, computed.decimals)
            return FixedDecimal(units: reported.units(atDecimals: scale) - computed.units(atDecimals: scale), decimals: scale)
        }
    }

    public struct Implied: Sendable, Equatable {
        public var code: String
        public var points: Points
        /// The reported figure it follows from: a node code or "total".
        public var from: String
    }

    public struct BandMismatch: Sendable, Equatable {
        public var reported: String
        public var computed: Band?
    }

    public var mismatches: [Mismatch] = []
    public var implied: [Implied] = []
    public var band: BandMismatch?
    /// Reported codes that are not in the criteria set.
    public var unknownCodes: [String] = []

    public init() {}

    public var isConsistent: Bool { mismatches.isEmpty && band == nil && unknownCodes.isEmpty }
}

extension ScoreResult {
    /// Reconciles `reported` with this result.
    public func reconcile(_ reported: ReportedFigures) -> Reconciliation {
        var result = Reconciliation()
        for (code, points) in reported.nodes {
            guard let index = tree.nodeIndex(of: code) else {
                result.unknownCodes.append(code)
                continue
            }
            if scoredLeaves[index] == 0 {
                result.implied.append(.init(code: code, points: points, from: code))
            } else if points != nodePoints[index] {
                explain(reported: points, computed: nodePoints[index], code: code, children: tree.nodes[index].children, into: &result)
            }
        }
        var effectiveTotal = total
        if let reportedTotal = reported.total, reportedTotal != total {
            let before = result.implied.count
            explain(reported: reportedTotal, computed: total, code: "total", children: tree.rootNodes, into: &result)
            if result.implied.count > before { effectiveTotal = reportedTotal }
        }
        let settings = tree.set.settings
        let expectedIndex = effectiveTotal == total ? index
            : Rounding.percentage(effectiveTotal, of: maximum, decimals: settings.indexDecimals, mode: settings.rounding)
        if let reportedIndex = reported.index, let expectedIndex, reportedIndex != expectedIndex {
            result.mismatches.append(.init(code: "index", reported: reportedIndex, computed: expectedIndex,
                                           digitsTransposed: Self.transposed(reportedIndex, expectedIndex)))
        }
        if let reportedBand = reported.band {
            let basis = settings.bandsCompare == .index ? expectedIndex : effectiveTotal.fixed
            let expected = Classifier(bands: tree.set.bands).classify(basis, facts: facts).band
            if !Self.names(reportedBand, expected) {
                result.band = .init(reported: reportedBand, computed: expected)
            }
        }
        return result
    }

    /// A reported figure that differs from the computed one is implied for the one unscored
    /// child below it when the difference fits that child's maximum; otherwise it is a mismatch.
    private func explain(reported: Points, computed: Points, code: String, children: [Int], into result: inout Reconciliation) {
        let unscored = children.filter { scoredLeaves[$0] == 0 && tree.nodes[$0].kind != .deduction }
        let gap = reported - computed
        if unscored.count == 1, let child = unscored.first, gap > .zero, gap <= nodeMaximum[child] {
            result.implied.append(.init(code: tree.nodes[child].code, points: gap, from: code))
            return
        }
        result.mismatches.append(.init(code: code, reported: reported.fixed, computed: computed.fixed,
                                       digitsTransposed: Self.transposed(reported.fixed, computed.fixed)))
    }

    static func transposed(_ a: FixedDecimal, _ b: FixedDecimal) -> Bool {
        let left = a.formatted(.en).filter(\.isNumber)
        let right = b.formatted(.en).filter(\.isNumber)
        return left != right && left.sorted() == right.sorted()
    }

    /// Whether a band as a source words it ("tốt", "Nhóm A") names `band`: key or label, any case.
    static func names(_ text: String, _ band: Band?) -> Bool {
        guard let band else { return false }
        let wanted = text.trimmingSpaces().lowercased()
        return [band.key, band.label.vi, band.label.en].contains { $0.lowercased() == wanted }
    }
}
