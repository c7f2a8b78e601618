/// Computes every node's points, the total, the index and the band of an assessment.
///
/// Leaves are evaluated by their rules; then one backwards pass over the pre-ordered tree sums
/// children into parents, capping each parent at its maximum (or cap). Nothing else rounds:
/// the only rounding is in `Rounding`, under the set's mode.
public struct Scorer: Sendable {
    public let tree: ScoringTree

    public init(tree: ScoringTree) {
        self.tree = tree
    }

    public init(_ set: CriteriaSet) {
        self.init(tree: ScoringTree(set))
    }

    public func score(_ assessment: ResolvedAssessment, view: ScoreView) -> ScoreResult {
        let leaves = tree.leaves
        var outcomes = [LeafOutcome]()
        outcomes.reserveCapacity(leaves.count)
        for leafNumber in leaves.indices {
            let kind = tree.kinds[tree.leafNodes[leafNumber]]
            guard let layer = view.layer(for: kind, has: { assessment.slot($0, leaf: leafNumber) >= 0 }) else {
                outcomes.append(.notScored)
                continue
            }
            var outcome = evaluate(leaves[leafNumber], assessment.inputs[assessment.slot(layer, leaf: leafNumber)])
            outcome.layer = layer
            outcomes.append(outcome)
        }
        return aggregate(outcomes, facts: assessment.facts, view: view)
    }

    /// Sums leaf outcomes up the tree. Planning calls this with hypothetical leaf points.
    func aggregate(_ outcomes: [LeafOutcome], facts: [String: Bool], view: ScoreView) -> ScoreResult {
        let count = tree.parents.count
        let shrinkNotApplicable = tree.set.settings.notApplicable == .shrinkMaximum
        var points = [Points](repeating: .zero, count: count)
        var maximum = [Points](repeating: .zero, count: count)
        var childMaximum = [Points](repeating: .zero, count: count)
        var scoredLeaves = [Int](repeating: 0, count: count)
        var rawTotal = Points.zero
        var totalMaximum = Points.zero
        for index in stride(from: count - 1, through: 0, by: -1) {
            let leafNumber = tree.leafNumbers[index]
            let declared = tree.maxima[index]
            if leafNumber >= 0 {
                let outcome = outcomes[leafNumber]
                points[index] = outcome.points
                maximum[index] = shrinkNotApplicable && outcome.isNotApplicable ? .zero : declared
                scoredLeaves[index] = outcome.isScored ? 1 : 0
            } else {
                // Until a node is reached, its slot holds the running sum of its children.
                let sum = points[index]
                switch tree.kinds[index] {
                case .deduction:
                    maximum[index] = declared
                    points[index] = sum.clamped(to: -declared ... .zero)
                case .bonus:
                    maximum[index] = min(declared, childMaximum[index])
                    points[index] = sum.clamped(to: .zero ... maximum[index])
                case .scored, .survey:
                    maximum[index] = tree.capsChildren[index] ? min(declared, childMaximum[index]) : childMaximum[index]
                    points[index] = sum.clamped(to: .zero ... maximum[index])
                }
            }
            let counts = tree.countsTowardParent[index]
            let parent = tree.parents[index]
            if parent >= 0 {
                points[parent] += points[index]
                if counts { childMaximum[parent] += maximum[index] }
                scoredLeaves[parent] += scoredLeaves[index]
            } else {
                rawTotal += points[index]
                if counts { totalMaximum += maximum[index] }
            }
        }
        let settings = tree.set.settings
        let total = settings.totalMayExceedMaximum ? max(rawTotal, .zero) : rawTotal.clamped(to: .zero ... totalMaximum)
        let index = Rounding.percentage(total, of: totalMaximum, decimals: settings.indexDecimals, mode: settings.rounding)
        let basis = settings.bandsCompare == .index ? index : total.fixed
        let classification = Classifier(bands: tree.set.bands).classify(basis, facts: facts)
        return ScoreResult(tree: tree, view: view, leafOutcomes: outcomes, nodePoints: points, nodeMaximum: maximum,
                           scoredLeaves: scoredLeaves, total: total, maximum: totalMaximum, index: index,
                           classification: classification, facts: facts)
    }
}

extension Scorer {
    /// Places the assessment's entries and scores them: the result, with the problems of the
    /// entries themselves (unknown codes, self-scores on survey criteria) and of their inputs.
    public func score(_ assessment: Assessment, view: ScoreView) -> (result: ScoreResult, problems: [AssessmentProblem]) {
        let (resolved, problems) = tree.resolve(assessment)
        let result = score(resolved, view: view)
        return (result, problems + result.inputProblems)
    }
}
