import Testing
@testable import ParIndexCore

/// Parents sum their children and are capped at their maximum; deductions lower a parent but
/// never below zero; the total is capped at the set's maximum unless the set lets bonuses pass it.
@Suite struct AggregationTests {
    @Test func aParentIsTheSumOfItsChildren() {
        // setup
        let set = Fixture.set([Fixture.node("1", Points(10), [Fixture.free("1.1", Points(4)), Fixture.free("1.2", Points(6))])])

        // act
        let result = Fixture.score(set, Fixture.scores(["1.1": Points(3), "1.2": pts("5,5")]))

        // check
        #expect(result.points(of: "1") == pts("8,5"))
        #expect(result.total == pts("8,5"))
        #expect(result.componentIndex(ofNode: 0) == FixedDecimal(85))
    }

    @Test func aNodeThatCapsItsChildrenStopsAtItsMaximum() {
        // setup: "1" caps 4 + 4 at 5
        let set = Fixture.set([Fixture.node("1", Points(5), capsChildren: true,
                                            [Fixture.free("1.1", Points(4)), Fixture.free("1.2", Points(4))])])

        // act
        let result = Fixture.score(set, Fixture.scores(["1.1": Points(4), "1.2": Points(3)]))

        // check
        #expect(result.points(of: "1") == Points(5))
        #expect(result.nodeMaximum[0] == Points(5))
        #expect(result.maximum == Points(5))
        #expect(result.index == FixedDecimal(100))
    }

    @Test func aDeductionLeafLowersItsParentButNotBelowZero() {
        // setup: "1" = 1.1 (10) with a deduction 1.2 capped at 2 (0,5 per occurrence)
        let set = Fixture.set([Fixture.node("1", Points(10), [
            Fixture.free("1.1", Points(10)),
            Fixture.leaf("1.2", Points(2), DeductionRuleTests.rule("0,5"), kind: .deduction),
        ])])

        // act
        let lowered = Fixture.score(set, Fixture.selfAssessment(["1.1": LeafInput(score: Points(8)), "1.2": LeafInput(count: 3)]))
        let floored = Fixture.score(set, Fixture.selfAssessment(["1.1": LeafInput(score: Points(1)), "1.2": LeafInput(count: 4)]))

        // check: 8 − 1,5; and 1 − 2 stops at 0; the deduction does not add to the maximum
        #expect(lowered.points(of: "1") == pts("6,5"))
        #expect(lowered.points(of: "1.2") == pts("-1,5"))
        #expect(lowered.nodeMaximum[0] == Points(10))
        #expect(floored.points(of: "1") == .zero)
    }

    @Test func aDeductionSectionIsLimitedByItsCap() {
        // setup: section "5" capped at 3 over two leaves capped at 2 each
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.node("5", Points(3), kind: .deduction, [
                Fixture.leaf("5.1", Points(2), DeductionRuleTests.rule("1"), kind: .deduction),
                Fixture.leaf("5.2", Points(2), DeductionRuleTests.rule("1"), kind: .deduction),
            ]),
        ])

        // act
        let result = Fixture.score(set, Fixture.selfAssessment([
            "1": LeafInput(score: Points(9)), "5.1": LeafInput(count: 2), "5.2": LeafInput(count: 2),
        ]))

        // check: −2 − 2 is limited to −3; 9 − 3 = 6 of 10
        #expect(result.points(of: "5") == Points(-3))
        #expect(result.total == Points(6))
        #expect(result.maximum == Points(10))
        #expect(result.componentIndex(ofNode: result.tree.nodeIndex(of: "5")!) == nil)
    }

    @Test func theTotalIsNeverBelowZero() {
        // setup
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.node("5", Points(5), kind: .deduction, [Fixture.leaf("5.1", Points(5), DeductionRuleTests.rule("1"), kind: .deduction)]),
        ])

        // act
        let result = Fixture.score(set, Fixture.selfAssessment(["1": LeafInput(score: Points(3)), "5.1": LeafInput(count: 4)]))

        // check
        #expect(result.total == .zero)
        #expect(result.index == FixedDecimal(0))
    }

    @Test func aBonusSectionIsLimitedByItsCap() {
        // setup: bonus "4" capped at 5 over leaves of 3 + 3
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.node("4", Points(5), kind: .bonus, [Fixture.free("4.1", Points(3), kind: .bonus), Fixture.free("4.2", Points(3), kind: .bonus)]),
        ])

        // act
        let result = Fixture.score(set, Fixture.scores(["1": Points(7), "4.1": Points(3), "4.2": Points(3)]))

        // check
        #expect(result.points(of: "4") == Points(5))
        #expect(result.total == Points(12))
        #expect(result.maximum == Points(15))
    }

    @Test func aBonusCapAboveItsChildrenIsLimitedToWhatTheyCanGive() {
        // setup: cap 5 over a single 2-point leaf
        let set = Fixture.set([Fixture.node("4", Points(5), kind: .bonus, [Fixture.free("4.1", Points(2), kind: .bonus)])])

        // act
        let result = Fixture.score(set, Fixture.scores(["4.1": Points(2)]))

        // check
        #expect(result.nodeMaximum[0] == Points(2))
        #expect(result.points(of: "4") == Points(2))
    }

    /// 98 points plus a 5-point bonus outside the maximum.
    static func setWithOutsideBonus(mayExceed: Bool) -> CriteriaSet {
        Fixture.set([
            Fixture.free("1", Points(100)),
            Fixture.node("B", Points(5), kind: .bonus, outsideMaximum: true, [Fixture.free("B.1", Points(5), kind: .bonus)]),
        ], settings: ScoringSettings(totalMayExceedMaximum: mayExceed))
    }

    @Test func theTotalIsCappedAtTheMaximumByDefault() {
        // act
        let result = Fixture.score(Self.setWithOutsideBonus(mayExceed: false), Fixture.scores(["1": Points(98), "B.1": Points(5)]))

        // check
        #expect(result.maximum == Points(100))
        #expect(result.total == Points(100))
        #expect(result.index == FixedDecimal(100))
    }

    @Test func anOutsideBonusMayLiftTheTotalAboveTheMaximumWhenTheSetSaysSo() {
        // act
        let result = Fixture.score(Self.setWithOutsideBonus(mayExceed: true), Fixture.scores(["1": Points(98), "B.1": Points(5)]))

        // check
        #expect(result.maximum == Points(100))
        #expect(result.total == Points(103))
        #expect(result.index == FixedDecimal(103))
    }

    @Test func theSeedsTaskPerformanceSectionsAddUp() {
        // setup: Mục 1 10, Mục 2 75, Mục 3 10, Mục 4 bonus 5, Mục 5 deductions
        let set = Fixture.set([
            Fixture.free("1", Points(10)), Fixture.free("2", Points(75)), Fixture.free("3", Points(10)),
            Fixture.node("4", Points(5), kind: .bonus, [Fixture.free("4.1", Points(5), kind: .bonus)]),
            Fixture.node("5", Points(10), kind: .deduction, [Fixture.leaf("5.1", Points(10), DeductionRuleTests.rule("1"), kind: .deduction)]),
        ])
        let assessment = Fixture.selfAssessment([
            "1": LeafInput(score: Points(10)), "2": LeafInput(score: pts("66,3")), "3": LeafInput(score: Points(8)),
            "4.1": LeafInput(score: Points(3)), "5.1": LeafInput(count: 0),
        ])

        // act
        let result = Fixture.score(set, assessment)

        // check: 10 + 66,3 + 8 + 3 − 0
        #expect(result.total == pts("87,3"))
        #expect(result.maximum == Points(100))
    }

    @Test func unknownCodesAndInnerNodesInAnAssessmentAreReported() {
        // setup
        let set = Fixture.set([Fixture.node("1", Points(10), [Fixture.free("1.1", Points(10))])])

        // act
        let (result, problems) = Scorer(set).score(Fixture.scores(["9": Points(1), "1": Points(2), "1.1": Points(4)]), view: .selfAssessed)

        // check
        #expect(result.total == Points(4))
        #expect(problems == [
            AssessmentProblem(code: "1", message: LocalizedText(vi: "1 có tiêu chí thành phần: hãy chấm các tiêu chí thành phần",
                                                                en: "1 has sub-criteria: score those instead")),
            AssessmentProblem(code: "9", message: LocalizedText(vi: "Bộ chỉ số không có tiêu chí mã 9",
                                                                en: "The criteria set has no criterion coded 9")),
        ])
    }
}
