import Foundation
import Testing
import ParIndexCore
@testable import ParIndexReports

@Suite("XLSX writer")
struct XLSXWriterTests {
    // MARK: - Helpers

    private static let properties = WorkbookProperties(
        title: "Chỉ số PAR INDEX 2023", subject: "Kết quả", creator: "Sở Nội vụ",
        keywords: "PAR; cải cách hành chính", created: "2026-12-01T08:30:00Z")

    /// Every part of the package, by path, as text.
    private func parts(_ sheets: [Worksheet]) throws -> [String: String] {
        let parts = try XLSXWriter.parts(of: Workbook(properties: Self.properties, sheets: sheets))
        return Dictionary(uniqueKeysWithValues: parts.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    private func sheetXML(_ sheet: Worksheet) throws -> String {
        try #require(try parts([sheet])["xl/worksheets/sheet1.xml"])
    }

    // MARK: - Numbers and references

    @Test func writesExactDecimalsFromIntegerDigits() {
        #expect(XLSXWriter.NumberLiteral.text(units: 6_406, decimals: 2) == "64.06")
        #expect(XLSXWriter.NumberLiteral.text(units: -5, decimals: 2) == "-0.05")
        #expect(XLSXWriter.NumberLiteral.text(units: -6_406, decimals: 2) == "-64.06")
        #expect(XLSXWriter.NumberLiteral.text(units: 1_250, decimals: 2) == "12.50")
        #expect(XLSXWriter.NumberLiteral.text(units: 7, decimals: 0) == "7")
        #expect(XLSXWriter.NumberLiteral.text(units: 0, decimals: 2) == "0")
        #expect(XLSXWriter.NumberLiteral.text(units: 5, decimals: 1) == "0.5")
        #expect(XLSXWriter.NumberLiteral.text(units: 12, decimals: -3) == "12E3")
        #expect(XLSXWriter.NumberLiteral.text(units: Int.min, decimals: 0) == "-9223372036854775808")
        #expect(XLSXWriter.NumberLiteral.text(units: 1, decimals: 40) == "1E-40")
    }

    @Test func numberCellsCarryTheExactLiteral() throws {
        // setup
        let sheet = Worksheet(name: "Điểm", rows: [[
            Cell(.number(units: 6_406, decimals: 2), style: .number2), Cell(.number(units: -5, decimals: 2)),
            Cell(.points(Points(hundredths: 7_522))), Cell(.integer(3_321)), Cell(.boolean(true)),
        ]])
        // act
        let xml = try sheetXML(sheet)
        // check
        #expect(xml.contains(#"<c r="A1" s="7"><v>64.06</v></c>"#))
        #expect(xml.contains(#"<c r="B1"><v>-0.05</v></c>"#))
        #expect(xml.contains(#"<c r="C1"><v>75.22</v></c>"#))
        #expect(xml.contains(#"<c r="D1"><v>3321</v></c>"#))
        #expect(xml.contains(#"<c r="E1" t="b"><v>1</v></c>"#))
    }

    @Test func namesColumnsInBijectiveBase26() {
        let names = [1: "A", 26: "Z", 27: "AA", 28: "AB", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16_384: "XFD"]
        for (column, name) in names {
            #expect(CellReference.columnName(column) == name)
            #expect(CellReference(name + "7") == CellReference(column: column, row: 7))
        }
        #expect(CellReference(column: 28, row: 3).description == "AB3")
        #expect(CellReference(column: 3, row: 12).absolute == "$C$12")
        #expect(CellReference("$B$2") == CellReference(column: 2, row: 2))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("12") == nil)
        #expect(CellReference("A1B") == nil)
    }

    @Test func rangesAreNormalisedAndFormatted() {
        #expect(CellRange("A1:H1")?.description == "A1:H1")
        #expect(CellRange(CellReference(column: 8, row: 3), CellReference(column: 1, row: 1)).description == "A1:H3")
        #expect(CellRange(row: 1, columns: 1...8) == CellRange("A1:H1"))
        #expect(CellRange(column: 3, rows: 2...100).absolute == "$C$2:$C$100")
        #expect(CellRange("B2")?.description == "B2")
        #expect(CellRange("A1:") == nil)
        #expect(CellRange("A1:B2:C3") == nil)
    }

    // MARK: - Text

    @Test func escapesMarkupDropsForbiddenCharactersAndKeepsVietnamese() throws {
        // setup
        let sheet = Worksheet(name: "S", rows: [[
            .text("a & b < c > d \"e\" 'f'"), .text("x\u{01}y\u{0B}z\u{FFFF}"), .text("Ủy ban nhân dân xã Đông Hưng"),
            .text("  lề  "), .text("dòng 1\ndòng 2\r\n"), .text("_x0041_"),
        ]])
        // act
        let strings = try #require(try parts([sheet])["xl/sharedStrings.xml"])
        // check
        #expect(strings.contains("<si><t>a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;</t></si>"))
        #expect(strings.contains("<si><t>xyz</t></si>"))
        #expect(strings.contains("<si><t>Ủy ban nhân dân xã Đông Hưng</t></si>"))
        #expect(strings.contains(#"<si><t xml:space="preserve">  lề  </t></si>"#))
        #expect(strings.contains(#"<si><t xml:space="preserve">dòng 1"# + "\n" + "dòng 2&#13;\n</t></si>"))
        #expect(strings.contains("<si><t>_x005F_x0041_</t></si>"))
    }

    @Test func sharesRepeatedTexts() throws {
        let sheet = Worksheet(name: "S", rows: Array(repeating: [.text("Tốt"), .text("Kém")], count: 3))
        let files = try parts([sheet])
        let strings = try #require(files["xl/sharedStrings.xml"])
        #expect(strings.contains(#"count="6" uniqueCount="2""#))
        #expect(try #require(files["xl/worksheets/sheet1.xml"]).contains(#"<c r="B3" t="s"><v>1</v></c>"#))
    }

    @Test func cutsTextsToExcelsLimit() {
        let long = String(repeating: "ă", count: XLSXWriter.CellText.maximumLength + 10)
        #expect(XLSXWriter.CellText.prepared(long).utf16.count == XLSXWriter.CellText.maximumLength)
    }

    // MARK: - Cells and rows

    @Test func writesStyledEmptyCellsAndSkipsBlankOnes() throws {
        // setup
        let sheet = Worksheet(name: "S", rows: [
            [.empty(), .empty(style: .bordered), .empty()],
            [],
            [.empty(), .empty()],
            [.text("x")],
        ])
        // act
        let xml = try sheetXML(sheet)
        // check
        #expect(xml.contains(#"<row r="1"><c r="B1" s="9"/></row>"#))
        #expect(!xml.contains(#"r="A1""#) && !xml.contains(#"r="C1""#))
        #expect(!xml.contains(#"<row r="2""#) && !xml.contains(#"<row r="3""#))
        #expect(xml.contains(#"<dimension ref="A1:B4"/>"#))
    }

    @Test func writesWorksheetChildrenInSchemaOrder() throws {
        // setup: a sheet that uses every optional element
        let sheet = Worksheet(
            name: "Đủ", columns: [Column(width: 6), Column(widthTenths: 455, hidden: true)],
            rows: [[.text("Tiêu đề", style: .title)], [.text("Mã", style: .header), .text("Điểm", style: .header)]],
            frozenRows: 2, frozenColumns: 1, merges: [CellRange(row: 1, columns: 1...2)],
            listValidations: [ListValidation(range: CellRange(column: 2, rows: 3...10), values: ["Có", "Không"])],
            notes: [CellNote(cell: CellReference(column: 2, row: 2), text: "Ghi chú", author: "Thẩm định")],
            printTitleRows: 1...2, pageSetup: PageSetup(orientation: .landscape, header: "&C" + PageSetup.literal("A & B")))
        // act
        let xml = try sheetXML(sheet)
        // check
        let order = ["<sheetPr>", "<dimension ", "<sheetViews>", "<sheetFormatPr ", "<cols>", "<sheetData>",
                     "<mergeCells ", "<dataValidations ", "<pageMargins ", "<pageSetup ", "<headerFooter>", "<legacyDrawing "]
        let positions = try order.map { tag in try #require(xml.range(of: tag)?.lowerBound, "missing \(tag)") }
        #expect(positions == positions.sorted())
        #expect(xml.contains(#"<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>"#))
        #expect(xml.contains(#"<col min="2" max="2" width="45.5" customWidth="1" hidden="1"/>"#))
        #expect(xml.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(xml.contains("<oddHeader>&amp;CA &amp;&amp; B</oddHeader><oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter>"))
    }

    @Test func freezesOnlyRows() throws {
        let xml = try sheetXML(Worksheet(name: "S", rows: [[.text("a")]], frozenRows: 3))
        #expect(xml.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#))
    }

    // MARK: - Sheet names

    @Test func sanitisesAndDeduplicatesSheetNames() throws {
        #expect(Worksheet(name: "Kết quả [2023]: A/B*?\\").name == "Kết quả 2023 AB")
        #expect(Worksheet(name: "'trích'").name == "trích")
        #expect(Worksheet(name: "").name == "Sheet")
        #expect(Worksheet(name: "History").name == "History_")
        #expect(Worksheet(name: String(repeating: "Đ", count: 40)).name.count == 31)
        var renamed = Worksheet(name: "a")
        renamed.name = "x:y"
        #expect(renamed.name == "xy")

        let workbook = try #require(try parts([Worksheet(name: "Tổng hợp"), Worksheet(name: "tổng hợp")])["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="Tổng hợp" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="tổng hợp (2)" sheetId="2" r:id="rId2"/>"#))
    }

    // MARK: - Validations, notes, print titles

    @Test func keepsShortListsInlineAndPutsOthersOnAHiddenSheet() throws {
        // setup
        let long = (1...60).map { "Lựa chọn \($0)" }
        let sheet = Worksheet(name: "Nhập", listValidations: [
            ListValidation(range: CellRange(column: 3, rows: 2...100), values: ["Đạt", "Không đạt"], errorMessage: "Chọn trong danh sách"),
            ListValidation(range: CellRange(column: 4, rows: 2...100), values: ["Có, một phần", "Không"]),
            ListValidation(range: CellRange(column: 5, rows: 2...100), values: long, allowBlank: false),
            ListValidation(range: CellRange(column: 6, rows: 2...100), values: ["Có, một phần", "Không"]),
            ListValidation(range: CellRange(column: 7, rows: 2...100), values: []),
        ])
        // act
        let files = try parts([sheet])
        let xml = try #require(files["xl/worksheets/sheet1.xml"])
        let workbook = try #require(files["xl/workbook.xml"])
        let hidden = try #require(files["xl/worksheets/sheet2.xml"])
        // check
        #expect(xml.contains(#"<dataValidations count="4">"#))
        #expect(xml.contains(#"error="Chọn trong danh sách" sqref="C2:C100"><formula1>&quot;Đạt,Không đạt&quot;</formula1>"#))
        #expect(xml.contains(#"sqref="D2:D100"><formula1>&apos;_lists&apos;!$A$1:$A$2</formula1>"#))
        #expect(xml.contains(#"allowBlank="0" showErrorMessage="1" sqref="E2:E100"><formula1>&apos;_lists&apos;!$B$1:$B$60</formula1>"#))
        #expect(xml.contains(#"sqref="F2:F100"><formula1>&apos;_lists&apos;!$A$1:$A$2</formula1>"#))
        #expect(!xml.contains("G2:G100"))
        #expect(workbook.contains(#"<sheet name="_lists" sheetId="2" state="hidden" r:id="rId2"/>"#))
        #expect(hidden.contains(#"<c r="B60" t="s">"#))
        #expect(!hidden.contains("tabSelected"))
    }

    @Test func writesNotesForExcelAndOtherReaders() throws {
        // setup
        let notes = [
            CellNote(cell: CellReference(column: 3, row: 5), text: "Thiếu minh chứng & cần bổ sung", author: "Hội đồng"),
            CellNote(cell: CellReference(column: 1, row: 2), text: "Đã xác minh", author: "Sở Nội vụ"),
        ]
        // act
        let files = try parts([Worksheet(name: "A"), Worksheet(name: "B", notes: notes)])
        // check
        let comments = try #require(files["xl/comments2.xml"])
        #expect(comments.contains("<authors><author>Sở Nội vụ</author><author>Hội đồng</author></authors>"))
        #expect(comments.contains(#"<comment ref="A2" authorId="0"><text><t>Đã xác minh</t></text></comment>"#))
        #expect(comments.contains(#"<comment ref="C5" authorId="1"><text><t>Thiếu minh chứng &amp; cần bổ sung</t></text></comment>"#))
        let drawing = try #require(files["xl/drawings/vmlDrawing2.vml"])
        #expect(drawing.contains("<x:Row>4</x:Row><x:Column>2</x:Column>"))
        #expect(drawing.hasPrefix("<xml "))
        let relationships = try #require(files["xl/worksheets/_rels/sheet2.xml.rels"])
        #expect(relationships.contains(#"Target="../comments2.xml""#))
        #expect(relationships.contains(#"Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing2.vml""#))
        #expect(try #require(files["xl/worksheets/sheet2.xml"]).contains(#"<legacyDrawing r:id="rId2"/></worksheet>"#))
        #expect(files["xl/comments1.xml"] == nil && !(files["xl/worksheets/sheet1.xml"] ?? "").contains("legacyDrawing"))
        let types = try #require(files["[Content_Types].xml"])
        #expect(types.contains(#"<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>"#))
        #expect(types.contains(#"<Default Extension="vml""#))
    }

    @Test func definesPrintTitlesPerSheet() throws {
        let workbook = try #require(try parts([
            Worksheet(name: "Bìa"), Worksheet(name: "Kết quả's", printTitleRows: 3...4),
        ])["xl/workbook.xml"])
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Kết quả&apos;&apos;s&apos;!$3:$4</definedName>"#))
    }

    @Test func writesDocumentProperties() throws {
        let files = try parts([Worksheet(name: "Một"), Worksheet(name: "Hai")])
        let core = try #require(files["docProps/core.xml"])
        #expect(core.contains("<dc:title>Chỉ số PAR INDEX 2023</dc:title>"))
        #expect(core.contains("<cp:keywords>PAR; cải cách hành chính</cp:keywords>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T08:30:00Z</dcterms:created>"#))
        let app = try #require(files["docProps/app.xml"])
        #expect(app.contains("<Application>ParIndex</Application>"))
        #expect(app.contains(#"<vt:vector size="2" baseType="lpstr"><vt:lpstr>Một</vt:lpstr><vt:lpstr>Hai</vt:lpstr></vt:vector>"#))
    }

    @Test func writesOneCellFormatPerStyle() throws {
        let styles = try #require(try parts([Worksheet(name: "S")])["xl/styles.xml"])
        #expect(styles.contains(#"<cellXfs count="\#(CellStyle.allCases.count)">"#))
        #expect(styles.contains(#"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#))
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="0.0"/>"#))
    }

    // MARK: - Refusals

    @Test func refusesWhatExcelWouldRepair() {
        let merged = Worksheet(name: "M", merges: [CellRange("A1:C1"), CellRange("B1:B3")].compactMap { $0 })
        #expect(throws: XLSXWriterError.overlappingMerges(sheet: "M", first: "A1:C1", second: "B1:B3")) {
            try Workbook(properties: Self.properties, sheets: [merged]).xlsxData()
        }
        let noted = Worksheet(name: "N", notes: Array(repeating: CellNote(cell: CellReference(column: 1, row: 1), text: "a", author: "b"), count: 2))
        #expect(throws: XLSXWriterError.duplicateNote(sheet: "N", cell: "A1")) {
            try Workbook(properties: Self.properties, sheets: [noted]).xlsxData()
        }
        let outside = Worksheet(name: "O", merges: [CellRange(row: 0, columns: 1...2)])
        #expect(throws: XLSXWriterError.referenceOutOfRange(sheet: "O", reference: "A0:B0")) {
            try Workbook(properties: Self.properties, sheets: [outside]).xlsxData()
        }
        #expect(throws: XLSXWriterError.noWorksheets) {
            try Workbook(properties: Self.properties, sheets: []).xlsxData()
        }
        #expect(throws: XLSXWriterError.invalidCreatedDate("1/12/2026")) {
            try Workbook(properties: WorkbookProperties(created: "1/12/2026"), sheets: [Worksheet(name: "S")]).xlsxData()
        }
    }

    // MARK: - The file

    @Test func zipsTheSameWorkbookToTheSameBytes() throws {
        let workbook = Workbook(properties: Self.properties, sheets: [Worksheet(name: "S", rows: [[.text("Đạt")]])])
        let first = try workbook.xlsxData()
        #expect(first.prefix(2) == Data("PK".utf8))
        #expect(try workbook.xlsxData() == first)
    }

    @Test func writesAProvinceSizedSheet() throws {
        // setup: 3 321 units × 25 columns, as a whole-country ranking would be
        let rows = (1...3_321).map { unit in
            [Cell.integer(unit, style: .borderedInteger), .text("Ủy ban nhân dân xã số \(unit)", style: .bordered)]
                + (0..<23).map { column in Cell(.number(units: unit * 7 + column, decimals: 2), style: .borderedNumber2) }
        }
        let header = (1...25).map { Cell.text("Cột \($0)", style: .header) }
        let workbook = Workbook(properties: Self.properties, sheets: [
            Worksheet(name: "Xếp hạng", rows: [header] + rows, frozenRows: 1, printTitleRows: 1...1),
        ])
        // act
        let clock = ContinuousClock()
        var data = Data()
        let elapsed = try clock.measure { data = try workbook.xlsxData() }
        // check
        print("XLSX writer: 3 322 rows × 25 columns in \(elapsed), \(data.count) bytes")
        #expect(data.count > 100_000)
    }
}
