/// Reads numbers as people type them: "12,5", "12.5", "4,86", "10".
///
/// Both the decimal comma (Vietnamese) and the decimal point are accepted; anything else —
/// exponents, grouping separators, a second separator, more decimals than allowed — is refused
/// with a message that quotes the input.
public enum DecimalText {
    /// Largest magnitude accepted, in whole units: far above any real score or declared figure,
    /// small enough that products of two such numbers fit comfortably in 128 bits.
    public static let largestWholePart = 999_999_999_999

    /// Reads the canonical text ParIndex stores ("12.5", "-0.05", "40": ASCII digits, a leading
    /// minus, a decimal point) into exactly what `parse` gives for it, without the trimming and
    /// Unicode checks people's typing needs: a period's results read hundreds of thousands of
    /// stored decimals. Nil for anything else, and the caller then asks `parse`.
    public static func parseStored(_ text: String, maxDecimals: Int) -> FixedDecimal? {
        var whole = 0, fraction = 0, wholeDigits = 0, fractionDigits = 0
        var negative = false, afterPoint = false, position = 0
        for byte in text.utf8 {
            defer { position += 1 }
            switch byte {
            case UInt8(ascii: "-") where position == 0:
                negative = true
            case UInt8(ascii: ".") where !afterPoint && wholeDigits > 0:
                afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                if afterPoint {
                    fractionDigits += 1
                    guard fractionDigits <= maxDecimals else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    guard wholeDigits <= 12 else { return nil }
                    whole = whole * 10 + digit
                }
            default:
                return nil
            }
        }
        guard wholeDigits > 0, !afterPoint || fractionDigits > 0, whole <= largestWholePart else { return nil }
        let units = whole * powerOfTen(maxDecimals) + fraction * powerOfTen(maxDecimals - fractionDigits)
        return FixedDecimal(units: negative ? -units : units, decimals: maxDecimals)
    }

    /// Parses `text` into units of 10^-`maxDecimals`.
    public static func parse(_ text: String, maxDecimals: Int, allowNegative: Bool) -> Result<FixedDecimal, NumberInputError> {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        var digits = Substring(trimmed)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "−" || sign == "+" {
            negative = sign != "+"
            digits = digits.dropFirst()
        }
        let parts = digits.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(isASCIIDigit) else {
            return .failure(.notANumber(trimmed))
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(isASCIIDigit) else {
            return .failure(.notANumber(trimmed))
        }
        guard fraction.count <= maxDecimals else {
            return .failure(.tooManyDecimals(trimmed, allowed: maxDecimals))
        }
        guard whole.count <= 12, let wholeValue = Int(whole), wholeValue <= largestWholePart else {
            return .failure(.tooLarge(trimmed))
        }
        let fractionValue = Int(fraction.padding(toLength: maxDecimals)) ?? 0
        let units = wholeValue * powerOfTen(maxDecimals) + fractionValue
        if negative && units != 0 && !allowNegative {
            return .failure(.negative(trimmed))
        }
        return .success(FixedDecimal(units: negative ? -units : units, decimals: maxDecimals))
    }
}

/// Why a typed number was refused; `message` quotes the input in both languages.
public enum NumberInputError: Error, Hashable, Sendable {
    case empty
    case notANumber(String)
    case tooManyDecimals(String, allowed: Int)
    case negative(String)
    case tooLarge(String)

    public var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(vi: "Chưa nhập số", en: "No number was entered")
        case .notANumber(let text):
            LocalizedText(vi: "«\(text)» không phải là số (ví dụ hợp lệ: 12,5)",
                          en: "“\(text)” is not a number (for example: 12.5)")
        case .tooManyDecimals(let text, let allowed):
            LocalizedText(vi: "«\(text)» có quá \(allowed) chữ số thập phân",
                          en: "“\(text)” has more than \(allowed) decimal places")
        case .negative(let text):
            LocalizedText(vi: "«\(text)» là số âm, không được phép ở đây",
                          en: "“\(text)” is negative, which is not allowed here")
        case .tooLarge(let text):
            LocalizedText(vi: "«\(text)» quá lớn", en: "“\(text)” is too large")
        }
    }
}

private func isASCIIDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
}

extension String {
    func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension Substring {
    func padding(toLength length: Int) -> String {
        String(self) + String(repeating: "0", count: Swift.max(0, length - count))
    }
}
