import Testing
@testable import ParIndexCore

/// Self, appraised and final views read different layers; survey leaves read only the survey.
@Suite struct ScoreViewTests {
    /// "1" self 8 / appraised 7; "2" self 5 only; survey "3" 15 from the survey.
    static let set = Fixture.set([
        Fixture.free("1", Points(10)), Fixture.free("2", Points(10)),
        Fixture.leaf("3", Points(20), .surveyRatio(SurveyRatioRule()), kind: .survey),
    ])
    static let assessment = Fixture.assessment([
        "1": LeafEntry(selfAssessed: LeafInput(score: Points(8)), appraised: LeafInput(score: Points(7))),
        "2": LeafEntry(selfAssessed: LeafInput(score: Points(5))),
        "3": LeafEntry(survey: LeafInput(satisfaction: FixedDecimal(75))),
    ])

    @Test func selfViewReadsTheUnitsScoresAndTheSurvey() {
        // act
        let result = Fixture.score(Self.set, Self.assessment, view: .selfAssessed)

        // check: 8 + 5 + 15
        #expect(result.total == Points(28))
        #expect(result.leafOutcomes.map(\.layer) == [.selfAssessed, .selfAssessed, .survey])
    }

    @Test func appraisedViewCountsUnappraisedLeavesAsNotScored() {
        // act
        let result = Fixture.score(Self.set, Self.assessment, view: .appraised)

        // check: 7 + 0 + 15
        #expect(result.total == Points(22))
        #expect(result.leafOutcomes[1] == .notScored)
        #expect(result.leafOutcomes.map(\.layer) == [.appraised, nil, .survey])
    }

    @Test func finalViewTakesTheAppraisedScoreWhereThereIsOne() {
        // act
        let result = Fixture.score(Self.set, Self.assessment, view: .final)

        // check: 7 + 5 + 15
        #expect(result.total == Points(27))
        #expect(result.leafOutcomes.map(\.layer) == [.appraised, .selfAssessed, .survey])
    }

    @Test(arguments: ScoreView.allCases)
    func aSurveyLeafIgnoresScoresTheUnitOrAppraiserGave(view: ScoreView) {
        // setup
        let assessment = Fixture.assessment(["3": LeafEntry(selfAssessed: LeafInput(score: Points(20)), appraised: LeafInput(score: Points(20)),
                                                            survey: LeafInput(satisfaction: FixedDecimal(75)))])

        // act
        let (result, problems) = Scorer(Self.set).score(assessment, view: view)

        // check
        #expect(result.points(of: "3") == Points(15))
        #expect(problems.map(\.code) == ["3"])
        #expect(problems.first?.message.en == "3 is survey-derived: neither the unit nor the appraiser scores it")
    }

    @Test(arguments: ScoreView.allCases)
    func aSurveyLeafWithoutSurveyInputIsNotScored(view: ScoreView) {
        // setup
        let assessment = Fixture.assessment(["3": LeafEntry(selfAssessed: LeafInput(score: Points(20)))])

        // act
        let result = Fixture.score(Self.set, assessment, view: view)

        // check
        #expect(result.leafOutcomes[2] == .notScored)
        #expect(result.total == .zero)
    }

    @Test func eachViewNamesTheLayerItReads() {
        // setup
        let everyLayer: (ScoreLayer) -> Bool = { _ in true }
        let onlySelf: (ScoreLayer) -> Bool = { $0 == .selfAssessed }

        // act / check
        #expect(ScoreView.final.layer(for: .scored, has: everyLayer) == .appraised)
        #expect(ScoreView.final.layer(for: .scored, has: onlySelf) == .selfAssessed)
        #expect(ScoreView.final.layer(for: .survey, has: onlySelf) == nil)
        #expect(ScoreView.selfAssessed.layer(for: .bonus, has: everyLayer) == .selfAssessed)
        #expect(ScoreView.appraised.layer(for: .deduction, has: onlySelf) == nil)
        #expect(ScoreView.appraised.layer(for: .survey, has: everyLayer) == .survey)
    }
}
