import Testing
import ParIndexCore
@testable import ParIndexReports

@Suite("Outline, ranking and plan texts")
struct OutlineAndRankingTests {
    @Test func outlineShowsTreeMaximaAndBands() {
        let text = CriteriaSetOutline.text(ReportFixtures.set(), .vi)
        #expect(text.contains("Bộ thử [thu]"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  1.1") && $0.contains("4") && $0.contains("chọn một phương án") })
        #expect(text.contains("Tốt: từ 70"))
    }

    @Test func rankingTableSharesRanksAndListsUnrankedApart() {
        // setup
        let entries = [
            Ranking.Entry(unit: UnitReference(code: "a", name: "Huyện A"), index: FixedDecimal(units: 8_750, decimals: 2)),
            Ranking.Entry(unit: UnitReference(code: "b", name: "Huyện B"), index: FixedDecimal(units: 8_750, decimals: 2)),
            Ranking.Entry(unit: UnitReference(code: "c", name: "Huyện C"), index: FixedDecimal(units: 9_000, decimals: 2)),
            Ranking.Entry(unit: UnitReference(code: "d", name: "Huyện D"), index: FixedDecimal(units: 9_900, decimals: 2), ranked: false),
        ]
        // act
        let text = RankingTable.text(Ranking.rank(entries), decimals: 2, .vi)
        // check
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("   1  Huyện C") && lines[1].hasSuffix("90,00"))
        #expect(lines[2].hasPrefix("   2  Huyện A"))
        #expect(lines[3].hasPrefix("   2  Huyện B"))
        #expect(text.contains("Chấm điểm nhưng không xếp hạng:\n  Huyện D: 99,00%"))
    }

    @Test func planTextNamesTheFewestCriteria() {
        // setup: 75,22 now; the total 80 needs +4,78, which criterion 2 alone (+18,7) gives
        let set = ReportFixtures.set()
        let scorer = Scorer(set)
        let (result, _) = scorer.score(ReportFixtures.assessment(), view: .selfAssessed)
        // act
        let plan = Planner(scorer: scorer).plan(result, target: .total(Points(80)))
        let text = PlanText.text(plan, set: set, .vi)
        // check
        #expect(text.contains("Cần: 80 (thiếu 4,78)"))
        #expect(plan.selection?.map(\.code) == ["2"])
        #expect(text.contains("2 Đánh giá thử: 66,3 → 85 (+18,7)"))
        #expect(text.contains("+3,08  1.2 Tỷ lệ văn bản đúng hạn"))
    }
}
