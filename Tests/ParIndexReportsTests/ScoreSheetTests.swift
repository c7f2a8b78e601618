import Testing
import ParIndexCore
@testable import ParIndexReports

@Suite("Score sheet")
struct ScoreSheetTests {
    private func sheet(_ assessment: Assessment = ReportFixtures.assessment()) -> ScoreSheet {
        let (result, problems) = Scorer(ReportFixtures.set()).score(assessment, view: .selfAssessed)
        return ScoreSheet(result: result, assessment: assessment, problems: problems)
    }

    @Test func tableShowsEveryNodeWithVietnameseNumbers() {
        // setup: 1.1 late 2; 1.2 6 × 243/500 = 2,916 → 2,92; 2 = 66,3; bonus 3 × 2 = 6 capped at 5; deduction −1
        let text = sheet().table(.vi)
        // check: 2 + 2,92 + 66,3 + 5 − 1 = 75,22
        #expect(text.contains("Tổng điểm: 75,22 / 100"))
        #expect(text.contains("Chỉ số: 75,22%"))
        #expect(text.contains("Xếp loại: Tốt"))
        #expect(text.contains("1/QĐ-UBND ngày 21/11/2023"))
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("  1.2") && $0.contains("2,92") && $0.contains("48,67") })
        #expect(rows.contains { $0.hasPrefix("4 ") && $0.contains("-5") && $0.contains("-1") })
    }

    @Test func tableInEnglishUsesDecimalPoint() {
        let text = sheet().table(.en)
        #expect(text.contains("Total: 75.22 / 100"))
        #expect(text.contains("Band: Good"))
    }

    @Test func jsonHasTheDocumentedKeysWithNumbersAsNumbers() {
        // act
        let json = sheet().json(.vi).rendered()
        // check
        #expect(json.contains("\"total\": 75.22"))
        #expect(json.contains("\"maximum\": 100"))
        #expect(json.contains("\"index\": 75.22"))
        #expect(json.contains("\"key\": \"tot\""))
        #expect(json.contains("\"mismatches\": []"))
        #expect(json.contains("\"implied\": []"))
        #expect(json.contains("\"code\": \"1.2\""))
        #expect(json.contains("\"working\": \"6 × 243 / 500 = 2,92 điểm\""))
    }

    @Test func reconciliationListsMismatchAndTransposedDigits() {
        // setup: the report swaps two digits of the total
        let reported = ReportedFigures(source: "Bài báo", total: Points(hundredths: 7_252), band: "tốt", nodes: [("2", Points(hundredths: 6_630))])
        let sheet = sheet(ReportFixtures.assessment(reported: reported))
        // act
        let text = sheet.table(.vi)
        let json = sheet.json(.en).rendered()
        // check
        #expect(!sheet.isConsistent)
        #expect(text.contains("✗ Tổng điểm: công bố 72,52, tính được 75,22, chênh lệch -2,7 (có vẻ bị đảo chữ số)"))
        #expect(json.contains("\"reported\": 72.52"))
        #expect(json.contains("\"computed\": 75.22"))
        #expect(json.contains("\"difference\": -2.7"))
        #expect(json.contains("\"digits_transposed\": true"))
    }

    @Test func invalidInputsAreListedUnderTheSheet() {
        // setup: a free score off its 0,1 step
        var assessment = ReportFixtures.assessment()
        assessment.entries["2"] = LeafEntry(selfAssessed: LeafInput(score: Points(hundredths: 6_635)))
        // act
        let text = sheet(assessment).table(.vi)
        // check
        #expect(text.contains("Số liệu không hợp lệ:"))
        #expect(text.contains("[2] Điểm 66,35 phải là bội số của 0,1"))
    }
}
