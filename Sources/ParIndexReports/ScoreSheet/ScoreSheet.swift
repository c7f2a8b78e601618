public import ParIndexCore

/// A scored assessment ready to print: the sheet of every node, the total, index and band, and
/// the reconciliation with reported figures.
public struct ScoreSheet: Sendable {
    public let result: ScoreResult
    public let assessment: Assessment
    public let problems: [AssessmentProblem]
    public let reconciliation: Reconciliation?

    public init(result: ScoreResult, assessment: Assessment, problems: [AssessmentProblem]) {
        self.result = result
        self.assessment = assessment
        self.problems = problems
        self.reconciliation = assessment.reported.map { result.reconcile($0) }
    }

    public var set: CriteriaSet { result.tree.set }

    /// Whether the reported figures agree with the computed ones (true when none are reported).
    public var isConsistent: Bool { reconciliation?.isConsistent ?? true }

    /// The leaf input the result used, for the explanation.
    func input(ofLeaf leafNumber: Int) -> LeafInput? {
        let node = result.tree.nodes[result.tree.leafNodes[leafNumber]]
        guard let layer = result.leafOutcomes[leafNumber].layer else { return nil }
        return assessment.entries[node.code]?[layer]
    }
}
