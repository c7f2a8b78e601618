import Foundation
import Testing
@testable import ParIndexApp
@testable import ParIndexData

/// The inspector alone, on files written to a temporary folder: no app, no database.
@Suite("Evidence inspection")
struct EvidenceInspectionTests {
    static let limit = 20 * 1024 * 1024

    /// What the inspector says of `content` uploaded as `type`: nil when it is accepted.
    static func refusal(_ content: Data, as type: EvidenceFileType, limit: Int = limit) throws -> EvidenceRefusal? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-inspect-\(UUID().uuidString)")
        try content.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try EvidenceInspector.inspect(fileAt: url, expected: type, uploadLimit: limit)
            return nil
        } catch let refusal as EvidenceRefusal {
            return refusal
        }
    }

    @Test func realFilesOfEveryTypeAreAccepted() throws {
        #expect(try Self.refusal(EvidenceSamples.pdf(), as: .pdf) == nil)
        #expect(try Self.refusal(EvidenceSamples.pdf(padding: 300_000), as: .pdf) == nil)
        #expect(try Self.refusal(EvidenceSamples.png, as: .png) == nil)
        #expect(try Self.refusal(EvidenceSamples.jpeg, as: .jpeg) == nil)
        #expect(try Self.refusal(EvidenceSamples.jpeg + Data(count: 512), as: .jpeg) == nil)
        #expect(try Self.refusal(EvidenceSamples.docx, as: .docx) == nil)
        #expect(try Self.refusal(EvidenceSamples.xlsx, as: .xlsx) == nil)
    }

    @Test func theBrowserJourneysSamplePDFIsAccepted() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../e2e/fixtures/sample.pdf")
        #expect(try Self.refusal(try Data(contentsOf: sample), as: .pdf) == nil)
    }

    @Test func officeFilesAreToldApartByTheirParts() throws {
        #expect(try Self.refusal(EvidenceSamples.docx, as: .xlsx) == .notTheNamedType(.xlsx))
        #expect(try Self.refusal(EvidenceSamples.xlsx, as: .docx) == .notTheNamedType(.docx))
        #expect(try Self.refusal(EvidenceSamples.png, as: .pdf) == .notTheNamedType(.pdf))
        #expect(EvidenceFileType.expected(forName: "BAO-CAO.PDF") == .pdf)
        #expect(EvidenceFileType.expected(forName: "script.exe") == nil)
    }

    @Test func zipArchivesAreJudgedByTheirDeclaredSizesAndParts() throws {
        #expect(try Self.refusal(HostileUpload.ratioBomb, as: .xlsx) == .archiveRatioTooHigh(.xlsx, limit: 100))
        #expect(try Self.refusal(HostileUpload.sizeBomb, as: .xlsx) == .archiveExpandsTooMuch(.xlsx, bytes: 250_000_000 + 8 + EvidenceSamples.workbook.utf8.count, limit: 10 * Self.limit))
        #expect(try Self.refusal(HostileUpload.tooManyParts, as: .docx) == .archiveTooManyParts(.docx, count: 10_002, limit: 10_000))
        #expect(try Self.refusal(HostileUpload.withoutDocument, as: .docx) == .archiveMissingPart(.docx, part: "word/document.xml"))
        #expect(try Self.refusal(EvidenceSamples.docx.dropLast(30), as: .docx) == .archiveDamaged(.docx))
        #expect(try Self.refusal(EvidenceSamples.xlsx + Data("rác".utf8), as: .xlsx) == .dataAfterEnd(.xlsx, .unknown))
    }

    @Test func zipPartsMustBeWhereTheDirectorySays() throws {
        // setup: the first local header's name changed, the directory's left alone
        var moved = EvidenceSamples.docx
        moved[30] = UInt8(ascii: "(")
        // check
        #expect(try Self.refusal(moved, as: .docx) == .archiveDamaged(.docx))
    }

    @Test func picturesMustParseToTheirEnd() throws {
        var corrupted = EvidenceSamples.png
        corrupted[corrupted.count - 20] ^= 1
        #expect(try Self.refusal(corrupted, as: .png) == .imageChecksum(.png))
        #expect(try Self.refusal(EvidenceSamples.png + Data("<html>".utf8), as: .png) == .dataAfterEnd(.png, .html))
        #expect(try Self.refusal(EvidenceSamples.png + EvidenceSamples.docx, as: .png) == .dataAfterEnd(.png, .zip))
        #expect(try Self.refusal(EvidenceSamples.png.dropLast(12), as: .png) == .imageDamaged(.png))
        #expect(try Self.refusal(Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]), as: .jpeg) == .imageDamaged(.jpeg))
        #expect(try Self.refusal(EvidenceSamples.jpeg + Data("x".utf8), as: .jpeg) == .dataAfterEnd(.jpeg, .unknown))
        #expect(try Self.refusal(EvidenceSamples.jpeg + EvidenceSamples.xlsx, as: .jpeg) == .dataAfterEnd(.jpeg, .zip))
    }

    @Test func aPNGWithoutDimensionsOrPixelsIsEmpty() throws {
        let signature = Data(EvidenceFileType.png.signature)
        let noWidth = EvidenceSamples.pngChunk("IHDR", [0, 0, 0, 0, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        let header = EvidenceSamples.pngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
        let end = EvidenceSamples.pngChunk("IEND", [])
        #expect(try Self.refusal(signature + noWidth + end, as: .png) == .imageEmpty(.png))
        #expect(try Self.refusal(signature + header + end, as: .png) == .imageEmpty(.png))
    }

    @Test func aPDFNeedsItsFrameAndNothingAfterIt() throws {
        let pdf = EvidenceSamples.pdf()
        #expect(try Self.refusal(pdf.dropLast(6), as: .pdf) == .pdfNoEnd)
        #expect(try Self.refusal(pdf + Data("\r\n  \n".utf8), as: .pdf) == nil)
        #expect(try Self.refusal(pdf + EvidenceSamples.docx, as: .pdf) == .dataAfterEnd(.pdf, .zip))
        #expect(try Self.refusal(pdf + Data("<!DOCTYPE html>".utf8), as: .pdf) == .dataAfterEnd(.pdf, .html))
        #expect(try Self.refusal(Data("%PDF-3.1\n".utf8) + pdf.dropFirst(9), as: .pdf) == .pdfHeader)
        #expect(try Self.refusal(Data("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".utf8), as: .pdf) == .pdfNoCrossReference)
    }

    @Test func aPDFThatIsAlsoAWebPageOrAZipIsRefused() throws {
        // setup: HTML where browsers sniff; a zip whose comment ends the file as a PDF would
        let sniffed = Data("%PDF-1.4\n%<script>alert(1)</script>\n".utf8) + EvidenceSamples.pdf().dropFirst(9)
        var zip = ZipBuilder()
        zip.add("a.txt", "xin chào")
        zip.comment = Array("\n%%EOF\n".utf8)
        // check
        #expect(try Self.refusal(sniffed, as: .pdf) == .hidesAnotherFile(.pdf, .html))
        #expect(try Self.refusal(EvidenceSamples.pdf() + zip.build(), as: .pdf) == .hidesAnotherFile(.pdf, .zip))
    }

    @Test func fileNamesAreCleaned() {
        #expect(EvidenceFileName.clean("bien\u{0}ban.pdf") == "bienban.pdf")
        #expect(EvidenceFileName.clean("a\u{9}b\u{1B}c\u{7F}d\u{85}e.pdf") == "abcde.pdf")
        #expect(EvidenceFileName.clean("hoa-don\u{202E}fdp.exe") == "hoa-donfdp.exe")
        #expect(EvidenceFileName.clean("\u{2066}x\u{2069}\u{200E}\u{200F}\u{061C}.png") == "x.png")
        #expect(EvidenceFileName.clean("\u{202E}.pdf") == "tai-lieu.pdf")
        #expect(EvidenceFileName.clean("\u{0}\u{1}") == "tai-lieu")
        #expect(EvidenceFileName.clean("Bie\u{0302}n ba\u{0309}n.docx") == "Biên bản.docx".precomposedStringWithCanonicalMapping)
        #expect(EvidenceFileName.clean("../../etc/passwd.pdf") == "../../etc/passwd.pdf")
    }

    @Test func longNamesAreCutOnACharacterKeepingTheExtension() {
        let ascii = EvidenceFileName.clean(String(repeating: "a", count: 296) + ".pdf")
        let vietnamese = EvidenceFileName.clean(String(repeating: "ệ", count: 150) + ".xlsx")
        #expect(ascii == String(repeating: "a", count: 251) + ".pdf")
        #expect(vietnamese == String(repeating: "ệ", count: 83) + ".xlsx")
        #expect(vietnamese.utf8.count <= 255)
    }

    @Test func messagesNameTheTypeAndTheFlaw() {
        #expect(EvidenceRefusal.dataAfterEnd(.png, .unknown).message.vi == "Tệp PNG không hợp lệ: có dữ liệu lạ sau phần kết thúc ảnh.")
        #expect(EvidenceRefusal.archiveExpandsTooMuch(.xlsx, bytes: 2 << 30, limit: 200 << 20).message.vi
                == "Tệp XLSX không hợp lệ: giải nén ra quá lớn (2.048 MB, tối đa 200 MB).")
        #expect(EvidenceRefusal.archiveExpandsTooMuch(.xlsx, bytes: 2 << 30, limit: 200 << 20).message.en
                == "The XLSX file is not valid: it expands to too much (2,048 MB, at most 200 MB).")
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32(Array("123456789".utf8)).value == 0xCBF4_3926)
    }
}
