import Testing
@testable import ParIndexCore

/// "Ban hành kịp thời 1 / không kịp thời 0,5 / không ban hành 0": picked by key or by position.
@Suite struct OptionsRuleTests {
    static let options: [RuleOption] = [
        RuleOption(key: "kip_thoi", label: LocalizedText(vi: "Ban hành kịp thời", en: "Issued on time"), points: Points(1)),
        RuleOption(key: "khong_kip_thoi", label: LocalizedText(vi: "Không kịp thời", en: "Issued late"), points: pts("0,5")),
        RuleOption(key: "khong_ban_hanh", label: LocalizedText(vi: "Không ban hành", en: "Not issued"), points: .zero),
    ]
    let leaf = Fixture.leaf("1", Points(1), .options(Self.options))

    @Test(arguments: [
        ("kip_thoi", 100, 0), ("khong_kip_thoi", 50, 1), ("khong_ban_hanh", 0, 2),
        ("KIP_THOI", 100, 0), (" khong_kip_thoi ", 50, 1),
    ])
    func picksByKey(choice: String, hundredths: Int, index: Int) {
        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: choice))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
        #expect(outcome.working == .option(index: index))
    }

    @Test(arguments: [("1", 100, 0), ("2", 50, 1), ("3", 0, 2)])
    func picksByOneBasedPosition(choice: String, hundredths: Int, index: Int) {
        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: choice))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
        #expect(outcome.working == .option(index: index))
    }

    @Test func aKeyThatLooksLikeAPositionWinsOverThePosition() {
        // setup: keys given as numbers in another order than the list
        let leaf = Fixture.leaf("1", Points(2), .options([
            RuleOption(key: "2", label: LocalizedText("hai"), points: Points(2)),
            RuleOption(key: "1", label: LocalizedText("một"), points: Points(1)),
        ]))

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: "1"))

        // check
        #expect(outcome.points == Points(1))
        #expect(outcome.working == .option(index: 1))
    }

    @Test(arguments: ["muon", "0", "4"])
    func refusesAnUnknownChoiceNamingTheOptions(choice: String) throws {
        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: choice))

        // check
        let message = try #require(outcome.inputError)
        #expect(outcome.points == .zero)
        #expect(!outcome.isScored)
        #expect(message.vi == "Không có phương án «\(choice)»; các phương án: kip_thoi, khong_kip_thoi, khong_ban_hanh")
        #expect(message.en == "There is no option “\(choice)”; the options are: kip_thoi, khong_kip_thoi, khong_ban_hanh")
    }

    @Test func refusesAnInputWithoutAChoice() {
        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(option: "  "))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Chưa chọn phương án", en: "No option was chosen"))
    }

    @Test func anUnknownChoiceIsReportedWithItsCriterionCode() {
        // setup
        let set = Fixture.set([leaf])

        // act
        let (result, problems) = Scorer(set).score(Fixture.selfAssessment(["1": LeafInput(option: "muon")]), view: .selfAssessed)

        // check
        #expect(result.total == .zero)
        #expect(problems.map(\.code) == ["1"])
        #expect(problems.first?.message.vi.contains("«muon»") == true)
    }
}
