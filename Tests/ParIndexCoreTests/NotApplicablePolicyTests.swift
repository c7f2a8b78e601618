import Testing
@testable import ParIndexCore

/// A unit without a function is exempted from a criterion: the set decides whether that shrinks
/// the maximum, awards full points, or is not allowed at all.
@Suite struct NotApplicablePolicyTests {
    /// "1" (4 points, may be not applicable) and "2" (6 points): 10 in all.
    static func set(_ policy: NotApplicablePolicy) -> CriteriaSet {
        Fixture.set([Fixture.free("1", Points(4), mayBeNotApplicable: true), Fixture.free("2", Points(6))],
                    settings: ScoringSettings(notApplicable: policy))
    }

    static let exempted = Fixture.selfAssessment(["1": LeafInput(notApplicable: true), "2": LeafInput(score: Points(3))])

    @Test func shrinkMaximumComputesTheIndexOnWhatApplies() {
        // act
        let (result, problems) = Scorer(Self.set(.shrinkMaximum)).score(Self.exempted, view: .selfAssessed)

        // check: 3 of 6
        #expect(problems.isEmpty)
        #expect(result.leafOutcomes[0].working == .notApplicable(.shrinkMaximum))
        #expect(result.nodeMaximum[0] == .zero)
        #expect(result.total == Points(3))
        #expect(result.maximum == Points(6))
        #expect(result.index == FixedDecimal(50))
    }

    @Test func awardFullGivesTheCriterionsMaximum() {
        // act
        let result = Fixture.score(Self.set(.awardFull), Self.exempted)

        // check: 4 + 3 of 10
        #expect(result.leafOutcomes[0].points == Points(4))
        #expect(result.leafOutcomes[0].working == .notApplicable(.awardFull))
        #expect(result.total == Points(7))
        #expect(result.maximum == Points(10))
        #expect(result.index == FixedDecimal(70))
    }

    @Test func notAllowedRefusesTheDeclaration() {
        // act
        let (result, problems) = Scorer(Self.set(.notAllowed)).score(Self.exempted, view: .selfAssessed)

        // check: 3 of 10, and the refusal is named by code
        #expect(result.leafOutcomes[0].inputError == InputError.notApplicableRefused.message)
        #expect(result.total == Points(3))
        #expect(result.maximum == Points(10))
        #expect(result.index == FixedDecimal(30))
        #expect(problems.map(\.code) == ["1"])
    }

    @Test(arguments: NotApplicablePolicy.allCases)
    func aLeafWithoutNotApplicableAllowedRefusesIt(policy: NotApplicablePolicy) {
        // act
        let (result, problems) = Scorer(Self.set(policy)).score(
            Fixture.selfAssessment(["2": LeafInput(notApplicable: true)]), view: .selfAssessed)

        // check
        #expect(result.leafOutcomes[1].inputError == InputError.notApplicableRefused.message)
        #expect(result.nodeMaximum[1] == Points(6))
        #expect(problems.map(\.code) == ["2"])
    }

    @Test func aParentsMaximumShrinksWithItsExemptedChild() {
        // setup: "1" = 1.1 (4, exempted) + 1.2 (6); "2" = 10
        let set = Fixture.set([
            Fixture.node("1", Points(10), [Fixture.free("1.1", Points(4), mayBeNotApplicable: true), Fixture.free("1.2", Points(6))]),
            Fixture.free("2", Points(10)),
        ])
        let assessment = Fixture.selfAssessment([
            "1.1": LeafInput(notApplicable: true), "1.2": LeafInput(score: Points(6)), "2": LeafInput(score: Points(5)),
        ])

        // act
        let result = Fixture.score(set, assessment)

        // check: field 1 is 6 of 6 (100 %), the total 11 of 16 (68,75 %)
        let field = try! #require(result.tree.nodeIndex(of: "1"))
        #expect(result.nodeMaximum[field] == Points(6))
        #expect(result.componentIndex(ofNode: field) == FixedDecimal(100))
        #expect(result.maximum == Points(16))
        #expect(result.index == FixedDecimal(units: 6875, decimals: 2))
    }

    @Test func nothingApplyingLeavesNoIndexAndNoBand() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(4), mayBeNotApplicable: true)], bands: [Fixture.band("A", min: 0)])

        // act
        let result = Fixture.score(set, Fixture.selfAssessment(["1": LeafInput(notApplicable: true)]))

        // check
        #expect(result.maximum == .zero)
        #expect(result.index == nil)
        #expect(result.band == nil)
    }
}
