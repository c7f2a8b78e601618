/// What is checked before a sheet is written, because Excel would otherwise open the file only
/// after "repairing" it, silently dropping the part it disliked.
extension Worksheet {
    func check() throws {
        guard rows.count <= CellReference.maximumRow,
              rows.allSatisfy({ $0.count <= CellReference.maximumColumn }) else {
            throw outOfRange("sheetData")
        }
        guard (0..<CellReference.maximumRow).contains(frozenRows),
              (0..<CellReference.maximumColumn).contains(frozenColumns) else {
            throw outOfRange("freeze \(frozenRows) rows, \(frozenColumns) columns")
        }
        if let printTitleRows, !(1...CellReference.maximumRow).contains(printTitleRows.lowerBound)
            || printTitleRows.upperBound > CellReference.maximumRow {
            throw outOfRange("print titles \(printTitleRows)")
        }
        for range in merges + listValidations.map(\.range) where !range.isValid {
            throw outOfRange(range.description)
        }
        try checkMergesDoNotOverlap()
        try checkNotes()
    }

    private func checkMergesDoNotOverlap() throws {
        for (position, first) in merges.enumerated() {
            for second in merges[(position + 1)...] where first.overlaps(second) {
                throw XLSXWriterError.overlappingMerges(
                    sheet: name, first: first.description, second: second.description)
            }
        }
    }

    private func checkNotes() throws {
        var annotated = Set<CellReference>()
        for note in notes {
            guard note.cell.isValid else { throw outOfRange(note.cell.description) }
            guard annotated.insert(note.cell).inserted else {
                throw XLSXWriterError.duplicateNote(sheet: name, cell: note.cell.description)
            }
        }
    }

    private func outOfRange(_ reference: String) -> XLSXWriterError {
        .referenceOutOfRange(sheet: name, reference: reference)
    }
}

extension CellRange {
    func overlaps(_ other: CellRange) -> Bool {
        start.column <= other.end.column && other.start.column <= end.column
            && start.row <= other.end.row && other.start.row <= end.row
    }
}
