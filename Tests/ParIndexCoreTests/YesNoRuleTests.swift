import Testing
@testable import ParIndexCore

/// Yes gives the maximum (or a stated figure), no gives nothing (or a stated figure), and
/// "không áp dụng" only where the rule allows it.
@Suite struct YesNoRuleTests {
    @Test func yesGivesTheMaximumAndNoGivesNothingByDefault() {
        // setup
        let leaf = Fixture.leaf("1", pts("1,5"), .yesNo(YesNoRule()))

        // act
        let yes = Fixture.evaluate(leaf, LeafInput(answer: .yes))
        let no = Fixture.evaluate(leaf, LeafInput(answer: .no))

        // check
        #expect(yes.points == pts("1,5"))
        #expect(yes.working == .answer(.yes))
        #expect(no.points == .zero)
        #expect(no.working == .answer(.no))
    }

    @Test func statedFiguresReplaceTheDefaults() {
        // setup
        let leaf = Fixture.leaf("1", Points(2), .yesNo(YesNoRule(yes: Points(1), no: pts("0,5"))))

        // act / check
        #expect(Fixture.evaluate(leaf, LeafInput(answer: .yes)).points == Points(1))
        #expect(Fixture.evaluate(leaf, LeafInput(answer: .no)).points == pts("0,5"))
    }

    @Test func notApplicableIsRefusedUnlessTheRuleAllowsIt() {
        // setup
        let leaf = Fixture.leaf("1", Points(1), .yesNo(YesNoRule()))

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(answer: .notApplicable))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Tiêu chí này không được đánh dấu «không áp dụng»",
                                                    en: "This criterion cannot be marked not applicable"))
    }

    @Test func notApplicableIsAcceptedWhereTheRuleAllowsIt() {
        // setup
        let leaf = Fixture.leaf("1", Points(1), .yesNo(YesNoRule(allowsNotApplicable: true)))

        // act
        let answered = Fixture.evaluate(leaf, LeafInput(answer: .notApplicable))
        let flagged = Fixture.evaluate(leaf, LeafInput(notApplicable: true))

        // check: answering "không áp dụng" and flagging the input are the same declaration
        #expect(answered.working == .notApplicable(.shrinkMaximum))
        #expect(answered.isNotApplicable)
        #expect(answered.points == .zero)
        #expect(flagged.working == .notApplicable(.shrinkMaximum))
    }

    @Test func notApplicableByAnswerIsAcceptedWhereTheNodeAllowsIt() {
        // setup: the rule says nothing, the criterion is marked not_applicable_allowed
        let leaf = Fixture.leaf("1", Points(1), .yesNo(YesNoRule()), mayBeNotApplicable: true)

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(answer: .notApplicable), settings: ScoringSettings(notApplicable: .awardFull))

        // check
        #expect(outcome.working == .notApplicable(.awardFull))
        #expect(outcome.points == Points(1))
    }

    @Test func notApplicableByAnswerIsRefusedWhereTheSetAllowsNone() {
        // setup
        let leaf = Fixture.leaf("1", Points(1), .yesNo(YesNoRule(allowsNotApplicable: true)))

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(answer: .notApplicable), settings: ScoringSettings(notApplicable: .notAllowed))

        // check
        #expect(outcome.inputError == InputError.notApplicableRefused.message)
    }

    @Test func aMissingAnswerIsRefused() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(1), .yesNo(YesNoRule())), LeafInput())

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Chưa trả lời có / không", en: "Yes or no was not answered"))
    }

    @Test(arguments: [
        ("yes", YesNoAnswer.yes), ("Có", .yes), ("đạt", .yes), ("true", .yes),
        ("no", .no), ("Không", .no), ("khong", .no), ("false", .no),
        ("na", .notApplicable), ("không áp dụng", .notApplicable), ("N/A", .notApplicable),
    ])
    func readsAnswersAsPeopleWriteThem(text: String, expected: YesNoAnswer) {
        #expect(YesNoAnswer(text: text) == expected)
    }

    @Test func refusesAnAnswerItCannotRead() {
        #expect(YesNoAnswer(text: "maybe") == nil)
    }
}
