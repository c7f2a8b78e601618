/// Every figure of a scored assessment, each derived from the leaves.
public struct ScoreResult: Sendable {
    public let tree: ScoringTree
    public let view: ScoreView
    /// Per leaf number.
    public let leafOutcomes: [LeafOutcome]
    /// Per node index (pre-order): the node's contribution, negative for deductions.
    public let nodePoints: [Points]
    /// Per node index: the maximum that applies (shrunk by not-applicable leaves), or the cap.
    public let nodeMaximum: [Points]
    /// Per node index: how many leaves below it have a usable input.
    public let scoredLeaves: [Int]
    public let total: Points
    /// The maximum that applies to this unit.
    public let maximum: Points
    /// Total ÷ maximum × 100, rounded once under the set's rule; nil when nothing applies.
    public let index: FixedDecimal?
    public let classification: Classification
    /// The facts the assessment declared, which band conditions read.
    public let facts: [String: Bool]

    public var band: Band? { classification.band }

    public func points(of code: String) -> Points? {
        tree.nodeIndex(of: code).map { nodePoints[$0] }
    }

    /// The node's own index (points ÷ its maximum × 100), rounded like the total's index.
    /// Deduction nodes have none.
    public func componentIndex(ofNode index: Int) -> FixedDecimal? {
        guard tree.nodes[index].kind != .deduction else { return nil }
        let settings = tree.set.settings
        return Rounding.percentage(nodePoints[index], of: nodeMaximum[index], decimals: settings.indexDecimals, mode: settings.rounding)
    }

    /// Top-level nodes with no usable input at all (the survey part before it is entered).
    public var unscoredRoots: [Int] {
        tree.rootNodes.filter { scoredLeaves[$0] == 0 && tree.nodes[$0].kind != .deduction }
    }

    /// Points and maximum of the top-level nodes that have at least one input: "64,06 of 80".
    public var scoredPart: (points: Points, maximum: Points) {
        var points = Points.zero
        var maximum = Points.zero
        for root in tree.rootNodes where scoredLeaves[root] > 0 {
            points += nodePoints[root]
            if tree.countsTowardParent[root] { maximum += nodeMaximum[root] }
        }
        return (points, maximum)
    }

    /// Leaves whose input was refused, with the reason.
    public var inputProblems: [AssessmentProblem] {
        leafOutcomes.enumerated().compactMap { leafNumber, outcome in
            outcome.inputError.map { AssessmentProblem(code: tree.nodes[tree.leafNodes[leafNumber]].code, message: $0) }
        }
    }
}
