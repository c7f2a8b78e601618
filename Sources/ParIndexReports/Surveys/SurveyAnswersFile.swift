public import ParIndexCore

/// A campaign's anonymised answers for analysis elsewhere, one line per response: its random id,
/// unit, source, day and standing, then a column per question. The same cells as CSV and .xlsx;
/// Likert answers are number cells, everything else text (kept inert in CSV).
public struct SurveyAnswersFile: Sendable {
    public var title: String
    public var headings: [String]
    public var rows: [[String]]
    /// The columns (after the first five) that hold Likert answers.
    public var likertColumns: Set<Int>

    public init(title: String, headings: [String], rows: [[String]], likertColumns: Set<Int>) {
        self.title = title
        self.headings = headings
        self.rows = rows
        self.likertColumns = likertColumns
    }

    public func csv() -> String {
        var text = CSVText.byteOrderMark + CSVText.line(headings)
        for row in rows { text += CSVText.line(row.map(CSVText.inert)) }
        return text
    }

    public func workbook(created: String) -> Workbook {
        var cells: [[Cell]] = [headings.map { .text($0, style: .header) }]
        for row in rows {
            cells.append(row.enumerated().map { column, value in
                if likertColumns.contains(column), let number = Int(value) { return .integer(number) }
                return value.isEmpty ? .empty() : .text(value)
            })
        }
        let widths = [38, 14, 8, 12, 10] + headings.dropFirst(5).map { _ in 9 }
        let sheet = Worksheet(name: "Câu trả lời", columns: widths.map { Column(width: $0) }, rows: cells, frozenRows: 1, frozenColumns: 2)
        let properties = WorkbookProperties(title: title, subject: "Câu trả lời khảo sát (ẩn danh)", creator: "ParIndex", keywords: "",
                                            description: title, created: created)
        return Workbook(properties: properties, sheets: [sheet])
    }
}
