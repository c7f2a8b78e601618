import Foundation
@testable import ParIndexApp
@testable import ParIndexData

/// The smallest real files of each accepted type, made in code so that every byte is explained:
/// a one-page PDF with its cross-reference table, a 1×1 PNG and a 1×1 baseline JPEG, and the
/// parts Word and Excel need to open a DOCX and an XLSX.
enum EvidenceSamples {
    /// `padding` spaces inside the page's content stream (spaces draw nothing): a large valid PDF.
    static func pdf(padding: Int = 0) -> Data {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>",
                       "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                       "<< /Length \(padding) >>\nstream\n\(String(repeating: " ", count: padding))\nendstream"]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        text += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    static var png: Data {
        let header: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0] // 1×1, 8-bit grey
        // zlib, one stored block holding the row: filter 0, pixel 0; then the Adler-32.
        let pixels: [UInt8] = [0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]
        return Data(EvidenceFileType.png.signature + pngChunk("IHDR", header) + pngChunk("IDAT", pixels) + pngChunk("IEND", []))
    }

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(CRC32(typed).value)
    }

    /// 1×1 grey baseline JPEG: one Huffman code per table, so the one block is DC "0" (no change)
    /// then AC "0" (end of block), bits 00 padded with ones: 0x3F.
    static var jpeg: Data {
        let quantisation: [UInt8] = [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
        let frame: [UInt8] = [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00]
        let oneCode = [UInt8](repeating: 0, count: 15)
        let dc: [UInt8] = [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + oneCode + [0x00]
        let ac: [UInt8] = [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + oneCode + [0x00]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
        return Data([0xFF, 0xD8] + quantisation + frame + dc + ac + scan + [0x3F] + [0xFF, 0xD9])
    }

    static var docx: Data { office(main: ("word/document.xml", document), mainType: "wordprocessingml.document.main", extra: []) }

    static var xlsx: Data {
        office(main: ("xl/workbook.xml", workbook), mainType: "spreadsheetml.sheet.main",
               extra: [("xl/_rels/workbook.xml.rels", relationships([("worksheet", "worksheets/sheet1.xml")])),
                       ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>\n<worksheet xmlns=\"\(main)\"><sheetData/></worksheet>")],
               overrides: [("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet")])
    }

    /// [Content_Types].xml, the package relationships, the main part and the rest.
    static func office(main: (String, String), mainType: String, extra: [(String, String)], overrides: [(String, String)] = []) -> Data {
        let types = ([("/" + main.0, mainType)] + overrides).map {
            "<Override PartName=\"\($0.0)\" ContentType=\"application/vnd.openxmlformats-officedocument.\($0.1)+xml\"/>"
        }.joined()
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\(types)</Types>")
        zip.add("_rels/.rels", relationships([("officeDocument", main.0)]))
        zip.add(main.0, main.1)
        for (name, text) in extra { zip.add(name, text) }
        return zip.build()
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let document = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>"
    static let workbook = "<?xml version=\"1.0\"?>\n<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\">"
        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"

    static func relationships(_ targets: [(String, String)]) -> String {
        "<?xml version=\"1.0\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + targets.enumerated().map { "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\(officeRelations)/\($0.element.0)\" Target=\"\($0.element.1)\"/>" }.joined()
            + "</Relationships>"
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}

extension EvidenceSamples {
    /// The parts of a sample DOCX or XLSX, for a test to add to.
    static func officeBuilder(_ type: EvidenceFileType) -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add(type == .docx ? "word/document.xml" : "xl/workbook.xml", type == .docx ? document : workbook)
        return zip
    }
}
