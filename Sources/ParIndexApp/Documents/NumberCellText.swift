/// A number cell's text as a person would have typed it. Excel and other writers store numbers in
/// binary floating point and may write "64.060000000000002" or "1.25E-2"; the value typed was at
/// most 15 significant digits (Excel's own precision), so the text is rounded there, by its digits
/// alone, and written without an exponent: "64.06", "0.0125".
enum NumberCellText {
    static let significantDigits = 15

    /// Nil when the text is not a number as spreadsheets write them.
    static func normalised(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var exponent = 0
        if let marker = body.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let value = Int(body[body.index(after: marker)...]), abs(value) < 400 else { return nil }
            exponent = value
            body = body[..<marker]
        }
        let negative = body.hasPrefix("-")
        if negative || body.hasPrefix("+") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !body.isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        var digits = Array((parts[0] + (parts.count == 2 ? parts[1] : "")).utf8).map { Int($0) - 48 }
        exponent -= parts.count == 2 ? parts[1].count : 0
        while digits.count > 1, digits.first == 0 { digits.removeFirst() }
        if digits.count > significantDigits {
            let dropped = digits.count - significantDigits
            let roundUp = digits[significantDigits] >= 5
            digits = Array(digits.prefix(significantDigits))
            exponent += dropped
            if roundUp {
                var position = digits.count - 1
                while position >= 0 {
                    digits[position] += 1
                    if digits[position] < 10 { break }
                    digits[position] = 0
                    position -= 1
                }
                if position < 0 { digits.insert(1, at: 0) }
            }
        }
        while digits.count > 1, digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        var text = digits.map(String.init).joined()
        if exponent >= 0 {
            text += String(repeating: "0", count: text == "0" ? 0 : exponent)
        } else {
            let places = -exponent
            if text.count <= places { text = String(repeating: "0", count: places - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
        }
        return (negative && text != "0" ? "-" : "") + text
    }
}
