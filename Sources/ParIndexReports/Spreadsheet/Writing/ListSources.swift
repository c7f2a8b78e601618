extension XLSXWriter {
    /// Where each list validation takes its allowed values from: the formula itself ("a,b,c") when
    /// Excel can read it back unchanged, otherwise a column of a hidden sheet.
    struct ListSources {
        enum Source: Equatable {
            /// No values: the validation is left out, as Excel refuses an empty list.
            case none
            case inline(String)
            /// Rows 1…`count` of column `column` of the hidden sheet.
            case stored(column: Int, count: Int)
        }

        static let hiddenSheetName = "_lists"
        /// Excel's limit for a list typed into the validation, quotes included.
        private static let longestInlineList = 255

        /// By sheet, then by validation, in the order of `Worksheet.listValidations`.
        private(set) var sources: [[Source]] = []
        /// The distinct lists that could not go inline, one per column of the hidden sheet.
        private(set) var storedLists: [[String]] = []

        init(sheets: [Worksheet]) {
            var columns: [[String]: Int] = [:]
            sources = sheets.map { sheet in
                sheet.listValidations.map { validation in
                    let values = validation.values
                    if values.isEmpty { return .none }
                    if Self.canBeInline(values) { return .inline(values.joined(separator: ",")) }
                    if let column = columns[values] { return .stored(column: column, count: values.count) }
                    storedLists.append(values)
                    columns[values] = storedLists.count
                    return .stored(column: storedLists.count, count: values.count)
                }
            }
        }

        /// The validation's formula1, given the name the hidden sheet ends up with.
        static func formula(for source: Source, hiddenSheet: String) -> String? {
            switch source {
            case .none: nil
            case .inline(let list): "\"" + list + "\""
            case let .stored(column, count):
                SheetName.quotedForFormula(hiddenSheet) + "!"
                    + CellRange(column: column, rows: 1...count).absolute
            }
        }

        /// The hidden sheet: each stored list down its own column.
        func hiddenSheet(named name: String) -> Worksheet? {
            guard let longest = storedLists.map(\.count).max() else { return nil }
            let rows = (0..<longest).map { row in
                storedLists.map { list in row < list.count ? Cell.text(list[row]) : Cell.empty() }
            }
            return Worksheet(name: name, rows: rows, pageSetup: PageSetup(footer: nil))
        }

        /// Excel splits an inline list at commas, trims spaces and has no way to quote a value.
        private static func canBeInline(_ values: [String]) -> Bool {
            let unchanged = values.allSatisfy { value in
                !value.isEmpty && !value.contains(",") && !value.contains("\"")
                    && value.first != " " && value.last != " "
            }
            let length = values.reduce(values.count - 1) { $0 + $1.utf16.count } + 2
            return unchanged && length <= longestInlineList
        }
    }
}
