import Testing
@testable import ParIndexCore

/// The score trail: each leaf's points with the sentence that shows how they were reached.
@Suite struct LeafExplanationTests {
    static func explain(_ leaf: CriteriaNode, _ input: LeafInput) -> LeafExplanation {
        let result = Fixture.score(Fixture.set([leaf]), Fixture.selfAssessment([leaf.code: input]))
        return result.explanation(ofLeaf: 0, input: input)
    }

    @Test func aTierShowsTheRatioAndTheTierAsWorded() {
        // act: 38 of 40 tasks
        let explanation = Self.explain(Fixture.leaf("1", Points(2), PercentageTiersRuleTests.tiers()),
                                       LeafInput(numerator: FixedDecimal(38), denominator: FixedDecimal(40)))

        // check
        #expect(explanation.points == Points(2))
        #expect(explanation.layer == .selfAssessed)
        #expect(explanation.working == LocalizedText(vi: "38 / 40 = 95% → mức trên 90% đến 100% → 2 điểm",
                                                     en: "38 / 40 = 95% → tier above 90% to 100% → 2 points"))
        #expect(explanation.inputs == [LocalizedText(vi: "Số nhiệm vụ hoàn thành: 38", en: "Tasks completed: 38"),
                                       LocalizedText(vi: "Tổng số nhiệm vụ: 40", en: "Tasks in the plan: 40")])
    }

    @Test func proportionalShowsTheProduct() {
        // act
        let explanation = Self.explain(Fixture.leaf("7.1", Points(10), ProportionalRuleTests.declaredTarget),
                                       LeafInput(achieved: FixedDecimal(243), target: FixedDecimal(500)))

        // check
        #expect(explanation.working.vi == "10 × 243 / 500 = 4,86 điểm")
        #expect(explanation.working.en == "10 × 243 / 500 = 4.86 points")
    }

    @Test func aCappedCountSaysSo() {
        // act
        let explanation = Self.explain(CountRuleTests.leaf(cap: Points(2)), LeafInput(count: 5))

        // check
        #expect(explanation.working.vi == "5 × 0,5 = 2,5, giới hạn ở 2 → 2 điểm")
    }

    @Test func aRefusedInputShowsWhy() {
        // act
        let explanation = Self.explain(Fixture.leaf("1", Points(1), .options(OptionsRuleTests.options)), LeafInput(option: "muon"))

        // check
        #expect(explanation.points == .zero)
        #expect(explanation.working.en.hasPrefix("No points: There is no option “muon”"))
    }

    @Test func aDirectScoreOnAnotherRuleIsNamedAsSuch() {
        // act
        let explanation = Self.explain(Fixture.leaf("1", Points(1), .options(OptionsRuleTests.options)), LeafInput(score: pts("0,75")))

        // check
        #expect(explanation.rule == LocalizedText(vi: "chấm trực tiếp", en: "direct score"))
        #expect(explanation.working == LocalizedText(vi: "Điểm chấm: 0,75", en: "Score given: 0.75"))
    }
}
