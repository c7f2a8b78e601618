import PropertyBased
import Testing
@testable import ParIndexCore

/// Properties of scoring that must hold for any tree and any inputs, checked on random sets.
@Suite struct AggregationPropertyTests {
    @Test func everyNodeIsTheCappedSumOfItsChildren() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            // setup
            let random = RandomCriteria(seed: seed)
            let expected = random.reference()

            // act
            let result = Fixture.score(random.set, random.assessment)

            // check
            #expect(result.nodePoints == expected.points, "seed \(seed)")
            #expect(result.nodeMaximum == expected.maximum, "seed \(seed)")
        }
    }

    @Test func aParentsPointsAreItsChildrensSumLimitedToItsRange() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            // setup
            let random = RandomCriteria(seed: seed)

            // act
            let result = Fixture.score(random.set, random.assessment)

            // check: read back from the flat tree, against its own figures
            for (index, node) in result.tree.nodes.enumerated() where !node.isLeaf {
                let sum = node.children.reduce(Points.zero) { $0 + result.nodePoints[$1] }
                let range = node.kind == .deduction ? -result.nodeMaximum[index] ... .zero : .zero ... result.nodeMaximum[index]
                #expect(result.nodePoints[index] == sum.clamped(to: range), "seed \(seed), node \(node.code)")
            }
        }
    }

    @Test func pointsStayBetweenZeroAndTheMaximum() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            // setup
            let random = RandomCriteria(seed: seed)

            // act
            let result = Fixture.score(random.set, random.assessment)

            // check
            for (index, node) in result.tree.nodes.enumerated() {
                let points = result.nodePoints[index]
                if node.kind == .deduction {
                    #expect(points <= .zero && points >= -result.nodeMaximum[index], "seed \(seed), node \(node.code)")
                } else {
                    #expect(points >= .zero && points <= result.nodeMaximum[index], "seed \(seed), node \(node.code)")
                }
            }
            #expect(result.total >= .zero)
            if !random.set.settings.totalMayExceedMaximum {
                #expect(result.total <= result.maximum, "seed \(seed)")
            }
        }
    }

    @Test func theTotalIsTheCappedSumOfTheRoots() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            // setup
            let random = RandomCriteria(seed: seed)
            let expected = random.reference()

            // act
            let result = Fixture.score(random.set, random.assessment)

            // check
            let raw = result.tree.rootNodes.reduce(Points.zero) { $0 + result.nodePoints[$1] }
            let capped = random.set.settings.totalMayExceedMaximum ? max(raw, .zero) : raw.clamped(to: .zero ... result.maximum)
            #expect(result.total == capped, "seed \(seed)")
            #expect(result.total == expected.total, "seed \(seed)")
            #expect(result.maximum == expected.totalMaximum, "seed \(seed)")
            let settings = random.set.settings
            #expect(result.index == Rounding.percentage(result.total, of: result.maximum, decimals: settings.indexDecimals, mode: settings.rounding))
        }
    }

    @Test func theIndexNeverFallsWhenALeafGainsPoints() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max), Gen.int(in: 0...10_000), Gen.int(in: 0...100)) { seed, pick, share in
            // setup: a scored or bonus leaf that applies, raised part of the way to its maximum
            let random = RandomCriteria(seed: seed)
            let raisable = random.leaves.filter { leaf in
                leaf.kind != .deduction && random.assessment.entries[leaf.code]?.selfAssessed?.notApplicable != true
            }
            guard !raisable.isEmpty else { return }
            let leaf = raisable[pick % raisable.count]
            let current = random.assessment.entries[leaf.code]?.selfAssessed?.score ?? .zero
            let raised = current + Points(hundredths: (leaf.maximum - current).hundredths * share / 100)
            var better = random.assessment
            better.entries[leaf.code] = LeafEntry(selfAssessed: LeafInput(score: raised))

            // act
            let before = Fixture.score(random.set, random.assessment)
            let after = Fixture.score(random.set, better)

            // check
            #expect(after.total >= before.total, "seed \(seed), leaf \(leaf.code)")
            #expect(after.maximum == before.maximum, "seed \(seed), leaf \(leaf.code)")
            if let old = before.index, let new = after.index {
                #expect(new >= old, "seed \(seed), leaf \(leaf.code)")
            }
        }
    }

    @Test func scoringTheSameAssessmentTwiceGivesTheSameResult() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...Int.max)) { seed in
            // setup
            let random = RandomCriteria(seed: seed)
            let scorer = Scorer(random.set)

            // act
            let first = scorer.score(random.assessment, view: .final).result
            let second = scorer.score(random.assessment, view: .final).result

            // check
            #expect(first.nodePoints == second.nodePoints)
            #expect(first.index == second.index)
        }
    }
}
