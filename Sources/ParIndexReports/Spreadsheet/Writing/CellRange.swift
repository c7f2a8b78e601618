/// A rectangle of cells, such as "A1:H1"; the corners are kept top-left and bottom-right.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public private(set) var start: CellReference
    public private(set) var end: CellReference

    public init(_ first: CellReference, _ second: CellReference) {
        start = CellReference(column: min(first.column, second.column), row: min(first.row, second.row))
        end = CellReference(column: max(first.column, second.column), row: max(first.row, second.row))
    }

    /// Cells `columns` of one row, e.g. a title across the table.
    public init(row: Int, columns: ClosedRange<Int>) {
        self.init(CellReference(column: columns.lowerBound, row: row), CellReference(column: columns.upperBound, row: row))
    }

    /// Cells `rows` of one column, e.g. the answers a list validation applies to.
    public init(column: Int, rows: ClosedRange<Int>) {
        self.init(CellReference(column: column, row: rows.lowerBound), CellReference(column: column, row: rows.upperBound))
    }

    /// Reads "A1:H1" or a single "B2"; nil for anything else.
    public init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count <= 2, let first = CellReference(String(corners[0])) else { return nil }
        guard let second = corners.count == 2 ? CellReference(String(corners[1])) : first else { return nil }
        self.init(first, second)
    }

    /// "A1:H1", or "B2" for a single cell.
    public var description: String { start == end ? start.description : "\(start):\(end)" }

    /// "$A$1:$H$1", for formulas.
    public var absolute: String { start.absolute + ":" + end.absolute }

    public var isSingleCell: Bool { start == end }
    public var isValid: Bool { start.isValid && end.isValid }
}
