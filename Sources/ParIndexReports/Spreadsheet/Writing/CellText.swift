extension XLSXWriter {
    /// Text as Excel stores it in a cell or a note.
    enum CellText {
        /// Excel refuses a file with a longer cell text (counted in UTF-16 units).
        static let maximumLength = 32_767

        /// `text` cut to Excel's limit, with each literal "_xHHHH_" protected: Excel reads that
        /// pattern as an escaped character, so its underscore is itself escaped as "_x005F_".
        static func prepared(_ text: String) -> String {
            var result = truncated(text, toUTF16Length: maximumLength)
            if containsEscapeLikePattern(result) { result = protectingEscapes(result) }
            return result
        }

        /// Whether `text` needs xml:space="preserve" to keep its surrounding white space.
        static func needsPreserve(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
            return first.properties.isWhitespace || last.properties.isWhitespace
        }

        /// The longest whole-character prefix of `text` within `limit` UTF-16 units, the unit Excel
        /// counts its limits in.
        static func truncated(_ text: String, toUTF16Length limit: Int) -> String {
            guard text.utf16.count > limit else { return text }
            var result = ""
            var length = 0
            for character in text {
                length += character.utf16.count
                guard length <= limit else { break }
                result.append(character)
            }
            return result
        }

        private static func containsEscapeLikePattern(_ text: String) -> Bool {
            guard text.utf8.contains(UInt8(ascii: "_")) else { return false }
            let bytes = Array(text.utf8)
            return bytes.indices.contains { isEscapeLike(bytes, at: $0) }
        }

        private static func protectingEscapes(_ text: String) -> String {
            let bytes = Array(text.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 14)
            for index in bytes.indices {
                if isEscapeLike(bytes, at: index) { output.append(contentsOf: "_x005F".utf8) }
                output.append(bytes[index])
            }
            return String(decoding: output, as: UTF8.self)
        }

        /// "_x" + four hexadecimal digits + "_" starts at `index`.
        private static func isEscapeLike(_ bytes: [UInt8], at index: Int) -> Bool {
            guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
                  bytes[index + 6] == UInt8(ascii: "_") else { return false }
            return bytes[(index + 2)..<(index + 6)].allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                     UInt8(ascii: "A")...UInt8(ascii: "F"): true
                default: false
                }
            }
        }
    }
}
