import Testing
@testable import ParIndexCore

/// Survey points: maximum × (satisfaction − zero_at) ÷ (full_at − zero_at), within [0, maximum].
@Suite struct SurveyRatioRuleTests {
    static func leaf(_ rule: SurveyRatioRule = SurveyRatioRule(), maximum: Points = Points(20)) -> CriteriaNode {
        Fixture.leaf("9.1", maximum, .surveyRatio(rule), kind: .survey)
    }

    @Test(arguments: [("95", 1900), ("85,5", 1710), ("100", 2000), ("0", 0), ("0,01", 0)])
    func byDefaultGivesTheMaximumTimesTheSatisfaction(satisfaction: String, hundredths: Int) {
        // act
        let outcome = Fixture.evaluate(Self.leaf(), LeafInput(satisfaction: dec(satisfaction)))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
        #expect(outcome.working == .survey(satisfaction: dec(satisfaction)))
    }

    @Test(arguments: [("70", 1000), ("50", 0), ("40", 0), ("90", 2000), ("95", 2000), ("60", 500)])
    func scalesBetweenZeroAtAndFullAt(satisfaction: String, hundredths: Int) {
        // setup: nothing below 50 %, everything from 90 %
        let leaf = Self.leaf(SurveyRatioRule(zeroAt: FixedDecimal(50), fullAt: FixedDecimal(90)))

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(satisfaction: dec(satisfaction)))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }

    @Test func refusesASatisfactionAboveAHundred() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(), LeafInput(satisfaction: dec("100,5")))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Tỷ lệ hài lòng 100,5% vượt quá 100%", en: "Satisfaction 100.5% is above 100%"))
    }

    @Test func refusesAMissingSatisfaction() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(), LeafInput())

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Thiếu số liệu: tỷ lệ hài lòng (%)", en: "Missing figure: satisfaction (%)"))
    }

    @Test(arguments: [(RoundingMode.halfUp, 13), (.halfEven, 12)])
    func roundsUnderTheSetsMode(mode: RoundingMode, hundredths: Int) {
        // act: 1 point × 12,5 % = 0,125
        let outcome = Fixture.evaluate(Self.leaf(maximum: Points(1)), LeafInput(satisfaction: dec("12,5")),
                                       settings: ScoringSettings(rounding: mode))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }
}

/// A satisfaction figure is a public `FixedDecimal`; one held with more than four decimals
/// (85,12345 %, as a survey tool may export it) must be scored or refused, never crash the
/// process that scores a whole province.
@Suite struct SurveyRatioPrecisionTests {
    @Test func aSatisfactionWithFiveDecimalsDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            let leaf = Fixture.leaf("9.1", Points(20), .surveyRatio(SurveyRatioRule()), kind: .survey)
            _ = Fixture.evaluate(leaf, LeafInput(satisfaction: FixedDecimal(units: 8_512_345, decimals: 5)))
        }
    }
}
