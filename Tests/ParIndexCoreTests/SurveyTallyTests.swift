import Testing
@testable import ParIndexCore

@Suite("Survey tallies")
struct SurveyTallyTests {
    @Test func answersBecomeASatisfactionAndThePointsOfTheSurveyCriterion() throws {
        // setup: a Likert question counting 4–5 as satisfied toward a 20-point survey criterion
        let question = Question(code: "A1", text: LocalizedText("Hài lòng?"), kind: .likert, required: true,
                                counts: Question.Counting(criterion: "9.1", satisfied: ["4", "5"]))
        let answers = Array(repeating: "5", count: 120) + Array(repeating: "4", count: 70) + Array(repeating: "3", count: 10)
        // act
        var tally = SurveyTally()
        for answer in answers { tally.add(satisfied: try #require(question.isSatisfied(by: [answer]))) }
        let share = try #require(tally.share(mode: .halfUp))
        let outcome = Fixture.evaluate(SurveyRatioRuleTests.leaf(), LeafInput(satisfaction: share))
        // check: 190 of 200 = 95 % → 20 × 0,95 = 19 points
        #expect(tally == SurveyTally(answers: 200, satisfied: 190))
        #expect(share == FixedDecimal(units: 9_500, decimals: 2))
        #expect(outcome.points == Points(19))
    }

    @Test func theShareIsRoundedOnceUnderTheSetsRule() {
        // 1 of 8 = 12,5 % exactly; 1 of 3 = 33,333… %; 1 of 1600 = 0,0625 %
        #expect(SurveyTally(answers: 8, satisfied: 1).share(decimals: 0, mode: .halfEven) == FixedDecimal(12))
        #expect(SurveyTally(answers: 8, satisfied: 1).share(decimals: 0, mode: .halfUp) == FixedDecimal(13))
        #expect(SurveyTally(answers: 3, satisfied: 1).share(mode: .halfUp) == FixedDecimal(units: 3_333, decimals: 2))
        #expect(SurveyTally(answers: 1_600, satisfied: 1).share(mode: .halfEven) == FixedDecimal(units: 6, decimals: 2))
        #expect(SurveyTally().share(mode: .halfUp) == nil)
    }

    @Test func flagsASmallSampleAndAWideInterval() {
        #expect(SurveyTally(answers: 30, satisfied: 24).flags(quota: 50) == [.belowQuota, .wideInterval])
        #expect(SurveyTally(answers: 400, satisfied: 320).flags(quota: 50) == [])
        #expect(SurveyTally().flags(quota: 10) == [.belowQuota, .noAnswers])
        #expect((SurveyTally(answers: 2, satisfied: 1) + SurveyTally(answers: 3, satisfied: 3)) == SurveyTally(answers: 5, satisfied: 4))
    }
}
