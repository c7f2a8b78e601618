/// What it takes to reach a target band or total: the leaves with points still available,
/// largest gain first, and a smallest set of them that reaches the target.
///
/// Gains are not simply additive: a parent caps its children, a bonus section has a cap, and the
/// total may be capped at the maximum. The planner therefore measures each candidate's gain by
/// re-aggregating the tree. Without deductions, the total as a function of which leaves are raised
/// to their maximum is a sum of nested capped sums (a laminar concave function), for which picking
/// the largest marginal gain each time reaches any target with the fewest leaves (the tests check
/// this against brute force). A deduction can hold a node at its floor of 0, so that no single
/// leaf shows a gain; the planner then takes the largest available leaf and, once the target is
/// reached, drops every chosen leaf the target does not need.
public struct Planner: Sendable {
    public let scorer: Scorer

    public init(scorer: Scorer) {
        self.scorer = scorer
    }

    public func plan(_ result: ScoreResult, target: PlanTarget) -> Plan {
        var candidates = candidates(in: result)
        candidates.sort { $0.available != $1.available ? $0.available > $1.available : $0.code.precedesAsCode($1.code) }
        guard let required = requiredTotal(result, target: target) else {
            return Plan(target: target, current: result.total, required: nil, candidates: candidates, selection: nil)
        }
        if result.total >= required {
            return Plan(target: target, current: result.total, required: required, candidates: candidates, selection: [])
        }
        var outcomes = result.leafOutcomes
        var remaining = candidates
        var selection: [PlanCandidate] = []
        var total = result.total
        while total < required, !remaining.isEmpty {
            // Remaining candidates are largest first, so with no gain anywhere the first is taken.
            var best = (position: 0, total: total)
            for (position, candidate) in remaining.enumerated() {
                let raised = self.total(outcomes, raising: [candidate], result)
                if raised > best.total { best = (position, raised) }
            }
            let chosen = remaining.remove(at: best.position)
            outcomes[chosen.leafNumber] = raisedOutcome(chosen)
            selection.append(chosen)
            total = best.total
        }
        guard total >= required else {
            return Plan(target: target, current: result.total, required: required, candidates: candidates, selection: nil)
        }
        return Plan(target: target, current: result.total, required: required, candidates: candidates,
                    selection: pruned(selection, required: required, result))
    }

    /// Drops, latest first, every chosen leaf without which the target is still reached.
    private func pruned(_ selection: [PlanCandidate], required: Points, _ result: ScoreResult) -> [PlanCandidate] {
        var kept = selection
        for candidate in selection.reversed() {
            let without = kept.filter { $0.leafNumber != candidate.leafNumber }
            if total(result.leafOutcomes, raising: without, result) >= required { kept = without }
        }
        return kept
    }

    private func total(_ outcomes: [LeafOutcome], raising leaves: [PlanCandidate], _ result: ScoreResult) -> Points {
        var outcomes = outcomes
        for leaf in leaves { outcomes[leaf.leafNumber] = raisedOutcome(leaf) }
        return scorer.aggregate(outcomes, facts: result.facts, view: result.view).total
    }

    private func raisedOutcome(_ candidate: PlanCandidate) -> LeafOutcome {
        LeafOutcome(points: candidate.maximum, layer: nil, working: .direct)
    }

    /// Scored and bonus leaves below their maximum. Survey points are not the unit's to give and
    /// deductions record what already happened, so neither is a candidate.
    private func candidates(in result: ScoreResult) -> [PlanCandidate] {
        let tree = result.tree
        return tree.leafNodes.enumerated().compactMap { leafNumber, nodeIndex in
            let node = tree.nodes[nodeIndex].definition
            let outcome = result.leafOutcomes[leafNumber]
            guard node.kind == .scored || node.kind == .bonus, !outcome.isNotApplicable, outcome.points < node.maximum else { return nil }
            return PlanCandidate(leafNumber: leafNumber, code: node.code, title: node.title, current: outcome.points, maximum: node.maximum)
        }
    }

    /// The smallest total that reaches the target; nil when no total can (a band whose
    /// conditions the assessment's facts do not meet, or a target above what the set allows).
    func requiredTotal(_ result: ScoreResult, target: PlanTarget) -> Points? {
        let settings = scorer.tree.set.settings
        var ceiling = result.maximum
        if settings.totalMayExceedMaximum {
            ceiling += scorer.tree.set.roots.filter(\.outsideMaximum).reduce(.zero) { $0 + $1.maximum }
        }
        switch target {
        case .total(let points):
            return points <= ceiling ? points : nil
        case .band(let key):
            let bands = scorer.tree.set.bands
            guard let rank = bands.firstIndex(where: { $0.key == key }) else { return nil }
            let classifier = Classifier(bands: bands)
            func reaches(_ total: Points) -> Bool {
                let basis = settings.bandsCompare == .index
                    ? Rounding.percentage(total, of: result.maximum, decimals: settings.indexDecimals, mode: settings.rounding)
                    : total.fixed
                guard let band = classifier.classify(basis, facts: result.facts).band else { return false }
                return bands.firstIndex(of: band).map { $0 <= rank } ?? false
            }
            guard reaches(ceiling) else { return nil }
            // Reaching a band is monotone in the total, so the least total is found by bisection.
            var low = -1
            var high = ceiling.hundredths
            while high - low > 1 {
                let middle = (low + high) / 2
                if reaches(Points(hundredths: middle)) { high = middle } else { low = middle }
            }
            return Points(hundredths: high)
        }
    }
}

public enum PlanTarget: Sendable, Equatable {
    case band(String)
    case total(Points)
}

public struct PlanCandidate: Sendable, Equatable {
    public var leafNumber: Int
    public var code: String
    public var title: LocalizedText
    public var current: Points
    public var maximum: Points

    public var available: Points { maximum - current }
}

public struct Plan: Sendable, Equatable {
    public var target: PlanTarget
    public var current: Points
    /// The least total that reaches the target; nil when it cannot be reached.
    public var required: Points?
    /// Every leaf with points available, largest gain first.
    public var candidates: [PlanCandidate]
    /// A smallest set of leaves which, at their maximum, reach the target; empty when the
    /// target is already reached, nil when even all candidates together fall short.
    public var selection: [PlanCandidate]?

    public var gap: Points? { required.map { max($0 - current, .zero) } }
}
