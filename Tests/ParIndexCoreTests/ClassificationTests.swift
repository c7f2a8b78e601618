import Testing
@testable import ParIndexCore

/// Bands best first, each with a lower bound worded as the decision words it, and conditions
/// beyond the score: a unit failing a band's condition falls to the next band down.
@Suite struct ClassificationTests {
    static let national = Classifier(bands: [
        Fixture.band("A", min: 90), Fixture.band("B", min: 80), Fixture.band("C", min: 70), Fixture.band("D", min: nil),
    ])

    @Test(arguments: [("100", "A"), ("90", "A"), ("89,99", "B"), ("80", "B"), ("79,99", "C"), ("70", "C"), ("69,99", "D"), ("0", "D")])
    func placesAnIndexInTheBestBandItMeets(index: String, band: String) {
        // act
        let classification = Self.national.classify(dec(index), facts: [:])

        // check
        #expect(classification.band?.key == band)
    }

    @Test func anExclusiveBoundLeavesTheBoundValueToTheBandBelow() {
        // setup: "trên 90"
        let classifier = Classifier(bands: [Fixture.band("A", min: 90, inclusive: false), Fixture.band("B", min: 80)])

        // act / check
        #expect(classifier.classify(FixedDecimal(90), facts: [:]).band?.key == "B")
        #expect(classifier.classify(dec("90,01"), facts: [:]).band?.key == "A")
    }

    @Test func stepsShowEveryBandTriedFromTheBestDown() {
        // act
        let classification = Self.national.classify(FixedDecimal(75), facts: [:])

        // check
        #expect(classification.steps == [.belowBound(band: "A"), .belowBound(band: "B"), .placed(band: "C")])
    }

    @Test func noBandWhenNoneIsMetOrThereIsNoValue() {
        // setup
        let classifier = Classifier(bands: [Fixture.band("A", min: 90)])

        // act
        let below = classifier.classify(FixedDecimal(50), facts: [:])
        let nothing = classifier.classify(nil, facts: [:])

        // check
        #expect(below.band == nil)
        #expect(below.steps == [.belowBound(band: "A")])
        #expect(nothing.band == nil)
        #expect(nothing.steps.isEmpty)
    }

    static let onTime = BandCondition(fact: "on_time")
    static let withCondition = Classifier(bands: [
        Fixture.band("xuat_sac", min: 90, conditions: [onTime]), Fixture.band("tot", min: 70), Fixture.band("hoan_thanh", min: 50),
    ])

    @Test func aUnitFailingTheTopBandsConditionFallsToTheNextBand() {
        // act
        let classification = Self.withCondition.classify(FixedDecimal(95), facts: ["on_time": false])

        // check
        #expect(classification.band?.key == "tot")
        #expect(classification.steps == [.conditionsNotMet(band: "xuat_sac", failed: [Self.onTime]), .placed(band: "tot")])
    }

    @Test func anUndeclaredFactCountsAsNotMet() {
        #expect(Self.withCondition.classify(FixedDecimal(95), facts: [:]).band?.key == "tot")
    }

    @Test func aMetConditionKeepsTheBand() {
        #expect(Self.withCondition.classify(FixedDecimal(95), facts: ["on_time": true]).band?.key == "xuat_sac")
    }

    @Test func aConditionCanRequireAFactToBeFalse() {
        // setup: "không có cán bộ bị kỷ luật"
        let classifier = Classifier(bands: [
            Fixture.band("A", min: 90, conditions: [BandCondition(fact: "discipline", required: false)]), Fixture.band("B", min: 0),
        ])

        // act / check
        #expect(classifier.classify(FixedDecimal(95), facts: ["discipline": false]).band?.key == "A")
        #expect(classifier.classify(FixedDecimal(95), facts: ["discipline": true]).band?.key == "B")
        #expect(classifier.classify(FixedDecimal(95), facts: [:]).band?.key == "B")
    }

    /// Out of 60 (Hà Tĩnh's central agencies), with bands A from 50 and B from 40.
    static func setOutOfSixty(_ basis: BandBasis) -> CriteriaSet {
        Fixture.set([Fixture.free("1", Points(60))], settings: ScoringSettings(bandsCompare: basis),
                    bands: [Fixture.band("A", min: 50), Fixture.band("B", min: 40)])
    }

    @Test func bandsCanCompareTheTotal() {
        // act: 48 points
        let result = Fixture.score(Self.setOutOfSixty(.total), Fixture.scores(["1": Points(48)]))

        // check
        #expect(result.band?.key == "B")
    }

    @Test func bandsCanCompareTheIndex() {
        // act: 48 of 60 is 80 %
        let result = Fixture.score(Self.setOutOfSixty(.index), Fixture.scores(["1": Points(48)]))

        // check
        #expect(result.index == FixedDecimal(80))
        #expect(result.band?.key == "A")
    }

    @Test func scoringReadsTheFactsOfTheAssessment() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))],
                              bands: [Fixture.band("A", min: 90, conditions: [Self.onTime]), Fixture.band("B", min: 0)],
                              facts: [FactDefinition(id: "on_time", description: LocalizedText("đúng hạn"))])

        // act
        let failing = Fixture.score(set, Fixture.scores(["1": Points(95)], facts: ["on_time": false]))
        let meeting = Fixture.score(set, Fixture.scores(["1": Points(95)], facts: ["on_time": true]))

        // check
        #expect(failing.band?.key == "B")
        #expect(meeting.band?.key == "A")
    }

    @Test(arguments: [(Bound(FixedDecimal(70), inclusive: true), Bound(FixedDecimal(90), inclusive: false), "từ 70% đến dưới 90%", "from 70% to under 90%"),
                      (Bound(FixedDecimal(90), inclusive: false), nil, "trên 90%", "above 90%")])
    func describesARangeAsADecisionWordsIt(lower: Bound, upper: Bound?, vi: String, en: String) {
        // setup
        let interval = Interval(lower: lower, upper: upper)

        // act / check
        #expect(interval.describe(.vi, unit: "%") == vi)
        #expect(interval.describe(.en, unit: "%") == en)
    }
}
