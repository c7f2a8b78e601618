import Testing
@testable import ParIndexCore

/// The smaller rules of a set's shape, each reported on the node that breaks it.
@Suite struct CriteriaSetShapeValidationTests {
    static func occurrence(_ each: String, start: Points? = nil, floor: Points? = nil) -> Rule {
        DeductionRuleTests.rule(each, start: start, floor: floor)
    }

    @Test(arguments: [
        (Fixture.leaf("1", Points(2), .options([RuleOption(key: "a", label: LocalizedText("x"), points: Points(1)),
                                                RuleOption(key: "a", label: LocalizedText("y"), points: .zero)])),
         "Option key “a” is used twice"),
        (Fixture.leaf("1", Points(2), occurrence("0,5", start: Points(1), floor: pts("1,5"))), "The floor is above the starting value"),
        (Fixture.leaf("1", Points(2), occurrence("0")), "The points per occurrence must be greater than 0"),
        (Fixture.leaf("1", Points(2), .countTimesPoints(CountRule(item: LocalizedText("x"), pointsEach: .zero))), "The points per item must be greater than 0"),
        (Fixture.leaf("1", Points(2), .freeScore(FreeScoreRule(step: .zero))), "The step must be greater than 0"),
        (Fixture.leaf("1", Points(2), .surveyRatio(SurveyRatioRule(zeroAt: FixedDecimal(90), fullAt: FixedDecimal(50))), kind: .survey),
         "“full_at” must be above “zero_at” and at most 100"),
        (Fixture.leaf("1", Points(2), .surveyRatio(SurveyRatioRule(fullAt: FixedDecimal(120))), kind: .survey),
         "“full_at” must be above “zero_at” and at most 100"),
        (Fixture.free("1", Points(2), outsideMaximum: true), "Only a bonus can lie outside the maximum"),
        (Fixture.leaf("1", .zero, .yesNo(YesNoRule())), "The maximum must be greater than 0"),
    ])
    func aBadlyShapedLeafIsReported(leaf: CriteriaNode, message: String) {
        // act
        let issues = Fixture.set([leaf], maximum: leaf.maximumContribution).validate()

        // check
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.map(\.message.en) == [message])
    }

    @Test func startAndFloorDoNotApplyOnADeductionLeaf() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(10)),
                               Fixture.node("5", Points(2), kind: .deduction,
                                            [Fixture.leaf("5.1", Points(2), Self.occurrence("0,5", floor: Points(1)), kind: .deduction)])])

        // act / check
        #expect(set.validate().map(\.code) == ["5.1"])
    }

    @Test func aCriterionInsideABonusMustBeABonus() {
        // setup
        let set = Fixture.set([Fixture.node("4", Points(2), kind: .bonus, [Fixture.free("4.1", Points(2))])])

        // act
        let issues = set.validate()

        // check
        #expect(issues.map(\.code) == ["4.1"])
        #expect(issues.first?.message.en == "A criterion inside a bonus node must also be bonus")
    }

    @Test func anInnerNodeCannotHaveItsOwnRule() {
        // setup
        var field = Fixture.node("1", Points(2), [Fixture.free("1.1", Points(2))])
        field.rule = .freeScore(FreeScoreRule())

        // act / check
        #expect(Fixture.set([field]).validate().map(\.message.en) == ["A criterion with sub-criteria cannot have its own rule"])
    }

    @Test func anEmptySetIsReported() {
        #expect(Fixture.set([]).validate().map(\.message.en) == ["The criteria set has no criteria"])
    }

    @Test func aBandWithoutALowerBoundMustBeLast() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [Fixture.band("Z", min: nil), Fixture.band("A", min: 90)])

        // act / check
        #expect(set.validate().map(\.message.en) == ["Bands must be listed best first, and only the last may have no lower bound"])
    }

    @Test func aBandListedTwiceIsReported() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [Fixture.band("A", min: 90), Fixture.band("A", min: 80)])

        // act / check
        #expect(set.validate().map(\.message.en).contains("Band “A” is listed twice"))
    }
}
