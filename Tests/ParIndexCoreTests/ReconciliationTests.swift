import Testing
@testable import ParIndexCore

/// The founding example: an article whose figures do not add up. Every disagreement is listed
/// with both values; a gap that an unscored field could hold is taken as that field's points.
@Suite struct ReconciliationTests {
    static let fieldMaxima = ["10", "7", "16", "9,5", "12", "8,5", "10", "7"]
    static let fieldScores = ["10", "7", "12,5", "8", "11", "4,3", "4,86", "6,4"]

    /// Chi Lăng 2023: eight self-scored fields of 80 points and a 20-point survey field "9".
    static let parSet = Fixture.set(
        fieldMaxima.enumerated().map { Fixture.free(String($0.offset + 1), pts($0.element)) }
            + [Fixture.node("9", Points(20), kind: .survey, [Fixture.leaf("9.1", Points(20), .surveyRatio(SurveyRatioRule()), kind: .survey)])])

    static let parResult = Fixture.score(parSet, Fixture.scores(
        Dictionary(uniqueKeysWithValues: fieldScores.enumerated().map { (String($0.offset + 1), pts($0.element)) })))

    static let listedFields = fieldScores.enumerated().map { (code: String($0.offset + 1), points: pts($0.element)) }

    @Test func theEightFieldsAddUpToSixtyFourOhSixOfEighty() {
        #expect(Self.parResult.total == pts("64,06"))
        #expect(Self.parResult.scoredPart == (points: pts("64,06"), maximum: Points(80)))
        #expect(Self.parResult.unscoredRoots.map { Self.parResult.tree.nodes[$0].code } == ["9"])
    }

    @Test func aReportedTotalImpliesTheUnscoredSurveyPoints() {
        // act: the article's 83,06
        let reconciliation = Self.parResult.reconcile(ReportedFigures(total: pts("83,06"), index: dec("83,06"), nodes: Self.listedFields))

        // check: 19 survey points, and the index follows from the implied total
        #expect(reconciliation.implied == [.init(code: "9", points: Points(19), from: "total")])
        #expect(reconciliation.mismatches.isEmpty)
        #expect(reconciliation.isConsistent)
    }

    @Test func anIndexThatDoesNotFollowFromTheImpliedTotalIsAMismatch() {
        // act
        let reconciliation = Self.parResult.reconcile(ReportedFigures(total: pts("83,06"), index: FixedDecimal(84)))

        // check
        #expect(reconciliation.mismatches == [.init(code: "index", reported: FixedDecimal(84), computed: dec("83,06"), digitsTransposed: false)])
    }

    @Test func aGapLargerThanTheUnscoredFieldIsAMismatch() {
        // act: 101 − 64,06 = 36,94, more than the survey's 20
        let reconciliation = Self.parResult.reconcile(ReportedFigures(total: Points(101)))

        // check
        #expect(reconciliation.implied.isEmpty)
        #expect(reconciliation.mismatches.map(\.code) == ["total"])
        #expect(reconciliation.mismatches.first?.difference == dec("36,94"))
    }

    @Test func aReportedTotalBelowTheComputedOneIsAMismatch() {
        // act
        let reconciliation = Self.parResult.reconcile(ReportedFigures(total: Points(60)))

        // check
        #expect(reconciliation.mismatches == [.init(code: "total", reported: FixedDecimal(60), computed: dec("64,06"), digitsTransposed: false)])
        #expect(reconciliation.mismatches.first?.difference == dec("-4,06"))
    }

    @Test func aFieldReportedDifferentlyIsAMismatchWithItsDifference() throws {
        // act: field 6 reported as 4,5 where the criteria give 4,3
        var nodes = Self.listedFields
        nodes[5].points = pts("4,5")
        let reconciliation = Self.parResult.reconcile(ReportedFigures(nodes: nodes))

        // check
        let mismatch = try #require(reconciliation.mismatches.first)
        #expect(reconciliation.mismatches.count == 1)
        #expect(mismatch.code == "6")
        #expect(mismatch.reported == dec("4,5"))
        #expect(mismatch.computed == dec("4,3"))
        #expect(mismatch.difference == dec("0,2"))
        #expect(!reconciliation.isConsistent)
    }

    @Test func aReportedFigureForAnUnscoredFieldIsImpliedFromItself() {
        // act
        let reconciliation = Self.parResult.reconcile(ReportedFigures(nodes: [("9", Points(19))]))

        // check
        #expect(reconciliation.implied == [.init(code: "9", points: Points(19), from: "9")])
        #expect(reconciliation.mismatches.isEmpty)
    }

    @Test func unknownReportedCodesAreListed() {
        // act: the article's "9/11 fields" — there is no field 10 or 11
        let reconciliation = Self.parResult.reconcile(ReportedFigures(nodes: [("10", Points(5)), ("1", Points(10)), ("11", Points(1))]))

        // check
        #expect(reconciliation.unknownCodes == ["10", "11"])
        #expect(!reconciliation.isConsistent)
    }

    /// The task-performance evaluation: 10 + 66,3 + 8 + 3 − 0 = 87,3, banded "tốt" from 80.
    static let taskSet = Fixture.set([
        Fixture.free("1", Points(10)), Fixture.free("2", Points(75)), Fixture.free("3", Points(10)),
        Fixture.node("4", Points(5), kind: .bonus, [Fixture.free("4.1", Points(5), kind: .bonus)]),
        Fixture.node("5", Points(10), kind: .deduction, [Fixture.free("5.1", Points(10), kind: .deduction)]),
    ], bands: [
        Band(key: "xuat_sac", label: LocalizedText(vi: "Xuất sắc", en: "Excellent"), range: Interval(lower: Bound(FixedDecimal(90), inclusive: true))),
        Band(key: "tot", label: LocalizedText(vi: "Tốt", en: "Good"), range: Interval(lower: Bound(FixedDecimal(80), inclusive: true))),
    ])

    static let taskResult = Fixture.score(taskSet, Fixture.scores([
        "1": Points(10), "2": pts("66,3"), "3": Points(8), "4.1": Points(3), "5.1": .zero,
    ]))

    @Test func digitsSwappedInTheReportedTotalAreRecognised() throws {
        // act: the article prints 83,7
        let reconciliation = Self.taskResult.reconcile(ReportedFigures(total: pts("83,7"), band: "tốt"))

        // check
        let mismatch = try #require(reconciliation.mismatches.first)
        #expect(Self.taskResult.total == pts("87,3"))
        #expect(mismatch.code == "total")
        #expect(mismatch.reported == dec("83,7"))
        #expect(mismatch.computed == dec("87,3"))
        #expect(mismatch.digitsTransposed)
        #expect(mismatch.difference == dec("-3,6"))
        #expect(reconciliation.band == nil)
    }

    @Test(arguments: ["tốt", "TỐT", "tot", "Good", " Tốt "])
    func aBandIsNamedByKeyOrLabelInAnyCase(reported: String) {
        #expect(Self.taskResult.reconcile(ReportedFigures(band: reported)).band == nil)
    }

    @Test func aReportedBandTheFiguresDoNotReachIsAMismatch() {
        // act
        let reconciliation = Self.taskResult.reconcile(ReportedFigures(band: "Xuất sắc"))

        // check
        #expect(reconciliation.band?.reported == "Xuất sắc")
        #expect(reconciliation.band?.computed?.key == "tot")
        #expect(!reconciliation.isConsistent)
    }

    @Test(arguments: [("83,7", "87,3", true), ("12,5", "15,2", true), ("83,06", "83,06", false), ("10", "1", false), ("83,7", "84,3", false)])
    func transpositionMeansTheSameDigitsInAnotherOrder(reported: String, computed: String, transposed: Bool) {
        #expect(ScoreResult.transposed(dec(reported), dec(computed)) == transposed)
    }
}
