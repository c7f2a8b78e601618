import Testing
@testable import ParIndexCore

/// "Trừ 0,5 điểm mỗi …": on a scored leaf from a start down to a floor; on a deduction leaf,
/// an amount taken off the parent, limited by the leaf's cap.
@Suite struct DeductionRuleTests {
    static func rule(_ each: String, start: Points? = nil, floor: Points? = nil) -> Rule {
        .deductionPerOccurrence(DeductionRule(occurrence: LocalizedText(vi: "lần trễ hạn", en: "late report"),
                                              pointsEach: pts(each), start: start, floor: floor))
    }

    @Test(arguments: [(0, 200), (1, 150), (3, 50), (4, 0), (5, 0), (100, 0)])
    func startsAtTheMaximumAndStopsAtZeroOnAScoredLeaf(count: Int, hundredths: Int) {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(2), Self.rule("0,5")), LeafInput(count: count))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
        #expect(outcome.working == .occurrences(count, uncapped: pts("0,5") * count))
    }

    @Test func startsWhereTheRuleSays() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(2), Self.rule("0,5", start: pts("1,5"))), LeafInput(count: 1))

        // check
        #expect(outcome.points == Points(1))
    }

    @Test(arguments: [(1, 150), (3, 50), (10, 50)])
    func stopsAtTheFloor(count: Int, hundredths: Int) {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(2), Self.rule("0,5", floor: pts("0,5"))), LeafInput(count: count))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }

    @Test(arguments: [(0, 0), (1, -25), (3, -75), (4, -100), (5, -100), (50, -100)])
    func aDeductionLeafDeductsUpToItsCap(count: Int, hundredths: Int) {
        // setup: trừ 0,25 mỗi lần, cap 1
        let leaf = Fixture.leaf("5.1", Points(1), Self.rule("0,25"), kind: .deduction)

        // act
        let outcome = Fixture.evaluate(leaf, LeafInput(count: count))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
    }

    @Test func refusesAMissingCount() {
        // act
        let outcome = Fixture.evaluate(Fixture.leaf("1", Points(2), Self.rule("0,5")), LeafInput())

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Thiếu số liệu: số lần", en: "Missing figure: number of occurrences"))
    }
}
