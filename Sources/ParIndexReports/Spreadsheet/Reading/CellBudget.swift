/// Counts the filled cells of a whole workbook, as written, against `Limits.maxCells` and
/// `Limits.maxRows`, so that a small part cannot grow a dictionary of millions of cells.
struct CellBudget {
    let limits: SpreadsheetReader.Limits
    private(set) var cells = 0

    init(limits: SpreadsheetReader.Limits) {
        self.limits = limits
    }

    mutating func add(_ address: CellAddress) throws(SpreadsheetError) {
        cells += 1
        guard cells <= limits.maxCells, address.row <= limits.maxRows else { throw .tooManyCells }
    }
}
