import Foundation
import ParIndexCore
import Testing
@testable import ParIndexReports

/// The official score sheet and the results annex: figures derived from the scorings, the same
/// cells in CSV and in the workbook, text that cannot become a formula.
@Suite("Documents out")
struct DocumentsOutTests {
    static func sheet(appraised: Bool, notes: [String: OfficialSheet.LeafNotes] = [:]) -> OfficialSheet {
        var assessment = ReportFixtures.assessment()
        if appraised { assessment.entries["2"]?.appraised = LeafInput(score: Points(60)) }
        let scorer = Scorer(ReportFixtures.set())
        let header = OfficialSheet.Header(unitName: "UBND huyện Thử", periodTitle: "Năm 2023", year: 2023, place: "Lạng Sơn",
                                          date: CalendarDate(year: 2023, month: 12, day: 5) ?? CalendarDate(year: 2000, month: 1, day: 1)!)
        return OfficialSheet(header: header, own: scorer.score(assessment, view: .selfAssessed).result,
                             current: scorer.score(assessment, view: .final).result, appraised: appraised, notes: notes, language: .vi)
    }

    @Test func theSheetHasALinePerNodeWithTheScoringsFiguresAndTheAppraisedColumnOnlyOnceAppraised() {
        // act
        let before = Self.sheet(appraised: false)
        let after = Self.sheet(appraised: true, notes: ["2": .init(evidence: ["12/KH-UBND, 10/01/2023"], explanation: "Đủ hồ sơ", appraiserNote: "Thiếu 1 báo cáo")])
        // check
        #expect(before.lines.map(\.code) == ["1", "1.1", "1.2", "2", "3", "4"])
        #expect(before.lines.allSatisfy { $0.appraisedPoints == nil })
        #expect(before.title(.vi) == "BẢNG ĐIỂM TỰ ĐÁNH GIÁ")
        let field = after.lines.first { $0.code == "2" }
        #expect(field?.selfPoints == Points(hundredths: 6_630) && field?.appraisedPoints == Points(60))
        #expect(field?.evidence == ["12/KH-UBND, 10/01/2023"] && field?.note == "Đủ hồ sơ\nThẩm định: Thiếu 1 báo cáo")
        #expect(after.appraisedTotal == after.result.appraisedPoints && after.selfTotal == before.selfTotal)
        #expect(after.basis(.vi).contains("Quyết định số 1/QĐ-UBND ngày 21/11/2023"))
        #expect(after.dateLine(.vi) == "Lạng Sơn, ngày 05 tháng 12 năm 2023")
    }

    @Test func theSheetWorkbookRepeatsItsHeadingAndEndsWithTheSignatures() throws {
        // act
        let workbook = Self.sheet(appraised: true).workbook(.vi, created: "2023-12-05T01:00:00Z")
        // check
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.printTitleRows == 5...5 && sheet.frozenRows == 5)
        #expect(sheet.rows[4].first?.value == .text("STT"))
        #expect(sheet.rows.last?.first?.value == .text("(Ký, ghi rõ họ tên)"))
        let total = try #require(sheet.rows.first { $0.count > 1 && $0[1].value == .text("Tổng điểm") })
        #expect(total[3].value == .points(Self.sheet(appraised: true).selfTotal))
        #expect(workbook.properties.keywords.contains("1/QĐ-UBND"))
        #expect(try workbook.xlsxData().count > 1_000)
    }

    static func annex(name: String = "UBND huyện Thử") -> ResultsAnnex {
        let scorer = Scorer(ReportFixtures.set())
        let assessment = ReportFixtures.assessment(unitName: name)
        let result = UnitResult(unit: assessment.unit, own: scorer.score(assessment, view: .selfAssessed).result,
                                current: scorer.score(assessment, view: .final).result, appraisalStarted: false)
        let row = ResultsAnnex.Row(rank: 1, unitCode: "thu", unitName: name, state: "Đã phê duyệt", ranked: true, result: result,
                                   indexChange: FixedDecimal(units: -40, decimals: 2))
        return ResultsAnnex(periodTitle: "Năm 2023", tree: ScoringTree(ReportFixtures.set()), rows: [row], language: .vi)
    }

    @Test func theCSVAndTheWorkbookHoldTheSameCells() throws {
        // setup
        let annex = Self.annex(name: "UBND \"Thử\", huyện")
        // act
        let lines = annex.csv().components(separatedBy: "\r\n")
        let sheet = try #require(annex.workbook(setTitle: "Bộ thử", setKey: "thu", created: "2023-12-05T01:00:00Z").sheets.first)
        // check: BOM, headings, quoting, exact decimals; the workbook's row has the same values
        #expect(lines[0].hasPrefix("\u{FEFF}Hạng,Mã đơn vị,Đơn vị"))
        #expect(lines[1].hasPrefix("1,thu,\"UBND \"\"Thử\"\", huyện\",Đã phê duyệt,Có,"))
        #expect(lines[1].contains(",-0.4,"))
        #expect(sheet.rows[1].count == annex.headings.count && sheet.rows[2].count == annex.headings.count)
        for (cell, value) in zip(sheet.rows[2], annex.values(of: annex.rows[0])) {
            switch value {
            case .empty: #expect(cell.value == .empty)
            case let .text(text): #expect(cell.value == .text(text))
            case let .integer(number): #expect(cell.value == .integer(number))
            case let .number(number): #expect(cell.value == .decimal(number))
            }
        }
    }

    @Test func textThatExcelWouldReadAsAFormulaStaysText() {
        #expect(CSVText.inert("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVText.inert("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.inert("UBND huyện") == "UBND huyện")
        #expect(Self.annex(name: "=1+1").csv().contains(",'=1+1,"))
    }
}
