import Testing
@testable import ParIndexCore

/// Scoring a province's worth of units on several workers gives, in order, what scoring each
/// unit alone gives.
@Suite struct BatchScoringTests {
    @Test func scoringManyOnWorkersMatchesScoringEachAlone() {
        // setup: 1 000 units on one random set, each with its own scores
        let random = RandomCriteria(seed: 2023)
        let scorer = Scorer(random.set)
        let tree = scorer.tree
        let assessments = (0..<1_000).map { unit in
            var rng = SplitMix(seed: unit)
            let entries = tree.leafNodes.map { nodeIndex -> LeafEntry? in
                let maximum = tree.nodes[nodeIndex].maximum
                return LeafEntry(selfAssessed: LeafInput(score: Points(hundredths: rng.int(0...maximum.hundredths))))
            }
            return ResolvedAssessment(unit: UnitReference(code: "u\(unit)", name: "Xã \(unit)"), entries: entries)
        }

        // act
        let batch = scorer.scoreAll(assessments, view: .selfAssessed, workers: 4)
        let alone = assessments.map { scorer.score($0, view: .selfAssessed) }

        // check
        #expect(batch.map(\.total) == alone.map(\.total))
        #expect(batch.map(\.index) == alone.map(\.index))
        #expect(batch.map(\.nodePoints) == alone.map(\.nodePoints))
    }
}
