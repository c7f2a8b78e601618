import Testing
@testable import ParIndexCore

/// Every problem of a set's content is reported at once, each naming its node code, so the
/// author of a set fixes them in one pass.
@Suite struct CriteriaSetValidationTests {
    static func codes(_ issues: [ValidationIssue]) -> [String?] { issues.map(\.code) }

    static func tiers(_ ranges: [Interval]) -> Rule {
        .percentageTiers(PercentageTiersRule(numerator: LocalizedText("n"), denominator: LocalizedText("d"),
                                             tiers: ranges.enumerated().map { .init(range: $0.element, points: Points($0.offset)) }))
    }

    static func range(_ low: Int?, _ lowInclusive: Bool, _ high: Int?, _ highInclusive: Bool) -> Interval {
        Interval(lower: low.map { Bound(FixedDecimal($0), inclusive: lowInclusive) },
                 upper: high.map { Bound(FixedDecimal($0), inclusive: highInclusive) })
    }

    @Test func aSoundSetHasNoProblems() {
        // setup
        let set = Fixture.set([
            Fixture.node("1", Points(10), [Fixture.free("1.1", Points(4)), Fixture.leaf("1.2", Points(6), .options(OptionsRuleTests.options))]),
            Fixture.node("12", Points(5), capsChildren: true,
                         [Fixture.free("12.1", Points(4)), Fixture.free("12.2", Points(4))]),
            Fixture.node("4", Points(5), kind: .bonus, outsideMaximum: true, [Fixture.free("4.1", Points(5), kind: .bonus)]),
        ])

        // act / check
        #expect(set.validate() == [])
    }

    @Test func reportsEveryProblemAtOnceEachWithItsCode() {
        // setup: one problem per root
        let set = Fixture.set([
            Fixture.node("1", Points(10), [Fixture.free("1.1", Points(4)), Fixture.free("1.1", Points(4))]),
            Fixture.node("2", Points(5), [Fixture.free("3.1", Points(5))]),
            Fixture.leaf("3", Points(2), .options([RuleOption(key: "a", label: LocalizedText("a"), points: Points(3))])),
            Fixture.node("4", .zero, kind: .bonus, [Fixture.free("4.1", Points(1), kind: .bonus)]),
            Fixture.leaf("5", Points(2), Self.tiers([Self.range(0, true, 70, false), Self.range(90, true, 100, true)])),
        ])

        // act
        let issues = set.validate(file: "set.yaml")

        // check: sum of 1, duplicate 1.1, 3.1 outside 2, option of 3, cap of 4, gap in 5
        #expect(Self.codes(issues) == ["1", "1.1", "3.1", "3", "4", "5"])
        #expect(issues.allSatisfy { $0.file == "set.yaml" })
    }

    @Test func aDuplicateCodeIsNamed() {
        // act
        let issues = Fixture.set([Fixture.free("1", Points(5)), Fixture.free("1", Points(5))]).validate()

        // check
        #expect(issues == [ValidationIssue(code: "1", message: LocalizedText(vi: "Mã 1 bị trùng", en: "Code 1 is used twice"))])
    }

    @Test(arguments: [("2.1", true), ("10.1", true), ("1", true), ("1.10", false), ("1.1.1", false)])
    func aChildsCodeMustStartWithItsParentsCodeAndADot(child: String, reported: Bool) {
        // setup
        let set = Fixture.set([Fixture.node("1", Points(5), [Fixture.free(child, Points(5))])])

        // act
        let issues = set.validate().filter { $0.message.en.contains("does not follow its parent") }

        // check
        #expect(issues.map(\.code) == (reported ? [child] : []))
    }

    @Test func childrenMaximaMustAddUpToTheParents() {
        // act
        let issues = Fixture.set([Fixture.node("1", Points(10), [Fixture.free("1.1", Points(4)), Fixture.free("1.2", Points(5))])],
                                 maximum: Points(10)).validate()

        // check
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.first?.message.en == "The sub-criteria's maxima add up to 9, not the maximum 10 (if the maximum is a cap, set caps_children: true)")
    }

    @Test func aNodeThatCapsItsChildrenMayHaveChildrenAddingUpToMore() {
        // act
        let issues = Fixture.set([Fixture.node("1", Points(5), capsChildren: true, [Fixture.free("1.1", Points(4)), Fixture.free("1.2", Points(4))])]).validate()

        // check
        #expect(issues == [])
    }

    @Test func aCapTheChildrenCanNeverReachIsReported() {
        // act
        let issues = Fixture.set([Fixture.node("1", Points(5), capsChildren: true, [Fixture.free("1.1", Points(2)), Fixture.free("1.2", Points(2))])]).validate()

        // check
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.first?.message.en.contains("the cap can never be reached") == true)
    }

    @Test func deductionsDoNotCountTowardTheParentsMaximum() {
        // act
        let issues = Fixture.set([Fixture.node("1", Points(10), [
            Fixture.free("1.1", Points(10)), Fixture.leaf("1.2", Points(2), DeductionRuleTests.rule("0,5"), kind: .deduction),
        ])]).validate()

        // check
        #expect(issues == [])
    }

    @Test(arguments: [
        (Rule.options([RuleOption(key: "a", label: LocalizedText(vi: "Đủ", en: "Complete"), points: pts("1,5"))]), "Option “Complete” gives 1.5 points, above the maximum 1"),
        (.yesNo(YesNoRule(yes: Points(2))), "The answer “yes” gives 2 points, above the maximum 1"),
        (.countTimesPoints(CountRule(item: LocalizedText("x"), pointsEach: pts("0,5"), cap: Points(3))), "The count rule's cap gives 3 points, above the maximum 1"),
        (.freeScore(FreeScoreRule(step: Points(2))), "The step gives 2 points, above the maximum 1"),
    ])
    func rulePointsAboveTheMaximumAreReported(rule: Rule, message: String) {
        // act
        let issues = Fixture.set([Fixture.leaf("1", Points(1), rule)]).validate()

        // check
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.map(\.message.en) == [message])
    }

    @Test func percentageTiersWithAGapAreReported() {
        // setup: "dưới 70%" and "từ 90%", nothing for 70 to 90
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers([Self.range(0, true, 70, false), Self.range(90, true, 100, true)]))])

        // act
        let issues = set.validate()

        // check
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.first?.message == LocalizedText(vi: "Các mức tỷ lệ để hở khoảng giữa 70 và 90", en: "The percentage tiers leave a gap between 70 and 90"))
    }

    @Test func twoExclusiveBoundsAtTheSameValueLeaveAGap() {
        // setup: "dưới 70%" and "trên 70%": exactly 70 % has no tier
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers([Self.range(0, true, 70, false), Self.range(70, false, 100, true)]))])

        // act / check
        #expect(set.validate().map(\.message.en) == ["The percentage tiers leave a gap between 70 and 70"])
    }

    @Test func percentageTiersThatOverlapAreReported() {
        // setup: "đến 70%" and "từ 70%": both take exactly 70 %
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers([Self.range(0, true, 70, true), Self.range(70, true, 100, true)]))])

        // act / check
        #expect(set.validate().map(\.message.en) == ["The percentage tiers overlap at 70"])
    }

    @Test func percentageTiersMustCoverZeroToAHundred() {
        // setup
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers([Self.range(10, true, 70, false), Self.range(70, true, 90, true)]))])

        // act / check
        #expect(set.validate().map(\.message.en) == ["The percentage tiers do not cover values below 10", "The percentage tiers do not cover values above 90"])
    }

    @Test func tiersListedInAnyOrderAreCheckedInAscendingOrder() {
        // setup: the decision's order, best first
        let set = Fixture.set([Fixture.leaf("1", Points(2), Self.tiers([
            Self.range(90, false, 100, true), Self.range(70, true, 90, true), Self.range(0, true, 70, false),
        ]))])

        // act / check
        #expect(set.validate() == [])
    }

    @Test(arguments: [NodeKind.bonus, .deduction])
    func aBonusOrDeductionWithoutACapIsReported(kind: NodeKind) {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(10)), Fixture.node("5", .zero, kind: kind, [Fixture.free("5.1", Points(1), kind: kind)])],
                              maximum: Points(10))

        // act
        let issues = set.validate()

        // check
        #expect(issues.map(\.code) == ["5"])
        #expect(issues.first?.message.en == "The \(kind.title.en) node has no cap")
    }

    @Test func aBonusCapItsChildrenCannotReachIsReported() {
        // setup: cap 5 over a single 2-point leaf
        let set = Fixture.set([Fixture.node("4", Points(5), kind: .bonus, [Fixture.free("4.1", Points(2), kind: .bonus)])])

        // act / check
        #expect(set.validate().map(\.code) == ["4"])
    }

    @Test func theFieldsMustAddUpToTheSetsMaximum() {
        // act
        let issues = Fixture.set([Fixture.free("1", Points(80))], maximum: Points(100)).validate()

        // check
        #expect(issues == [ValidationIssue(code: nil, message: LocalizedText(
            vi: "Tổng điểm tối đa của các lĩnh vực là 80, khác điểm tối đa của bộ chỉ số 100",
            en: "The fields' maxima add up to 80, not the set's maximum 100"))])
    }

    @Test func aLeafWithoutARuleIsReported() {
        // act
        let issues = Fixture.set([CriteriaNode(code: "1", title: Fixture.title("1"), maximum: Points(1))]).validate()

        // check
        #expect(issues.map(\.code) == ["1"])
    }

    @Test func aSurveyRuleOnAScoredLeafIsReported() {
        #expect(Fixture.set([Fixture.leaf("1", Points(1), .surveyRatio(SurveyRatioRule()))]).validate().map(\.code) == ["1"])
    }

    @Test func bandsNotListedBestFirstAreReported() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [Fixture.band("B", min: 80), Fixture.band("A", min: 90)])

        // act / check
        #expect(set.validate().map(\.message.en) == ["Bands must be listed best first, and only the last may have no lower bound"])
    }

    @Test func bandsWithAGapAreReported() {
        // setup: A from 90, B from 70 to under 80
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [
            Fixture.band("A", min: 90),
            Band(key: "B", label: LocalizedText("B"), range: Self.range(70, true, 80, false)),
        ])

        // act / check
        #expect(set.validate().map(\.message.en) == ["The bands leave a gap between 80 and 90"])
    }

    @Test func bandsBestFirstWithMatchingUpperBoundsAreSound() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [
            Fixture.band("A", min: 90),
            Band(key: "B", label: LocalizedText("B"), range: Self.range(80, true, 90, false)),
            Fixture.band("C", min: nil),
        ])

        // act / check
        #expect(set.validate() == [])
    }

    @Test func aBandConditionOnAnUndeclaredFactIsReported() {
        // setup
        let set = Fixture.set([Fixture.free("1", Points(100))], bands: [Fixture.band("A", min: 90, conditions: [BandCondition(fact: "on_time")])])

        // act / check
        #expect(set.validate().map(\.message.en) == ["Band “Band A” uses the fact “on_time”, not declared under “facts”"])
    }

    @Test func anIssueFormatsWithFileLineAndCode() {
        // setup
        let issue = ValidationIssue(file: "set.yaml", line: 42, code: "3.1.2", message: LocalizedText(vi: "sai", en: "wrong"))

        // check
        #expect(issue.formatted(.en) == "set.yaml:42: [3.1.2] wrong")
        #expect(ValidationIssue(line: 7, message: LocalizedText("x")).formatted(.vi) == "line 7: x")
    }
}
