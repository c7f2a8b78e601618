/// Text as Excel stores it in shared and inline strings: characters XML cannot carry (a carriage
/// return, most control characters) are written `_xHHHH_`, and a literal `_x` before four hex
/// digits is itself escaped as `_x005F_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
enum ExcelText {
    static func string(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "_")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let (first, afterFirst) = escape(bytes, at: index) {
                if (0xD800...0xDBFF).contains(first), let (second, afterSecond) = escape(bytes, at: afterFirst),
                   (0xDC00...0xDFFF).contains(second),
                   let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) {
                    UTF8.encode(scalar) { output.append($0) }
                    index = afterSecond
                    continue
                }
                if let scalar = Unicode.Scalar(first) {
                    UTF8.encode(scalar) { output.append($0) }
                    index = afterFirst
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The code unit of an `_xHHHH_` escape at `index`, and the index after it.
    private static func escape(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        guard index <= bytes.count - 7, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
              bytes[index + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = XMLScanner.digit(byte, radix: 16) else { return nil }
            value = value << 4 | digit
        }
        return (value, index + 7)
    }
}
