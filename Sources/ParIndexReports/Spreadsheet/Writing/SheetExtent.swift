extension XLSXWriter {
    /// Where a sheet's non-blank cells lie, found before writing because `<dimension>` comes first.
    struct SheetExtent {
        /// For each row, the number of cells up to its last non-blank one (0 for a blank row).
        let usedLengths: [Int]
        let cellCount: Int

        init(rows: [[Cell]]) {
            usedLengths = rows.map { row in (row.lastIndex { !$0.isBlank } ?? -1) + 1 }
            cellCount = usedLengths.reduce(0, +)
        }

        var lastRow: Int { (usedLengths.lastIndex { $0 > 0 } ?? -1) + 1 }
        var lastColumn: Int { usedLengths.max() ?? 0 }

        /// "A1:H120"; "A1" for an empty sheet.
        var dimension: String {
            guard lastRow > 0 else { return "A1" }
            return CellRange(CellReference(column: 1, row: 1), CellReference(column: lastColumn, row: lastRow)).description
        }
    }
}
