/// The rules for text that people type or send: codes, one-line names and titles, and multi-line
/// explanations. One place decides what a stored text may hold, so a name can never be NUL, a
/// title can never hide a right-to-left override, and every form and API body refuses alike.
public enum TextInput {
    public enum Kind: Sendable {
        /// Identifiers shown in lists and URLs: ASCII letters, digits, `.`, `-`, `_`; starts with a
        /// letter or digit; at most 64 characters.
        case code
        /// Names, titles, document numbers: no control characters at all, at most 500 characters.
        case line
        /// Explanations, reasons, guidance: tab and line breaks allowed, at most 20 000 characters.
        case paragraph
    }

    public static let codeCharacterSet = "A–Z, a–z, 0–9, . - _"
    public static let maximumCodeLength = 64

    /// The text trimmed of surrounding white space, or the problem that refuses it. An empty text
    /// is returned empty: whether a field is required is the caller's rule. Lengths count Unicode
    /// scalars, as JSON Schema's `maxLength` and PostgreSQL do, so a text the API accepts never
    /// answers longer than its documented limit (a letter with combining marks counts each mark).
    public static func clean(_ raw: String, as kind: Kind) throws(TextProblem) -> String {
        let text = raw.trimmingSurroundingWhitespace()
        for scalar in text.unicodeScalars where !isAllowed(scalar, in: kind) {
            throw .forbiddenCharacter(scalar)
        }
        switch kind {
        case .code:
            guard text.unicodeScalars.count <= maximumCodeLength else { throw .tooLong(maximumCodeLength) }
            if let first = text.unicodeScalars.first, !isASCIIAlphanumeric(first) { throw .notACode }
            guard text.unicodeScalars.allSatisfy({ isASCIIAlphanumeric($0) || $0 == "." || $0 == "-" || $0 == "_" }) else {
                throw .notACode
            }
        case .line:
            guard text.unicodeScalars.count <= 500 else { throw .tooLong(500) }
        case .paragraph:
            guard text.unicodeScalars.count <= 20_000 else { throw .tooLong(20_000) }
        }
        return text
    }

    /// Control characters (C0, DEL, C1) and the bidirectional formatting characters that can make
    /// a text read differently from what it holds; a paragraph keeps tab and line breaks.
    static func isAllowed(_ scalar: Unicode.Scalar, in kind: Kind) -> Bool {
        if kind == .paragraph, scalar == "\t" || scalar == "\n" || scalar == "\r" { return true }
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return false
        case 0xFFF9...0xFFFB, 0xFEFF: return false
        default: return true
        }
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: false
        }
    }
}

/// Why a text was refused, in both languages; the caller names the field.
public enum TextProblem: Error, Equatable, Sendable {
    case forbiddenCharacter(Unicode.Scalar)
    case notACode
    case tooLong(Int)

    /// The message for a field whose label is `label`.
    public func message(label: LocalizedText) -> LocalizedText {
        switch self {
        case let .forbiddenCharacter(scalar):
            let code = "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
            return LocalizedText(vi: "\(label.vi) chứa ký tự không được phép (\(code)): ký tự điều khiển hoặc ký tự đổi hướng văn bản.",
                                 en: "\(label.en) holds a character that is not allowed (\(code)): a control or text-direction character.")
        case .notACode:
            return LocalizedText(vi: "\(label.vi) chỉ gồm chữ không dấu, số và các dấu . - _ (\(TextInput.codeCharacterSet)), bắt đầu bằng chữ hoặc số.",
                                 en: "\(label.en) may hold only ASCII letters, digits and . - _ (\(TextInput.codeCharacterSet)), starting with a letter or digit.")
        case let .tooLong(limit):
            return LocalizedText(vi: "\(label.vi) dài quá \(limit) ký tự.", en: "\(label.en) is longer than \(limit) characters.")
        }
    }
}

extension String {
    /// Spaces (the no-break space too), tabs and line breaks at either end.
    func trimmingSurroundingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" || $0.isNewline || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
