import Foundation
import Testing
@testable import ParIndexReports

/// Uploads are untrusted: each of these files must end in the right error, quickly, and none
/// may stop the process.
@Suite("xlsx reader: hostile and broken files")
struct XLSXReaderHostileTests {
    typealias Fixtures = XLSXReaderFixtures

    static let validRows = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>4</v></c></row>"#

    func valid() throws -> Data {
        try Fixtures.oneSheet(Self.validRows, sharedStrings: ["<t>Mã</t>"])
    }

    func error(_ data: Data, limits: SpreadsheetReader.Limits = .init()) -> SpreadsheetError? {
        do {
            _ = try SpreadsheetReader.read(data, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesWhatIsNotAZip() {
        var random = XLSXReaderRandom(state: 7)
        let noise = Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(error(noise) == .notAZip)
        #expect(error(Data()) == .notAZip)
        #expect(error(Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)) == .notAZip)
        #expect(error(Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100))) == .notAZip)
        #expect(error(Data([0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))) == .notAZip)
    }

    @Test func namesPasswordProtectedAndOldExcelFiles() {
        // setup: an OLE compound file, what both an encrypted .xlsx and an Excel 97 .xls are
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        // act
        let refusal = error(ole)
        // check
        #expect(refusal == .unsupported(UnsupportedFeature.encryptedOrLegacyWorkbook.rawValue))
        #expect(refusal?.message.vi.contains("mật khẩu") == true)
    }

    @Test func refusesAFileOverTheSizeLimit() throws {
        #expect(error(try valid(), limits: .init(maxFileBytes: 100)) == .tooLarge)
    }

    @Test func refusesArchivesThatHoldNoWorkbook() throws {
        let parts = Fixtures.workbookParts(sheets: [("Sheet1", Fixtures.sheet(Self.validRows))])
        #expect(error(try Fixtures.zip([("hello.txt", "xin chào")])) == .notAWorkbook)
        #expect(error(try Fixtures.zip(parts.filter { $0.0 != "xl/workbook.xml" })) == .notAWorkbook)
        #expect(error(try Fixtures.zip(parts.filter { $0.0 != "xl/_rels/workbook.xml.rels" })) == .notAWorkbook)
        #expect(error(try Fixtures.zip(Fixtures.workbookParts(sheets: []))) == .notAWorkbook)
        #expect(error(try Fixtures.zip(parts.filter { $0.0 != "xl/worksheets/sheet1.xml" })) == .damaged(part: "xl/worksheets/sheet1.xml"))
        let ods = try Fixtures.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")])
        #expect(error(ods) == .unsupported(UnsupportedFeature.openDocument.rawValue))
    }

    @Test(.timeLimit(.minutes(1)))
    func stopsAZipBombWhileInflating() throws {
        // setup: 60 MB of zeros deflated to about 60 KB, in the part read first
        let bomb = try Fixtures.zeros(named: "xl/workbook.xml", size: 60 * 1024 * 1024, besides: [])
        // act, check
        #expect(bomb.count < 200 * 1024)
        #expect(error(bomb) == .bomb)
    }

    @Test(.timeLimit(.minutes(1)))
    func stopsAZipBombWhoseDeclaredSizesLie() throws {
        // setup: the same bomb, its directory and local header claiming 1 000 inflated bytes
        var layout = XLSXReaderZipLayout(try Fixtures.zeros(named: "xl/workbook.xml", size: 60 * 1024 * 1024, besides: []))
        let record = try #require(layout.directoryRecord(of: "xl/workbook.xml"))
        let header = try #require(layout.localHeader(of: "xl/workbook.xml"))
        layout.write(1_000, at: record + 24, count: 4)
        layout.write(1_000, at: header + 22, count: 4)
        // act, check
        #expect(error(layout.data) == .bomb)
    }

    @Test func boundsEachPartTheWholeFileAndTheRatio() throws {
        // setup: parts of spaces inside valid XML, so only the limits can refuse them
        func padded(_ size: Int) -> String { Fixtures.sheet(Self.validRows).replacingOccurrences(of: "<sheetData>", with: String(repeating: " ", count: size) + "<sheetData>") }
        let one = try Fixtures.zip(Fixtures.workbookParts(sheets: [("A", padded(700_000))], sharedStrings: Fixtures.sharedStrings(["<t>x</t>"])))
        let two = try Fixtures.zip(Fixtures.workbookParts(sheets: [("A", padded(700_000)), ("B", padded(700_000))],
                                                          sharedStrings: Fixtures.sharedStrings(["<t>x</t>"])))
        let noRatio = Int.max
        // act, check
        #expect(error(one, limits: .init(maxPartBytes: 800_000, maxCompressionRatio: noRatio)) == nil)
        #expect(error(one, limits: .init(maxPartBytes: 600_000, maxCompressionRatio: noRatio)) == .bomb)
        #expect(error(two, limits: .init(maxUncompressedBytes: 1_000_000, maxPartBytes: 800_000, maxCompressionRatio: noRatio)) == .bomb)
        #expect(error(one) == .bomb, "700 KB of spaces deflate far past 200:1")
    }

    @Test(.timeLimit(.minutes(1)))
    func endsADeflateStreamThatNeverEnds() throws {
        // setup: the sheet's data becomes a stored deflate block announcing 65 535 bytes that the
        // entry does not hold (ZIPFoundation's own extract loops forever on this on Linux)
        var layout = XLSXReaderZipLayout(try valid())
        let start = try #require(layout.dataStart(of: "xl/worksheets/sheet1.xml"))
        layout.bytes.replaceSubrange(start..<(start + 5), with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
        // act, check
        #expect(error(layout.data) == .damaged(part: "xl/worksheets/sheet1.xml"))
    }

    @Test func refusesDirectoriesThatPointOutsideTheFile() throws {
        // ZIPFoundation's Archive(data:) stops the process on the first of these
        let original = XLSXReaderZipLayout(try valid())
        let end = try #require(original.endRecord)
        var pastTheEnd = original
        pastTheEnd.write(UInt32(original.bytes.count + 1_000), at: end + 16, count: 4)
        #expect(error(pastTheEnd.data) == .notAZip)

        var tooManyEntries = original
        tooManyEntries.write(60_000, at: end + 8, count: 2)
        tooManyEntries.write(60_000, at: end + 10, count: 2)
        #expect(error(tooManyEntries.data) == .notAZip)

        var localHeaderPastTheEnd = original
        let record = try #require(original.directoryRecord(of: "xl/workbook.xml"))
        localHeaderPastTheEnd.write(0xFFFF_FFF0, at: record + 42, count: 4)
        #expect(error(localHeaderPastTheEnd.data) == .damaged(part: "xl/workbook.xml"))
        localHeaderPastTheEnd.write(UInt32(original.bytes.count - 10), at: record + 42, count: 4)
        #expect(error(localHeaderPastTheEnd.data) == .damaged(part: "xl/workbook.xml"))
        localHeaderPastTheEnd.write(0xFFFF_FFFF, at: record + 42, count: 4)
        #expect(error(localHeaderPastTheEnd.data) == .notAZip, "a saturated offset asks for a zip64 field that is not there")

        var compressedSizePastTheEnd = original
        compressedSizePastTheEnd.write(0x7FFF_FFFF, at: record + 20, count: 4)
        #expect(error(compressedSizePastTheEnd.data) == .damaged(part: "xl/workbook.xml"))
    }

    @Test func refusesEncryptionOddMethodsDuplicatesAndBadChecksums() throws {
        let original = XLSXReaderZipLayout(try valid())
        let record = try #require(original.directoryRecord(of: "xl/workbook.xml"))

        var encrypted = original
        encrypted.bytes[record + 8] |= 0x01
        #expect(error(encrypted.data) == .unsupported(UnsupportedFeature.encryptedEntry.rawValue))

        var bzip2 = original
        bzip2.write(12, at: record + 10, count: 2)
        #expect(error(bzip2.data) == .unsupported(UnsupportedFeature.compressionMethod.rawValue))

        var stored = XLSXReaderZipLayout(try Fixtures.zip(Fixtures.workbookParts(sheets: [("S", Fixtures.sheet(Self.validRows))]), method: .none))
        let start = try #require(stored.dataStart(of: "xl/worksheets/sheet1.xml"))
        stored.bytes[start + 60] ^= 0x20
        #expect(error(stored.data) == .damaged(part: "xl/worksheets/sheet1.xml"))

        let twice = try Fixtures.zip(Fixtures.workbookParts(sheets: [("S", Fixtures.sheet(Self.validRows))]) + [("XL/Workbook.xml", "<workbook/>")])
        #expect(error(twice) == .damaged(part: "XL/Workbook.xml"))
    }

    @Test func refusesDocumentTypesBeforeParsing() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><workbook xmlns="\#(Fixtures.mainNamespace)">&lol2;</workbook>"#
        let external = Fixtures.sheet(Self.validRows).replacingOccurrences(of: "<worksheet", with: #"<!doctype x [<!entity xxe SYSTEM "file:///etc/passwd">]><worksheet"#)
        var parts = Fixtures.workbookParts(sheets: [("S", Fixtures.sheet(Self.validRows))])
        let refusal = SpreadsheetError.unsupported(UnsupportedFeature.documentTypeDeclaration.rawValue)
        parts[1].1 = laughs
        #expect(error(try Fixtures.zip(parts)) == refusal)
        parts = Fixtures.workbookParts(sheets: [("S", external)])
        #expect(error(try Fixtures.zip(parts)) == refusal)
    }

    @Test func refusesEveryTruncationOfAValidFile() throws {
        let data = try valid()
        for length in 0..<data.count {
            #expect(error(data.prefix(length)) != nil, "cut at \(length)")
        }
        #expect(error(data) == nil)
    }

    @Test func refusesSharedStringIndexesOutOfRange() throws {
        for index in ["1", "-1", "1.5", "abc", "99999999999999999999"] {
            let rows = #"<row r="1"><c r="A1" t="s"><v>\#(index)</v></c></row>"#
            #expect(error(try Fixtures.oneSheet(rows, sharedStrings: ["<t>x</t>"])) == .malformedXML(part: "xl/worksheets/sheet1.xml"), "\(index)")
        }
        #expect(error(try Fixtures.oneSheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)) == .malformedXML(part: "xl/worksheets/sheet1.xml"))
    }

    @Test func refusesMalformedSheets() throws {
        let broken = [
            #"<row r="1"><c r="A1"><v>1</c></v></row>"#,
            #"<row r="1"><c r="A1"><v>1</v></c>"#,
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>&foo;</t></is></c></row>"#,
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>"#,
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>&#xD800;</t></is></c></row>"#,
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>&amp</t></is></c></row>"#,
            #"<row r=1><c r="A1"><v>1</v></c></row>"#,
            #"<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x</t></is></c></row>"#,
            #"<row r="1"><c r="A0"><v>1</v></c></row>"#,
            #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#,
            #"<row r="0"><c><v>1</v></c></row>"#,
            #"<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>"#,
            #"<row r="1"><c r="A1" t="z"><v>1</v></c></row>"#,
            #"<row r="1"><c r="A1" t="b"><v>2</v></c></row>"#,
            String(repeating: "<x>", count: 300) + String(repeating: "</x>", count: 300),
        ]
        for rows in broken {
            #expect(error(try Fixtures.oneSheet(rows)) == .malformedXML(part: "xl/worksheets/sheet1.xml"), "\(rows.prefix(80))")
        }
        let badMerge = Fixtures.sheet(Self.validRows, merges: ["A1:"])
        #expect(error(try Fixtures.zip(Fixtures.workbookParts(sheets: [("S", badMerge)], sharedStrings: Fixtures.sharedStrings(["<t>x</t>"])))) == .malformedXML(part: "xl/worksheets/sheet1.xml"))
        let twoRoots = Fixtures.sheet("") + "<worksheet/>"
        #expect(error(try Fixtures.zip(Fixtures.workbookParts(sheets: [("S", twoRoots)]))) == .malformedXML(part: "xl/worksheets/sheet1.xml"))
        #expect(error(try Fixtures.zip(Fixtures.workbookParts(sheets: [("S", "")]))) == .malformedXML(part: "xl/worksheets/sheet1.xml"))
    }

    @Test func countsCellsAndRowsAgainstTheLimits() throws {
        let eleven = (1...11).map { #"<row r="\#($0)"><c r="A\#($0)"><v>1</v></c></row>"# }.joined()
        let data = try Fixtures.oneSheet(eleven)
        #expect(error(data, limits: .init(maxCells: 11)) == nil)
        #expect(error(data, limits: .init(maxCells: 10)) == .tooManyCells)
        #expect(error(data, limits: .init(maxRows: 10)) == .tooManyCells)
        let blankFarRow = try Fixtures.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576" s="1"><c r="A1048576" s="1"/></row>"#)
        #expect(error(blankFarRow) == nil, "formatting far down is not data")
    }

    @Test func neverCrashesOnMutatedFiles() throws {
        // setup: a real LibreOffice file with random bytes changed, cut or repeated
        let original = [UInt8](try Fixtures.file("libreoffice-template.xlsx"))
        var random = XLSXReaderRandom(state: 2_026)
        var outcomes: [String: Int] = [:]
        for _ in 0..<600 {
            var bytes = original
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 1:
                bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &random)..<bytes.count)
            default:
                let start = Int.random(in: 0..<bytes.count, using: &random)
                bytes.insert(contentsOf: bytes[start..<min(start + 64, bytes.count)], at: Int.random(in: 0..<bytes.count, using: &random))
            }
            // act
            let outcome = error(Data(bytes)).map { "\($0)".prefix(while: { $0 != "(" }) } ?? "read"
            outcomes[String(outcome), default: 0] += 1
        }
        // check: reaching here is the test; every outcome is a workbook or an error
        #expect(outcomes.values.reduce(0, +) == 600)
    }
}
