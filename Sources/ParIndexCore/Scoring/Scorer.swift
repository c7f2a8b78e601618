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
        var outcomes = [LeafOutcome]()
        outcomes.reserveCapacity(tree.leafNodes.count)
        for (leafNumber, nodeIndex) in tree.leafNodes.enumerated() {
            outcomes.append(scoreLeaf(tree.nodes[nodeIndex], entry: assessment.entries[leafNumber], view: view))
        }
        return aggregate(outcomes, facts: assessment.facts, view: view)
    }

    /// Sums leaf outcomes up the tree. Planning calls this with hypothetical leaf points.
    func aggregate(_ outcomes: [LeafOutcome], facts: [String: Bool], view: ScoreView) -> ScoreResult {
        let nodes = tree.nodes
        let count = nodes.count
        var points = [Points](repeating: .zero, count: count)
        var maximum = [Points](repeating: .zero, count: count)
        var childMaximum = [Points](repeating: .zero, count: count)
        var scoredLeaves = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            let node = nodes[index]
            let definition = node.definition
            if node.isLeaf {
                let outcome = outcomes[node.leafNumber]
                points[index] = outcome.points
                maximum[index] = outcome.isNotApplicable && tree.set.settings.notApplicable == .shrinkMaximum ? .zero : definition.maximum
                scoredLeaves[index] = outcome.isScored ? 1 : 0
            } else {
                let sum = points[index]
                switch definition.kind {
                case .deduction:
                    maximum[index] = definition.maximum
                    points[index] = sum.clamped(to: -definition.maximum ... .zero)
                case .bonus:
                    maximum[index] = min(definition.maximum, childMaximum[index])
                    points[index] = sum.clamped(to: .zero ... maximum[index])
                case .scored, .survey:
                    maximum[index] = definition.capsChildren ? min(definition.maximum, childMaximum[index]) : childMaximum[index]
                    points[index] = sum.clamped(to: .zero ... maximum[index])
                }
            }
            let parent = node.parent
            if parent >= 0 {
                // The parent's slot holds the running sum of its children until it is reached.
                points[parent] += points[index]
                childMaximum[parent] += contribution(of: definition, maximum: maximum[index], parentKind: nodes[parent].kind)
                scoredLeaves[parent] += scoredLeaves[index]
            }
        }
        var rawTotal = Points.zero
        var totalMaximum = Points.zero
        for root in tree.rootNodes {
            rawTotal += points[root]
            totalMaximum += contribution(of: nodes[root].definition, maximum: maximum[root], parentKind: .scored)
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

    /// How much a child's maximum adds to its parent's: bonus and deduction children of a bonus or
    /// deduction parent count toward its cap; elsewhere deductions and outside bonuses add nothing.
    private func contribution(of child: CriteriaNode, maximum: Points, parentKind: NodeKind) -> Points {
        switch (child.kind, parentKind) {
        case (.deduction, .deduction), (.bonus, .bonus): maximum
        case (.deduction, _): .zero
        case (.bonus, _) where child.outsideMaximum: .zero
        default: maximum
        }
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
