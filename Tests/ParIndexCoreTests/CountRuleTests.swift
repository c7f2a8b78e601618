import Testing
@testable import ParIndexCore

/// count × points each, capped by the rule's cap and never above the leaf's maximum.
@Suite struct CountRuleTests {
    static func leaf(cap: Points?, maximum: Points = Points(2)) -> CriteriaNode {
        Fixture.leaf("1", maximum, .countTimesPoints(CountRule(item: LocalizedText(vi: "sáng kiến", en: "initiative"),
                                                                 pointsEach: pts("0,5"), cap: cap)))
    }

    @Test(arguments: [(0, 0), (1, 50), (3, 150), (4, 200), (5, 200), (40, 200)])
    func multipliesUpToTheCap(count: Int, hundredths: Int) {
        // act
        let outcome = Fixture.evaluate(Self.leaf(cap: Points(2)), LeafInput(count: count))

        // check
        #expect(outcome.points == Points(hundredths: hundredths))
        #expect(outcome.working == .count(count, uncapped: pts("0,5") * count))
    }

    @Test func theMaximumCapsWhenTheRuleStatesNone() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(cap: nil), LeafInput(count: 9))

        // check
        #expect(outcome.points == Points(2))
    }

    @Test func aCapBelowTheMaximumApplies() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(cap: Points(1)), LeafInput(count: 5))

        // check
        #expect(outcome.points == Points(1))
    }

    @Test func aCapAboveTheMaximumCannotLiftTheLeafAboveIt() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(cap: Points(3)), LeafInput(count: 10))

        // check
        #expect(outcome.points == Points(2))
    }

    @Test func refusesAMissingCount() {
        // act
        let outcome = Fixture.evaluate(Self.leaf(cap: nil), LeafInput(option: "5"))

        // check
        #expect(outcome.inputError == LocalizedText(vi: "Thiếu số liệu: số lượng", en: "Missing figure: count"))
    }
}
