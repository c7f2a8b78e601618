import Testing
@testable import ParIndexCore

/// What it takes to reach a target: candidates by gain, and a smallest selection of leaves that,
/// raised to their maximum, reach it — measured through the tree's caps, not by adding gains.
@Suite struct PlannerTests {
    static func plan(_ set: CriteriaSet, _ scores: [String: Points], _ target: PlanTarget, facts: [String: Bool] = [:]) -> Plan {
        let scorer = Scorer(set)
        let result = scorer.score(Fixture.scores(scores, facts: facts), view: .selfAssessed).result
        return Planner(scorer: scorer).plan(result, target: target)
    }

    /// Four leaves of 4, 6, 5, 5 scored 1, 2, 5, 3: 11 of 20.
    static let flat = Fixture.set([Fixture.free("1", Points(4)), Fixture.free("2", Points(6)), Fixture.free("3", Points(5)), Fixture.free("4", Points(5))])
    static let flatScores: [String: Points] = ["1": Points(1), "2": Points(2), "3": Points(5), "4": Points(3)]

    @Test func candidatesComeLargestGainFirstAndFullLeavesAreLeftOut() {
        // act
        let plan = Self.plan(Self.flat, Self.flatScores, .total(Points(15)))

        // check
        #expect(plan.candidates.map(\.code) == ["2", "1", "4"])
        #expect(plan.candidates.map(\.available) == [Points(4), Points(3), Points(2)])
    }

    @Test(arguments: [(15, ["2"]), (18, ["2", "1"]), (20, ["2", "1", "4"])])
    func selectsTheFewestLeavesThatReachATotal(target: Int, codes: [String]) {
        // act
        let plan = Self.plan(Self.flat, Self.flatScores, .total(Points(target)))

        // check
        #expect(plan.current == Points(11))
        #expect(plan.required == Points(target))
        #expect(plan.gap == Points(target - 11))
        #expect(plan.selection?.map(\.code) == codes)
    }

    @Test(arguments: [11, 5])
    func aTargetAlreadyReachedNeedsNothing(target: Int) {
        // act
        let plan = Self.plan(Self.flat, Self.flatScores, .total(Points(target)))

        // check
        #expect(plan.selection == [])
        #expect(plan.gap == .zero)
    }

    @Test func aTargetAboveTheMaximumIsUnreachable() {
        // act
        let plan = Self.plan(Self.flat, Self.flatScores, .total(Points(21)))

        // check
        #expect(plan.required == nil)
        #expect(plan.selection == nil)
        #expect(plan.gap == nil)
    }

    @Test func respectsABonusCap() {
        // setup: 8 of 10, and an outside bonus capped at 3 over two leaves of 3
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.node("B", Points(3), kind: .bonus, outsideMaximum: true,
                         [Fixture.free("B.1", Points(3), kind: .bonus), Fixture.free("B.2", Points(3), kind: .bonus)]),
        ], settings: ScoringSettings(totalMayExceedMaximum: true))

        // act
        let plan = Self.plan(set, ["1": Points(8)], .total(Points(13)))

        // check: B.1 and B.2 together give only 3, so the field's 2 points are needed too
        #expect(plan.candidates.map(\.code) == ["B.1", "B.2", "1"])
        #expect(plan.selection?.map(\.code) == ["B.1", "1"])
    }

    @Test func aBonusBeyondItsCapCannotReachMore() {
        // setup
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.node("B", Points(3), kind: .bonus, outsideMaximum: true,
                         [Fixture.free("B.1", Points(3), kind: .bonus), Fixture.free("B.2", Points(3), kind: .bonus)]),
        ], settings: ScoringSettings(totalMayExceedMaximum: true))

        // act
        let plan = Self.plan(set, ["1": Points(8)], .total(Points(14)))

        // check
        #expect(plan.selection == nil)
    }

    @Test func respectsANodeThatCapsItsChildren() {
        // setup: "1" caps 4 + 4 at 5 (1.1 has 3); "2" gives 5
        let set = Fixture.set([
            Fixture.node("1", Points(5), capsChildren: true, [Fixture.free("1.1", Points(4)), Fixture.free("1.2", Points(4))]),
            Fixture.free("2", Points(5)),
        ])

        // act
        let plan = Self.plan(set, ["1.1": Points(3)], .total(Points(10)))

        // check: after "2", 1.2 adds 2 (to the cap) and 1.1 adds 1
        #expect(plan.selection?.map(\.code) == ["2", "1.2"])
    }

    /// Two fields of 10 scored 9 and 5 (70 %), with band A from 90 % (or above 90 %).
    static func banded(_ top: Band) -> CriteriaSet {
        Fixture.set([Fixture.free("1", Points(10)), Fixture.free("2", Points(10))],
                    bands: [top, Fixture.band("B", min: 0)], facts: [FactDefinition(id: "on_time", description: LocalizedText("đúng hạn"))])
    }

    @Test func reachesABandThroughTheLeastTotalThatEntersIt() {
        // act
        let plan = Self.plan(Self.banded(Fixture.band("A", min: 90)), ["1": Points(9), "2": Points(5)], .band("A"))

        // check: 18 of 20 is 90 %
        #expect(plan.required == Points(18))
        #expect(plan.gap == Points(4))
        #expect(plan.selection?.map(\.code) == ["2"])
    }

    @Test func anExclusiveBandBoundNeedsTheNextHundredth() {
        // act: "trên 90%"
        let plan = Self.plan(Self.banded(Fixture.band("A", min: 90, inclusive: false)), ["1": Points(9), "2": Points(5)], .band("A"))

        // check: 18,01 of 20 is 90,05 %
        #expect(plan.required == pts("18,01"))
    }

    @Test func aBandWhoseConditionIsNotMetIsUnreachable() {
        // act
        let plan = Self.plan(Self.banded(Fixture.band("A", min: 90, conditions: [BandCondition(fact: "on_time")])),
                             ["1": Points(9), "2": Points(5)], .band("A"), facts: ["on_time": false])

        // check
        #expect(plan.required == nil)
        #expect(plan.selection == nil)
    }

    @Test func anUnknownBandIsUnreachable() {
        #expect(Self.plan(Self.banded(Fixture.band("A", min: 90)), [:], .band("Z")).selection == nil)
    }

    @Test func aBandAlreadyReachedNeedsNothing() {
        #expect(Self.plan(Self.banded(Fixture.band("A", min: 90)), ["1": Points(9)], .band("B")).selection == [])
    }

    @Test func surveyAndDeductionLeavesAreNotCandidates() {
        // setup
        let set = Fixture.set([
            Fixture.free("1", Points(10)),
            Fixture.leaf("9", Points(20), .surveyRatio(SurveyRatioRule()), kind: .survey),
            Fixture.node("5", Points(2), kind: .deduction, [Fixture.free("5.1", Points(2), kind: .deduction)]),
        ])

        // act
        let plan = Self.plan(set, [:], .total(Points(5)))

        // check
        #expect(plan.candidates.map(\.code) == ["1"])
    }

    /// A field whose deductions outweigh its points stays at 0 until enough leaves are raised
    /// together: no single leaf gains anything, yet two of them reach the target.
    @Test func reachesATargetBehindADeductionThatFloorsTheField() {
        // setup: "1" = 1.1 (5) + 1.2 (5) − 5 deducted by 1.3
        let set = Fixture.set([Fixture.node("1", Points(10), [
            Fixture.free("1.1", Points(5)), Fixture.free("1.2", Points(5)), Fixture.free("1.3", Points(5), kind: .deduction),
        ])])

        // act
        let plan = Self.plan(set, ["1.3": Points(5)], .total(Points(5)))

        // check
        #expect(plan.current == .zero)
        #expect(plan.required == Points(5))
        #expect(plan.selection?.map(\.code) == ["1.1", "1.2"])
    }
}
