import Foundation

extension XMLScanner {
    /// The part as UTF-8 bytes, refused when it declares a document type or an entity: those are
    /// how "billion laughs" expansions and external entities (XXE) get in, and no spreadsheet
    /// writer produces them. The search is done on the whole part before any parsing.
    static func prepared(_ raw: [UInt8], part: String) throws(SpreadsheetError) -> [UInt8] {
        let bytes = try utf8(raw, part: part)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: "!") else { continue }
            if startsCaseInsensitive(bytes, at: index + 1, with: "DOCTYPE") || startsCaseInsensitive(bytes, at: index + 1, with: "ENTITY") {
                throw .unsupported(.documentTypeDeclaration)
            }
        }
        return bytes
    }

    /// Parts are UTF-8, which is passed through (a byte-order mark dropped); OPC also allows
    /// UTF-16, which is converted.
    private static func utf8(_ raw: [UInt8], part: String) throws(SpreadsheetError) -> [UInt8] {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(raw.dropFirst(3)) }
        let encoding: String.Encoding
        switch (raw.first, raw.dropFirst().first) {
        case (0xFE, 0xFF), (0xFF, 0xFE): encoding = .utf16
        case (0x00, UInt8(ascii: "<")): encoding = .utf16BigEndian
        case (UInt8(ascii: "<"), 0x00): encoding = .utf16LittleEndian
        default: return raw
        }
        guard let text = String(data: Data(raw), encoding: encoding) else { throw .malformedXML(part: part) }
        return Array(text.utf8)
    }

    private static func startsCaseInsensitive(_ bytes: [UInt8], at offset: Int, with word: StaticString) -> Bool {
        word.withUTF8Buffer { expected in
            offset <= bytes.count - expected.count
                && zip(bytes[offset..<(offset + expected.count)], expected).allSatisfy { $0 & 0xDF == $1 }
        }
    }
}
