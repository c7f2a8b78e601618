import PropertyBased
import Testing
@testable import ParIndexCore

/// The planner's greedy selection is as small as the smallest of all subsets of candidates that
/// reaches the target: checked by brute force on random small trees without deductions (where
/// the total is a nested capped sum, for which greedy is claimed optimal).
@Suite struct PlannerPropertyTests {
    static let options = RandomCriteria.Options(maxLeaves: 7, deductions: false, notApplicable: true, outsideBonus: true)

    /// The least number of candidates that, raised to their maximum, reach `required`; nil if none do.
    static func bruteForceMinimum(_ scorer: Scorer, _ result: ScoreResult, candidates: [PlanCandidate], required: Points) -> Int? {
        var best: Int?
        for mask in 0..<(1 << candidates.count) {
            let size = mask.nonzeroBitCount
            if let best, size >= best { continue }
            var outcomes = result.leafOutcomes
            for (bit, candidate) in candidates.enumerated() where mask & (1 << bit) != 0 {
                outcomes[candidate.leafNumber] = LeafOutcome(points: candidate.maximum, layer: nil, working: .direct)
            }
            if scorer.aggregate(outcomes, facts: result.facts, view: result.view).total >= required {
                best = size
            }
        }
        return best
    }

    @Test func greedySelectionIsAsSmallAsTheBruteForceMinimum() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...1_000)) { seed, share in
            // setup: a target between the current total and a little above what can be reached
            let random = RandomCriteria(seed: seed, options: Self.options)
            let scorer = Scorer(random.set)
            let result = scorer.score(random.assessment, view: .selfAssessed).result
            let outsideBonus = random.set.roots.filter(\.outsideMaximum).reduce(Points.zero) { $0 + $1.maximum }
            let ceiling = result.maximum + (random.set.settings.totalMayExceedMaximum ? outsideBonus : .zero)
            let span = (ceiling - result.total).hundredths + 100
            let target = result.total + Points(hundredths: span * share / 1_000)

            // act
            let plan = Planner(scorer: scorer).plan(result, target: .total(target))

            // check
            guard let required = plan.required else {
                #expect(target > ceiling, "seed \(seed)")
                return
            }
            let minimum = Self.bruteForceMinimum(scorer, result, candidates: plan.candidates, required: required)
            #expect(plan.selection?.count == minimum, "seed \(seed), target \(target.formatted(.en))")
        }
    }

    @Test func aSelectionReachesItsTarget() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...1_000)) { seed, share in
            // setup
            let random = RandomCriteria(seed: seed, options: Self.options)
            let scorer = Scorer(random.set)
            let result = scorer.score(random.assessment, view: .selfAssessed).result
            let target = result.total + Points(hundredths: (result.maximum - result.total).hundredths * share / 1_000)

            // act
            let plan = Planner(scorer: scorer).plan(result, target: .total(target))
            guard let selection = plan.selection else { return }
            var outcomes = result.leafOutcomes
            for candidate in selection {
                outcomes[candidate.leafNumber] = LeafOutcome(points: candidate.maximum, layer: nil, working: .direct)
            }

            // check
            #expect(scorer.aggregate(outcomes, facts: result.facts, view: result.view).total >= target, "seed \(seed)")
            #expect(plan.candidates.map(\.available) == plan.candidates.map(\.available).sorted(by: >))
        }
    }
}
