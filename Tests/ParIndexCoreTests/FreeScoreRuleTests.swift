import Testing
@testable import ParIndexCore

/// A score typed by judgement, between 0 and the maximum, in the rule's steps; and a direct
/// score that overrides any other rule.
@Suite struct FreeScoreRuleTests {
    static let leaf = Fixture.leaf("6.2", Points(2), .freeScore(FreeScoreRule(step: pts("0,1"))))

    @Test(arguments: ["0", "0,8", "2", "1,5"])
    func acceptsScoresOnTheStepWithinTheMaximum(score: String) {
        // act
        let outcome = Fixture.evaluate(Self.leaf, LeafInput(score: pts(score)))

        // check
        #expect(outcome.points == pts(score))
        #expect(outcome.working == .direct)
    }

    @Test func refusesAScoreOffTheStep() {
        // act
        let outcome = Fixture.evaluate(Self.leaf, LeafInput(score: pts("0,85")))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Điểm 0,85 phải là bội số của 0,1", en: "The score 0.85 must be a multiple of 0.1"))
    }

    @Test(arguments: ["2,5", "2,01", "-0,5"])
    func refusesAScoreOutsideZeroToTheMaximum(score: String) {
        // act
        let outcome = Fixture.evaluate(Self.leaf, LeafInput(score: pts(score)))

        // check
        #expect(outcome.inputError?.vi == "Điểm \(pts(score).formatted(.vi)) nằm ngoài khoảng 0 – 2")
        #expect(outcome.points == .zero)
    }

    @Test func refusesAFreeScoreLeafWithoutAScore() {
        // act
        let outcome = Fixture.evaluate(Self.leaf, LeafInput(note: "chưa chấm"))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Thiếu số liệu: điểm", en: "Missing figure: score"))
    }

    @Test func aDirectScoreOverridesAnotherRule() {
        // setup: an options leaf given both an option and a score
        let leaf = Fixture.leaf("1", Points(1), .options(OptionsRuleTests.options))

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: "kip_thoi", score: pts("0,75")))

        // check: the rule's step does not apply to a direct score on another rule
        #expect(outcome.points == pts("0,75"))
        #expect(outcome.working == .direct)
    }

    @Test func aDirectScoreIsStillBoundByTheMaximum() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(1), .options(OptionsRuleTests.options)), LeafInput(score: Points(2)))

        // check
        #expect(outcome.inputError != nil)
    }

    @Test(arguments: ["0,5", "-0,5"])
    func aDirectScoreOnADeductionLeafIsTheAmountDeducted(score: String) {
        // setup
        let leaf = Fixture.leaf("5.1", Points(1), DeductionRuleTests.rule("0,25"), kind: .deduction)

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(score: pts(score)))

        // check
        #expect(outcome.points == pts("-0,5"))
    }

    @Test func aLeafWithoutInputIsNotScored() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(4)), Fixture.free("2", Points(6))])

        // act
        let result = Fixture.score(set, Fixture.scores(["1": Points(3)]))

        // check
        #expect(result.leafOutcomes[1] == .notScored)
        #expect(!result.leafOutcomes[1].isScored)
        #expect(result.total == Points(3))
        #expect(result.maximum == Points(10))
        #expect(result.index == FixedDecimal(30))
    }
}
