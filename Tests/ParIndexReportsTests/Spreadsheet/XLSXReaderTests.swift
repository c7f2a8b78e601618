import Foundation
import Testing
import ParIndexCore
@testable import ParIndexReports

@Suite("xlsx reader: what a workbook holds")
struct XLSXReaderTests {
    typealias Fixtures = XLSXReaderFixtures

    @Test func readsEveryKindOfCell() throws {
        // setup: the cells an uploaded score template holds, written as Excel writes them
        let strings = Fixtures.sharedStrings([
            "<t>Mã</t>",
            #"<r><rPr><b/></rPr><t>Tiêu chí </t></r><r><t xml:space="preserve">công khai</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>"#,
            "<t>Đạt &amp; đủ &lt;hồ sơ&gt; &#7871;&#x1EC7;</t>",
            "<t>dòng 1_x000D_\ndòng 2</t>",
            "<t></t>",
        ])
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2" spans="1:8"><c r="A2" t="inlineStr"><is><t>1.1</t></is></c><c r="B2" s="3" t="s"><v>2</v></c>\
            <c r="C2"><v>12.5</v></c><c r="D2" t="n"><v>1E-3</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="b"><v>0</v></c>\
            <c r="G2" t="e"><v>#DIV/0!</v></c><c r="H2" s="1"/></row>\
            <row r="3"><c r="A3"><f>C2*2</f><v>25</v></c><c r="B3"><f>SUM(C2:C9)</f></c>\
            <c r="C3" t="str"><f>A2&amp;"x"</f><v>1.1x</v></c><c r="D3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c></row>\
            <row r="14"><c r="E14"><v>7</v></c></row>
            """
        let data = try Fixtures.zip(Fixtures.workbookParts(sheets: [("Chấm điểm", Fixtures.sheet(rows, merges: ["A1:C1", "D5:E6"]))],
                                                           sharedStrings: strings))
        // act
        let workbook = try SpreadsheetReader.read(data)
        // check
        #expect(workbook.sheetNames == ["Chấm điểm"])
        let sheet = try #require(workbook.sheet(named: "Chấm điểm"))
        #expect(sheet.cell(column: 1, row: 1)?.value == .text("Mã"))
        #expect(sheet.cell("B1")?.value == .text("Tiêu chí công khai"))
        #expect(sheet.cell("A2")?.value == .text("1.1"))
        #expect(sheet.cell("B2")?.value == .text("Đạt & đủ <hồ sơ> ếệ"))
        #expect(sheet.cell("C2") == ReadCell(value: .number("12.5")))
        #expect(sheet.cell("D2")?.value == .number("1E-3"))
        #expect(sheet.cell("E2")?.value == .boolean(true))
        #expect(sheet.cell("F2")?.value == .boolean(false))
        #expect(sheet.cell("G2")?.value == .error("#DIV/0!"))
        #expect(sheet.cell("H2") == nil, "a formatted blank cell is not a cell")
        #expect(sheet.cell("A3") == ReadCell(value: .number("25"), formula: "C2*2"))
        #expect(sheet.cell("B3") == ReadCell(value: .empty, formula: "SUM(C2:C9)"))
        #expect(sheet.cell("C3") == ReadCell(value: .text("1.1x"), formula: #"A2&"x""#))
        #expect(sheet.cell("D3")?.value == .text("dòng 1\r\ndòng 2"))
        #expect(sheet.cell("E3") == nil, "an empty string is no value")
        #expect(sheet.merges == ["A1:C1", "D5:E6"])
        #expect(sheet.rowCount == 14)
        #expect(sheet.columnCount == 7)
        #expect(sheet.cells.count == 14)
    }

    @Test func infersPlacesWhenCellsAndRowsHaveNoReference() throws {
        // setup: LibreOffice and some generators leave out `r`
        let rows = #"<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="4"><c><v>7</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>"#
        // act
        let sheet = try #require(SpreadsheetReader.read(try Fixtures.oneSheet(rows)).sheets.first)
        // check
        #expect(sheet.cell("A1")?.value == .number("1"))
        #expect(sheet.cell("B1")?.value == .number("2"))
        #expect(sheet.cell("E1")?.value == .number("5"))
        #expect(sheet.cell("F1")?.value == .number("6"))
        #expect(sheet.cell("A4")?.value == .number("7"))
        #expect(sheet.cell("A5")?.value == .text("x"))
    }

    @Test func followsRelationshipsAndSkipsChartSheets() throws {
        // setup: an absolute target, a prefixed namespace, a chart sheet, sheets listed out of file order
        let types = Fixtures.relationshipTypes
        let workbook = #"<x:workbook xmlns:x="\#(Fixtures.mainNamespace)" xmlns:r="\#(types)"><x:sheets><x:sheet name="Khảo sát" sheetId="2" r:id="rId7"/><x:sheet name="Biểu đồ" sheetId="3" r:id="rId8"/><x:sheet name="Điểm" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#
        let relationships = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(types)/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId7" Type="\#(types)/worksheet" Target="./worksheets/../worksheets/Sheet2.xml"/><Relationship Id="rId8" Type="\#(types)/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId9" Type="\#(types)/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>"#
        let sheet = #"<x:worksheet xmlns:x="\#(Fixtures.mainNamespace)"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>"#
        let data = try Fixtures.zip([
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relationships),
            ("xl/worksheets/sheet1.xml", sheet), ("xl/worksheets/sheet2.xml", Fixtures.sheet("")),
        ])
        // act
        let read = try SpreadsheetReader.read(data)
        // check: tab order kept, the chart sheet left out, part names matched as OPC does (case-blind)
        #expect(read.sheetNames == ["Khảo sát", "Điểm"])
        #expect(read.sheet(named: "điểm")?.cell("A1")?.value == .number("42"))
        #expect(read.sheet(named: "Khảo sát")?.cells.isEmpty == true)
        #expect(read.sheet(named: "Biểu đồ") == nil)
    }

    @Test func readsAFileWrittenByOpenpyxl() throws {
        // setup: written by openpyxl 3.1.5 (inline strings, formulas without results, absolute targets):
        //   ws.append(["Mã", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Ghi chú"])
        //   ws.append(["1.1", "Công khai, minh bạch thông tin", 4, 3.5, "Đạt & đủ <hồ sơ>"])
        //   ws.append(["1.2", "Tiếp nhận và giải quyết phản ánh, kiến nghị", 2.25, 2, None])
        //   ws.append(["1.3", "Mức độ hài lòng", 1e-3, True, "dòng 1\ndòng 2"])
        //   ws["F2"] = "=D2/C2"; ws["F3"] = "=SUM(D2:D3)"; ws.merge_cells("A6:E6"); ws["A6"] = "Tổng cộng"
        //   and a sheet "Khảo sát" of a header and ten rows [f"Câu {i}", 40 + i, 50]
        let data = try Fixtures.file("openpyxl-template.xlsx")
        // act
        let workbook = try SpreadsheetReader.read(data)
        // check
        #expect(workbook.sheetNames == ["Chấm điểm", "Khảo sát"])
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.cell("B3")?.value == .text("Tiếp nhận và giải quyết phản ánh, kiến nghị"))
        #expect(sheet.cell("E2")?.value == .text("Đạt & đủ <hồ sơ>"))
        #expect(sheet.cell("E4")?.value == .text("dòng 1\ndòng 2"))
        #expect(sheet.cell("C3")?.value == .number("2.25"))
        #expect(sheet.cell("C4")?.value == .number("0.001"))
        #expect(sheet.cell("D4")?.value == .boolean(true))
        #expect(sheet.cell("F2") == ReadCell(value: .empty, formula: "D2/C2"))
        #expect(sheet.merges == ["A6:E6"])
        #expect(sheet.rowCount == 6)
        let survey = try #require(workbook.sheet(named: "Khảo sát"))
        #expect(survey.rowCount == 11)
        #expect(survey.cell("A11")?.value == .text("Câu 10"))
        #expect(survey.cell("B11")?.value == .number("50"))
    }

    @Test func readsAFileWrittenByLibreOffice() throws {
        // setup: the openpyxl file above, opened and saved by LibreOffice Calc 7.4 (headless
        // --convert-to xlsx): shared strings, formulas with their results, blank styled cells
        let data = try Fixtures.file("libreoffice-template.xlsx")
        // act
        let workbook = try SpreadsheetReader.read(data)
        // check
        #expect(workbook.sheetNames == ["Chấm điểm", "Khảo sát"])
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.cell("A1")?.value == .text("Mã"))
        #expect(sheet.cell("E2")?.value == .text("Đạt & đủ <hồ sơ>"))
        #expect(sheet.cell("E4")?.value == .text("dòng 1\ndòng 2"))
        #expect(sheet.cell("F2") == ReadCell(value: .number("0.875"), formula: "D2/C2"))
        #expect(sheet.cell("F3") == ReadCell(value: .number("5.5"), formula: "SUM(D2:D3)"))
        #expect(sheet.cell("B6") == nil)
        #expect(sheet.merges == ["A6:E6"])
        #expect(workbook.sheet(named: "Khảo sát")?.cell("B2")?.value == .number("41"))
    }

    @Test func readsAStoredArchiveAndUTF16Parts() throws {
        // setup: entries stored without compression, and a sheet saved as UTF-16 with a BOM
        var parts = Fixtures.workbookParts(sheets: [("Sheet1", "")]).map { ($0.0, Data($0.1.utf8)) }
        let sheet = Fixtures.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Hòa Bình</t></is></c></row>"#)
        parts[3] = ("xl/worksheets/sheet1.xml", try #require(sheet.data(using: .utf16)))
        // act
        let workbook = try SpreadsheetReader.read(try Fixtures.zip(parts, method: .none))
        // check
        #expect(workbook.sheets.first?.cell("A1")?.value == .text("Xã Hòa Bình"))
    }

    @Test func parsesAndWritesCellReferences() {
        #expect(CellAddress(reference: "AB12") == CellAddress(column: 28, row: 12))
        #expect(CellAddress(reference: "e14")?.reference == "E14")
        #expect(CellAddress(reference: "XFD1048576") == CellAddress(column: 16_384, row: 1_048_576))
        for invalid in ["", "A", "12", "1A", "A0", "XFE1", "A1048577", "$A$1", "A1B", "A99999999999999999999"] {
            #expect(CellAddress(reference: invalid) == nil, "\(invalid)")
        }
        #expect(CellAddress.columnName(26) == "Z")
        #expect(CellAddress.columnName(27) == "AA")
        #expect(CellAddress(column: 2, row: 1) < CellAddress(column: 1, row: 2))
    }

    @Test func decodesExcelEscapesOnlyWhenWellFormed() {
        #expect(ExcelText.string(Array("a_x000D_b".utf8)) == "a\rb")
        #expect(ExcelText.string(Array("_x005F_x0041_".utf8)) == "_x0041_")
        #expect(ExcelText.string(Array("_xD83D__xDE00_".utf8)) == "😀")
        #expect(ExcelText.string(Array("_xD83D_ _x12G4_ _x12".utf8)) == "_xD83D_ _x12G4_ _x12")
    }

    @Test func speaksBothLanguages() {
        #expect(SpreadsheetError.notAZip.message.vi == "Tệp không phải là tệp Excel (.xlsx).")
        #expect(SpreadsheetError.bomb.message.text(.vi) == "Tệp giải nén quá lớn — có thể là tệp nén độc hại (zip bomb).")
        #expect(SpreadsheetError.unsupported(UnsupportedFeature.encryptedOrLegacyWorkbook.rawValue).message.en.contains("password-protected"))
        #expect(SpreadsheetError.malformedXML(part: "xl/workbook.xml").message.vi.contains("xl/workbook.xml"))
        for feature in UnsupportedFeature.allCases {
            let message = SpreadsheetError.unsupported(feature.rawValue).message
            #expect(!message.vi.isEmpty && message.vi != message.en)
        }
    }

    @Test func readsALargeTemplateQuickly() throws {
        // setup: 3 321 rows × 25 columns, the size of the largest unit list (strings, numbers, formulas)
        var rows = ""
        for row in 1...3_321 {
            rows += #"<row r="\#(row)">"#
            for column in 1...25 {
                let reference = CellAddress(column: column, row: row).reference
                switch column {
                case 1: rows += #"<c r="\#(reference)" t="s"><v>\#(row % 100)</v></c>"#
                case 25: rows += #"<c r="\#(reference)"><f>SUM(B\#(row):X\#(row))</f><v>\#(row)</v></c>"#
                default: rows += #"<c r="\#(reference)" s="2"><v>\#(column).25</v></c>"#
                }
            }
            rows += "</row>"
        }
        let data = try Fixtures.oneSheet(rows, sharedStrings: (0..<100).map { "<t>Đơn vị \($0)</t>" })
        // act
        let clock = ContinuousClock()
        var workbook: ReadWorkbook?
        let elapsed = try clock.measure { workbook = try SpreadsheetReader.read(data) }
        // check: well under a second in release; the bound here only catches a runaway in debug
        let sheet = try #require(workbook?.sheets.first)
        #expect(sheet.cells.count == 3_321 * 25)
        #expect(sheet.cell("A3321")?.value == .text("Đơn vị 21"))
        #expect(sheet.cell("Y3321") == ReadCell(value: .number("3321"), formula: "SUM(B3321:X3321)"))
        #expect(elapsed < .seconds(20))
    }
}
