import Foundation

extension StoredInput {
    /// Nothing set: what the reader fills in.
    fileprivate init() {}

    /// Reads the JSON that `json` writes, a flat object of strings, integers and booleans,
    /// without `JSONDecoder`: a period's results decode hundreds of thousands of these, and the
    /// decoder's set-up and its `Decodable` machinery cost more than the scoring itself.
    /// Anything else (an escape, an unknown key, a nested value) gives nil, and `decode` then
    /// asks `JSONDecoder`, so the fast path can only be faster, never different.
    static func parseFlat(_ text: String) -> StoredInput? {
        var text = text
        return text.withUTF8 { parseFlat(bytes: $0) }
    }

    /// `parseFlat` on bytes in place (a period's results read every input out of one long text).
    static func parseFlat(bytes: UnsafeBufferPointer<UInt8>) -> StoredInput? {
        var reader = FlatJSONReader(bytes: bytes)
        return reader.storedInput()
    }

    /// The input stored as `bytes`, through the decoder when the fast path declines.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> StoredInput? {
        if let input = parseFlat(bytes: bytes) { return input }
        return try? JSONDecoder().decode(StoredInput.self, from: Data(buffer: bytes))
    }
}

/// A cursor over the bytes of one flat JSON object.
private struct FlatJSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func storedInput() -> StoredInput? {
        var input = StoredInput()
        guard take(UInt8(ascii: "{")) else { return nil }
        if take(UInt8(ascii: "}")) { return atEnd ? input : nil }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "option": guard let value = string() else { return nil }; input.option = value
            case "numerator": guard let value = string() else { return nil }; input.numerator = value
            case "denominator": guard let value = string() else { return nil }; input.denominator = value
            case "answer": guard let value = string() else { return nil }; input.answer = value
            case "achieved": guard let value = string() else { return nil }; input.achieved = value
            case "target": guard let value = string() else { return nil }; input.target = value
            case "satisfaction": guard let value = string() else { return nil }; input.satisfaction = value
            case "count": guard let value = integer() else { return nil }; input.count = value
            case "scoreHundredths": guard let value = integer() else { return nil }; input.scoreHundredths = value
            case "notApplicable": guard let value = boolean() else { return nil }; input.notApplicable = value
            default: return nil
            }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")), atEnd else { return nil }
        return input
    }

    var atEnd: Bool {
        mutating get {
            skipSpaces()
            return position == bytes.count
        }
    }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string without escapes (the encoder's output for codes and decimals); nil otherwise.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return value
            case UInt8(ascii: "\\"), 0x00...0x1F:
                return nil
            default:
                position += 1
            }
        }
        return nil
    }

    mutating func integer() -> Int? {
        skipSpaces()
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        var value = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            // More than 18 digits could overflow: leave such a number to the decoder.
            guard digits < 18 else { return nil }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        // A fraction or an exponent is not an integer.
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            return nil
        }
        return negative ? -value : value
    }

    mutating func boolean() -> Bool? {
        skipSpaces()
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        position += count
        return true
    }
}
