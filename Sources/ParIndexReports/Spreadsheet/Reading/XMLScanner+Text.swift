extension XMLScanner {
    /// Whether `name` is `local` with or without a namespace prefix (`c`, `x:c`): writers differ
    /// in prefixes, and the local names alone tell spreadsheet parts apart.
    func isNamed(_ name: Range<Int>, _ local: StaticString) -> Bool {
        local.withUTF8Buffer { expected in
            guard name.count >= expected.count else { return false }
            let start = name.upperBound - expected.count
            guard start == name.lowerBound || bytes[start - 1] == UInt8(ascii: ":") else { return false }
            return bytes[start..<name.upperBound].elementsEqual(expected)
        }
    }

    /// The raw value of the current element's attribute whose local name is `local`.
    func attribute(_ local: StaticString) -> Range<Int>? {
        attributes.first { isNamed($0.name, local) }?.value
    }

    /// The decoded value of the current element's attribute whose local name is `local`.
    func attributeText(_ local: StaticString) throws(SpreadsheetError) -> String? {
        guard let range = attribute(local) else { return nil }
        var decoded: [UInt8] = []
        try appendDecoded(range, to: &decoded)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Appends the text of a `.text` or `.cdata` event, decoded, to `buffer`.
    func append(_ event: Event, to buffer: inout [UInt8]) throws(SpreadsheetError) {
        switch event {
        case let .text(range): try appendDecoded(range, to: &buffer)
        case let .cdata(range): try appendDecoded(range, to: &buffer, entities: false)
        case .start, .end: break
        }
    }

    /// Decodes the five predefined entities and character references, and turns CR LF and lone
    /// CR into LF (XML 1.0, 2.11). No other entity exists: a document type is never accepted.
    func appendDecoded(_ range: Range<Int>, to output: inout [UInt8], entities: Bool = true) throws(SpreadsheetError) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            switch bytes[index] {
            case UInt8(ascii: "&") where entities:
                output.append(contentsOf: bytes[runStart..<index])
                let nameStart = index + 1
                guard let end = bytes[nameStart..<min(range.upperBound, nameStart + 32)].firstIndex(of: UInt8(ascii: ";")),
                      let scalar = Self.entity(bytes[nameStart..<end]) else { throw malformed }
                UTF8.encode(scalar) { output.append($0) }
                index = end + 1
                runStart = index
            case UInt8(ascii: "\r"):
                output.append(contentsOf: bytes[runStart..<index])
                output.append(UInt8(ascii: "\n"))
                index += 1
                if index < range.upperBound, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                runStart = index
            default:
                index += 1
            }
        }
        output.append(contentsOf: bytes[runStart..<range.upperBound])
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.first == UInt8(ascii: "#") else { return nil }
        var digits = name.dropFirst()
        let radix: UInt32 = digits.first == UInt8(ascii: "x") ? 16 : 10
        if radix == 16 { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            guard let digit = Self.digit(byte, radix: radix) else { return nil }
            value = value * radix + digit
            guard value <= 0x10FFFF else { return nil }
        }
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
