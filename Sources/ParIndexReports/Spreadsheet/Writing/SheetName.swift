import Foundation

extension XLSXWriter {
    /// The rules Excel puts on sheet names; a name that breaks them makes Excel repair the file.
    enum SheetName {
        static let maximumLength = 31
        private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

        /// `name` without forbidden or control characters, without leading or trailing apostrophes,
        /// at most 31 UTF-16 units long (Excel counts in UTF-16), and never empty.
        static func sanitised(_ name: String) -> String {
            let allowed = name.filter { !forbidden.contains($0) && !isControl($0) }
            var result = CellText.truncated(allowed, toUTF16Length: maximumLength)
            while result.first == "'" { result.removeFirst() }
            while result.last == "'" { result.removeLast() }
            if result.isEmpty { return "Sheet" }
            // Excel keeps "History" for its change-tracking sheet.
            return result.lowercased() == "history" ? result + "_" : result
        }

        /// `names` made unique ignoring case, as Excel compares them, by suffixes " (2)", " (3)"…
        static func unique(_ names: [String]) -> [String] {
            var taken = Set<String>()
            return names.map { name in
                var candidate = name
                var counter = 2
                while taken.contains(candidate.lowercased()) {
                    let suffix = " (\(counter))"
                    candidate = CellText.truncated(name, toUTF16Length: maximumLength - suffix.utf16.count) + suffix
                    counter += 1
                }
                taken.insert(candidate.lowercased())
                return candidate
            }
        }

        /// A name as a formula refers to it: always quoted, apostrophes doubled.
        static func quotedForFormula(_ name: String) -> String {
            "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        }

        private static func isControl(_ character: Character) -> Bool {
            character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        }
    }
}
