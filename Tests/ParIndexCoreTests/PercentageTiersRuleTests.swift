import Testing
@testable import ParIndexCore

/// Tiers on numerator ÷ denominator, compared exactly with bounds worded as the decision words
/// them: "trên 90%" excludes 90, "từ 70%" includes 70.
@Suite struct PercentageTiersRuleTests {
    static func bound(_ value: Int, _ inclusive: Bool) -> Bound { Bound(FixedDecimal(value), inclusive: inclusive) }

    /// "Trên 90%: 2 điểm; từ 70% đến 90%: 1 điểm; dưới 70%: 0 điểm."
    static func tiers(zeroDenominator: ZeroDenominatorPolicy = .refuse) -> Rule {
        .percentageTiers(PercentageTiersRule(
            numerator: LocalizedText(vi: "Số nhiệm vụ hoàn thành", en: "Tasks completed"),
            denominator: LocalizedText(vi: "Tổng số nhiệm vụ", en: "Tasks in the plan"),
            tiers: [
                .init(range: Interval(lower: bound(90, false), upper: bound(100, true)), points: Points(2)),
                .init(range: Interval(lower: bound(70, true), upper: bound(90, true)), points: Points(1)),
                .init(range: Interval(lower: bound(0, true), upper: bound(70, false)), points: .zero),
            ],
            zeroDenominator: zeroDenominator))
    }

    static func evaluate(_ numerator: FixedDecimal, _ denominator: FixedDecimal, rule: Rule = tiers(),
                         settings: ScoringSettings = ScoringSettings()) -> LeafOutcome {
        Fixture.evaluate(Fixture.leaf("1", Points(2), rule), LeafInput(numerator: numerator, denominator: denominator), settings: settings)
    }

    @Test(arguments: [
        (90, 100, 100), (91, 100, 200), (100, 100, 200), (70, 100, 100), (69, 100, 0), (0, 100, 0),
        (9, 10, 100), (27, 30, 100), (2699, 3000, 100), (2701, 3000, 200), (7, 10, 100), (699, 1000, 0),
    ])
    func placesARatioInItsTier(numerator: Int, denominator: Int, hundredths: Int) {
        // act
        let outcome = Self.evaluate(FixedDecimal(numerator), FixedDecimal(denominator))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }

    @Test func workingNamesTheTierFound() {
        // act: 91 % is in the first tier
        let outcome = Self.evaluate(FixedDecimal(91), FixedDecimal(100))

        // check
        #expect(outcome.working == .tier(numerator: FixedDecimal(91), denominator: FixedDecimal(100), tier: 0))
    }

    @Test func decimalFiguresAreComparedExactly() {
        // act: 354,4 of 400 is 88,6 %
        let outcome = Self.evaluate(dec("354,4"), FixedDecimal(400))

        // check
        #expect(outcome.points == Points(1))
    }

    @Test(arguments: [(90, 100, 200), (27, 30, 200), (8999, 10000, 100)])
    func anInclusiveNinetyTakesExactlyNinetyPercent(numerator: Int, denominator: Int, hundredths: Int) {
        // setup: "từ 90% trở lên: 2 điểm; từ 70% đến dưới 90%: 1 điểm"
        let rule = Rule.percentageTiers(PercentageTiersRule(
            numerator: LocalizedText("n"), denominator: LocalizedText("d"),
            tiers: [
                .init(range: Interval(lower: Self.bound(90, true), upper: Self.bound(100, true)), points: Points(2)),
                .init(range: Interval(lower: Self.bound(70, true), upper: Self.bound(90, false)), points: Points(1)),
                .init(range: Interval(lower: Self.bound(0, true), upper: Self.bound(70, false)), points: .zero),
            ]))

        // act
        let outcome = Self.evaluate(FixedDecimal(numerator), FixedDecimal(denominator), rule: rule)

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }

    @Test func anExclusiveSeventyLeavesExactlySeventyPercentBelow() {
        // setup: "trên 70% đến 90%: 1 điểm; từ 70% trở xuống: 0 điểm"
        let rule = Rule.percentageTiers(PercentageTiersRule(
            numerator: LocalizedText("n"), denominator: LocalizedText("d"),
            tiers: [
                .init(range: Interval(lower: Self.bound(70, false), upper: Self.bound(100, true)), points: Points(1)),
                .init(range: Interval(lower: Self.bound(0, true), upper: Self.bound(70, true)), points: .zero),
            ]))

        // act
        let seventy = Self.evaluate(FixedDecimal(7), FixedDecimal(10), rule: rule)
        let justAbove = Self.evaluate(FixedDecimal(7001), FixedDecimal(10000), rule: rule)

        // check
        #expect(seventy.points == .zero)
        #expect(justAbove.points == Points(1))
    }

    @Test func zeroDenominatorIsRefusedByDefault() throws {
        // act
        let outcome = Self.evaluate(.zero, .zero)

        // check
        let message = try #require(outcome.inputError)
        #expect(message.vi == "Mẫu số («Tổng số nhiệm vụ») bằng 0: không tính được tỷ lệ")
        #expect(message.en == "The denominator (“Tasks in the plan”) is 0: no percentage can be computed")
    }

    @Test func zeroDenominatorCanGiveFullPoints() {
        // act
        let outcome = Self.evaluate(.zero, .zero, rule: Self.tiers(zeroDenominator: .fullPoints))

        // check
        #expect(outcome.points == Points(2))
        #expect(outcome.working == .zeroDenominator(.fullPoints))
        #expect(outcome.isScored)
    }

    @Test func zeroDenominatorCanMakeTheCriterionNotApplicable() {
        // setup: a 2-point tier leaf beside a 3-point free leaf
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers(zeroDenominator: .notApplicable)), Fixture.free("2", Points(3))])
        let assessment = Fixture.selfAssessment([
            "1": LeafInput(numerator: .zero, denominator: .zero), "2": LeafInput(score: Points(3)),
        ])

        // act
        let result = Fixture.score(set, assessment)

        // check: the maximum shrinks to 3 and the index is computed on what applies
        #expect(result.leafOutcomes[0].working == .zeroDenominator(.notApplicable))
        #expect(result.leafOutcomes[0].isNotApplicable)
        #expect(result.maximum == Points(3))
        #expect(result.index == FixedDecimal(100))
    }

    @Test func zeroDenominatorNotApplicableFollowsAnAwardFullSet() {
        // act
        let outcome = Self.evaluate(.zero, .zero, rule: Self.tiers(zeroDenominator: .notApplicable),
                                    settings: ScoringSettings(notApplicable: .awardFull))

        // check
        #expect(outcome.points == Points(2))
        #expect(outcome.working == .zeroDenominator(.notApplicable))
    }

    @Test func zeroDenominatorNotApplicableIsRefusedWhereTheSetAllowsNone() {
        // act
        let outcome = Self.evaluate(.zero, .zero, rule: Self.tiers(zeroDenominator: .notApplicable),
                                    settings: ScoringSettings(notApplicable: .notAllowed))

        // check
        #expect(outcome.inputError == InputError.notApplicableRefused.message)
        #expect(outcome.points == .zero)
    }

    @Test func refusesANumeratorLargerThanTheDenominator() {
        // act
        let outcome = Self.evaluate(FixedDecimal(11), FixedDecimal(10))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Tử số (11) lớn hơn mẫu số (10)",
                                                    en: "The numerator (11) is larger than the denominator (10)"))
    }

    @Test func refusesAMissingFigureNamingIt() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(2), Self.tiers()), LeafInput(denominator: FixedDecimal(10)))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Thiếu số liệu: Số nhiệm vụ hoàn thành", en: "Missing figure: Tasks completed"))
    }

    @Test func aRatioNoTierCoversIsRefused() {
        // setup: only "từ 90%" is listed
        let rule = Rule.percentageTiers(PercentageTiersRule(
            numerator: LocalizedText("n"), denominator: LocalizedText("d"),
            tiers: [.init(range: Interval(lower: Self.bound(90, true)), points: Points(2))]))

        // act
        let outcome = Self.evaluate(FixedDecimal(1), FixedDecimal(2), rule: rule)

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Không có mức nào cho tỷ lệ này", en: "No tier covers this percentage"))
    }
}
