import Foundation
import ZIPFoundation

/// Workbooks for the reader's tests, written part by part with ZIPFoundation (never with the
/// project's own xlsx writer, so a bug shared by both cannot hide), and the byte surgery that
/// turns them into hostile files.
enum XLSXReaderFixtures {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A ZIP archive of the given parts, deflated unless `method` says otherwise.
    static func zip(_ parts: [(String, String)], method: CompressionMethod = .deflate) throws -> Data {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) }, method: method)
    }

    static func zip(_ parts: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data ?? Data()
    }

    /// An archive with one part of `size` zero bytes, deflated from a provider that hands out
    /// zeros chunk by chunk: 60 MB compresses to about 60 KB without 60 MB ever being held.
    static func zeros(named path: String, size: Int64, besides parts: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        try archive.addEntry(with: path, type: .file, uncompressedSize: size, compressionMethod: .deflate,
                             bufferSize: 1 << 20) { _, chunk in Data(count: chunk) }
        return archive.data ?? Data()
    }

    /// The parts of a workbook: sheets by name and XML (targets relative, as Excel writes them).
    static func workbookParts(sheets: [(name: String, xml: String)], sharedStrings: String? = nil) -> [(String, String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", relationships(sheets.count, sharedStrings: sharedStrings != nil)),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
        }
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", sharedStrings)) }
        return parts
    }

    static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipTypes)"><sheets>\#(sheets)</sheets></workbook>"#
    }

    static func relationships(_ sheetCount: Int, sharedStrings: Bool) -> String {
        var items = (0..<sheetCount).map { $0 + 1 }.map { index in
            #"<Relationship Id="rId\#(index)" Type="\#(relationshipTypes)/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        if sharedStrings {
            items.append(#"<Relationship Id="rIdS" Type="\#(relationshipTypes)/sharedStrings" Target="sharedStrings.xml"/>"#)
        }
        return #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(items.joined())</Relationships>"#
    }

    /// A worksheet whose `<sheetData>` is `rows` (already XML), with optional merged ranges.
    static func sheet(_ rows: String, merges: [String] = []) -> String {
        let mergeCells = merges.isEmpty ? "" : #"<mergeCells count="\#(merges.count)">"# + merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\#(mainNamespace)"><dimension ref="A1"/><sheetData>\#(rows)</sheetData>\#(mergeCells)</worksheet>"#
    }

    static func sharedStrings(_ items: [String]) -> String {
        #"<sst xmlns="\#(mainNamespace)" count="\#(items.count)" uniqueCount="\#(items.count)">"# + items.map { "<si>\($0)</si>" }.joined() + "</sst>"
    }

    /// A one-sheet workbook with the given rows.
    static func oneSheet(_ rows: String, sharedStrings: [String]? = nil) throws -> Data {
        try zip(workbookParts(sheets: [("Sheet1", sheet(rows))], sharedStrings: sharedStrings.map { self.sharedStrings($0) }))
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A committed file from Fixtures/, found beside this source file.
    static func file(_ name: String, filePath: String = #filePath) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"))
    }
}

/// Offsets of a small archive's records, for patching the fields hostile files lie in.
struct XLSXReaderZipLayout {
    var bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    var data: Data { Data(bytes) }

    /// The end-of-central-directory record: the last "PK\5\6".
    var endRecord: Int? {
        (0...(bytes.count - 22)).reversed().first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }
    }

    var directoryOffset: Int? { endRecord.map { read(at: $0 + 16, count: 4) } }

    /// The central directory record of the entry `name`.
    func directoryRecord(of name: String) -> Int? {
        guard var offset = directoryOffset else { return nil }
        while offset + 46 <= bytes.count, bytes[offset..<(offset + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
            let nameLength = read(at: offset + 28, count: 2)
            if String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self) == name { return offset }
            offset += 46 + nameLength + read(at: offset + 30, count: 2) + read(at: offset + 32, count: 2)
        }
        return nil
    }

    func localHeader(of name: String) -> Int? {
        directoryRecord(of: name).map { read(at: $0 + 42, count: 4) }
    }

    /// Where the entry's compressed data starts.
    func dataStart(of name: String) -> Int? {
        localHeader(of: name).map { $0 + 30 + read(at: $0 + 26, count: 2) + read(at: $0 + 28, count: 2) }
    }

    func read(at offset: Int, count: Int) -> Int {
        (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    mutating func write(_ value: UInt32, at offset: Int, count: Int) {
        for index in 0..<count { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}

/// A seeded generator, so the random inputs of a failing run can be replayed.
struct XLSXReaderRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
