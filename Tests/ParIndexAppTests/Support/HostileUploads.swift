import Foundation
import Testing
@testable import ParIndexApp
@testable import ParIndexData

/// Files a hostile tester got accepted before uploads were checked by their structure, each
/// with the message it must now be refused with.
struct HostileUpload: Sendable, CustomTestStringConvertible {
    var fileName: String
    var content: Data
    var message: String
    var testDescription: String

    static let all: [HostileUpload] = [
        HostileUpload(fileName: "bang-diem.xlsx", content: ratioBomb,
                      message: "Tệp XLSX không hợp lệ: một phần được nén với tỉ lệ bất thường (hơn 100 : 1).",
                      testDescription: "a zip bomb by ratio"),
        HostileUpload(fileName: "bang-diem.xlsx", content: sizeBomb,
                      message: "Tệp XLSX không hợp lệ: giải nén ra quá lớn (239 MB, tối đa 200 MB).",
                      testDescription: "parts that expand to too much together"),
        HostileUpload(fileName: "bao-cao.docx", content: tooManyParts,
                      message: "Tệp DOCX không hợp lệ: có quá nhiều phần (10.002 phần, tối đa 10.000).",
                      testDescription: "too many parts"),
        HostileUpload(fileName: "bao-cao.docx", content: withoutDocument,
                      message: "Tệp DOCX không hợp lệ: thiếu phần bắt buộc word/document.xml.",
                      testDescription: "a missing required part"),
        HostileUpload(fileName: "bao-cao.docx", content: EvidenceSamples.docx.dropLast(30),
                      message: "Tệp DOCX không hợp lệ: cấu trúc nén (zip) bị hỏng hoặc bị cắt cụt.",
                      testDescription: "a truncated zip"),
        HostileUpload(fileName: "anh.jpg", content: Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]),
                      message: "Tệp JPEG không hợp lệ: cấu trúc ảnh bị hỏng hoặc bị cắt cụt.",
                      testDescription: "14 bytes of JPEG magic"),
        HostileUpload(fileName: "anh.png", content: EvidenceSamples.png + Data("<html><script>alert(1)</script></html>".utf8),
                      message: "Tệp PNG không hợp lệ: có mã HTML sau phần kết thúc ảnh.",
                      testDescription: "a PNG with HTML appended"),
        HostileUpload(fileName: "anh.png", content: EvidenceSamples.png + EvidenceSamples.docx,
                      message: "Tệp PNG không hợp lệ: có một tệp nén zip sau phần kết thúc ảnh.",
                      testDescription: "a PNG with a zip appended"),
        HostileUpload(fileName: "bien-ban.pdf", content: EvidenceSamples.pdf() + EvidenceSamples.xlsx,
                      message: "Tệp PDF không hợp lệ: có một tệp nén zip sau dấu kết thúc %%EOF.",
                      testDescription: "a PDF with a zip appended"),
        HostileUpload(fileName: "bien-ban.pdf", content: EvidenceSamples.pdf().dropLast(6),
                      message: "Tệp PDF không hợp lệ: thiếu dấu kết thúc %%EOF ở cuối tệp (tệp có thể bị cắt cụt).",
                      testDescription: "a PDF without %%EOF"),
    ]

    /// One part claims to inflate 20 KB to 150 MB.
    static var ratioBomb: Data {
        var zip = EvidenceSamples.officeBuilder(.xlsx)
        zip.addDeflated("xl/worksheets/sheet1.xml", data: [UInt8](repeating: 7, count: 20_000), declaredSize: 150_000_000)
        return zip.build()
    }

    /// 250 parts of 1 MB at 100 : 1, none suspicious alone, 250 MB together: over ten 20 MB uploads.
    static var sizeBomb: Data {
        var zip = EvidenceSamples.officeBuilder(.xlsx)
        for index in 0..<250 { zip.addDeflated("xl/media/junk\(index).bin", data: [UInt8](repeating: 7, count: 10_000), declaredSize: 1_000_000) }
        return zip.build()
    }

    static var tooManyParts: Data {
        var zip = EvidenceSamples.officeBuilder(.docx)
        for index in 0..<10_000 { zip.add("word/media/p\(index).txt", "") }
        return zip.build()
    }

    static var withoutDocument: Data {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        return zip.build()
    }
}
