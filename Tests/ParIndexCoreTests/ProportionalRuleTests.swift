import Testing
@testable import ParIndexCore

/// maximum × achieved ÷ target, rounded once, capped at the maximum.
@Suite struct ProportionalRuleTests {
    static let declaredTarget = Rule.proportional(ProportionalRule(
        achieved: LocalizedText(vi: "Số hồ sơ trực tuyến", en: "Online applications"),
        targetLabel: LocalizedText(vi: "Tổng số hồ sơ", en: "All applications")))

    @Test func scalesTheMaximumByTheAchievement() {
        // setup
        let leaf = Fixture.leaf("1", Points(10), Self.declaredTarget)

        // act: 10 × 243 ÷ 500
        let outcome = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(243), target: FixedDecimal(500)))

        // check
        #expect(outcome.points == pts("4,86"))
        #expect(outcome.working == .proportional(achieved: FixedDecimal(243), target: FixedDecimal(500), capped: false))
    }

    @Test func isCappedAtTheMaximumAboveTheTarget() {
        // setup
        let leaf = Fixture.leaf("1", Points(10), Self.declaredTarget)

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(600), target: FixedDecimal(500)))

        // check
        #expect(outcome.points == Points(10))
        #expect(outcome.working == .proportional(achieved: FixedDecimal(600), target: FixedDecimal(500), capped: true))
    }

    @Test func reachingTheTargetExactlyGivesTheMaximumUncapped() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(10), Self.declaredTarget),
                                       LeafInput(achieved: FixedDecimal(500), target: FixedDecimal(500)))

        // check
        #expect(outcome.points == Points(10))
        #expect(outcome.working == .proportional(achieved: FixedDecimal(500), target: FixedDecimal(500), capped: false))
    }

    @Test func refusesAZeroTarget() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(10), Self.declaredTarget),
                                       LeafInput(achieved: FixedDecimal(5), target: .zero))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Chỉ tiêu («Tổng số hồ sơ») phải lớn hơn 0",
                                                    en: "The target (“All applications”) must be greater than 0"))
    }

    @Test func refusesANegativeTarget() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(10), Self.declaredTarget),
                                       LeafInput(achieved: FixedDecimal(5), target: FixedDecimal(-5)))

        // check
        #expect(outcome.inputError != nil)
    }

    @Test func aFixedTargetIgnoresTheDeclaredOne() {
        // setup: target_value 60 on a 3-point leaf
        let leaf = Fixture.leaf("1", Points(3), .proportional(ProportionalRule(
            achieved: LocalizedText("đạt"), targetLabel: LocalizedText("chỉ tiêu"), fixedTarget: FixedDecimal(60))))

        // act: 3 × 40 ÷ 60
        let withoutTarget = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(40)))
        let withOtherTarget = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(40), target: FixedDecimal(80)))

        // check
        #expect(withoutTarget.points == Points(2))
        #expect(withOtherTarget.points == Points(2))
    }

    @Test func refusesMissingFiguresNamingThem() {
        // setup
        let leaf = Fixture.leaf("1", Points(10), Self.declaredTarget)

        // act
        let noAchieved = Fixture.evaluate(leaf, LeafInput(target: FixedDecimal(5)))
        let noTarget = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(5)))

        // check
        #expect(noAchieved.inputError == LocalizedText(vi: "Thiếu số liệu: Số hồ sơ trực tuyến", en: "Missing figure: Online applications"))
        #expect(noTarget.inputError == LocalizedText(vi: "Thiếu số liệu: Tổng số hồ sơ", en: "Missing figure: All applications"))
    }

    @Test(arguments: [(RoundingMode.halfUp, 13), (.halfEven, 12)])
    func roundsUnderTheSetsMode(mode: RoundingMode, hundredths: Int) {
        // setup: 1 × 1 ÷ 8 = 0,125
        let leaf = Fixture.leaf("1", Points(1), Self.declaredTarget)

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(achieved: FixedDecimal(1), target: FixedDecimal(8)),
                                       settings: ScoringSettings(rounding: mode))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }
}
