public import ParIndexCore

extension ResultsAnnex {
    /// RFC 4180 text, UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters;
    /// numbers with a decimal point (the file is data, whatever the reader's locale).
    public func csv() -> String {
        var text = CSVText.byteOrderMark
        text.reserveCapacity(rows.count * 160)
        func line(_ fields: [String]) {
            text += fields.map(CSVText.quoted).joined(separator: ",")
            text += "\r\n"
        }
        line(headings.map(CSVText.inert))
        for row in rows {
            line(values(of: row).map { value in
                switch value {
                case .empty: ""
                case let .text(text): CSVText.inert(text)
                case let .integer(number): String(number)
                case let .number(number): number.formatted(.en)
                }
            })
        }
        return text
    }

    /// The annex as a workbook: a title row, the headings frozen and repeated on every printed
    /// page, numbers as number cells, A4 landscape. `created` is the file's creation time.
    public func workbook(setTitle: String, setKey: String, created: String) -> Workbook {
        let vi = language == .vi
        var rows: [[Cell]] = [[.text((vi ? "Kết quả xếp hạng — " : "Ranking — ") + periodTitle, style: .title)], headings.map { .text($0, style: .header) }]
        for row in self.rows {
            rows.append(values(of: row).map { value in
                switch value {
                case .empty: .empty(style: .bordered)
                case let .text(text): .text(text, style: .bordered)
                case let .integer(number): .integer(number, style: .borderedInteger)
                case let .number(number): Cell(.decimal(number), style: .borderedNumber2)
                }
            })
        }
        let widths = [7, 14, 30, 22, 9, 11, 11, 10, 10, 9, 9, 12, 11, 11] + fieldNodes.map { _ in 11 }
        let sheet = Worksheet(name: vi ? "Xếp hạng" : "Ranking", columns: widths.map { Column(width: $0) }, rows: rows,
                              frozenRows: 2, frozenColumns: 3, merges: [CellRange(row: 1, columns: 1...8)], printTitleRows: 2...2,
                              pageSetup: PageSetup(orientation: .landscape, fitToWidth: true))
        let properties = WorkbookProperties(title: (vi ? "Kết quả xếp hạng — " : "Ranking — ") + periodTitle, subject: setTitle,
                                            creator: "ParIndex", keywords: setKey, description: setTitle, created: created)
        return Workbook(properties: properties, sheets: [sheet])
    }
}
