/// A plain-text table with aligned columns, for terminals and logs.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Columns wider than this are cut with an ellipsis.
    var maximumWidths: [Int?]

    func rendered() -> String {
        let cut = ([headers] + rows).map { row in
            row.enumerated().map { column, cell in
                guard let limit = maximumWidths[column], cell.count > limit else { return cell }
                return String(cell.prefix(limit - 1)) + "…"
            }
        }
        let widths = headers.indices.map { column in cut.map { $0[column].count }.max() ?? 0 }
        return cut.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
