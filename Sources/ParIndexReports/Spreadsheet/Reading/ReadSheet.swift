/// One worksheet as read: only the cells that hold something.
public struct ReadSheet: Sendable {
    public var name: String
    /// Cells holding a value or a formula; blank cells (even formatted ones) are absent.
    public var cells: [CellAddress: ReadCell] {
        didSet { (rowCount, columnCount) = Self.extent(of: cells) }
    }
    /// Merged ranges as the file lists them, e.g. "A1:C1".
    public var merges: [String]
    /// The highest row holding a cell (0 for an empty sheet). Stored, so loops over rows may ask.
    public private(set) var rowCount: Int
    /// The rightmost column holding a cell (0 for an empty sheet).
    public private(set) var columnCount: Int

    public init(name: String, cells: [CellAddress: ReadCell] = [:], merges: [String] = []) {
        self.name = name
        self.cells = cells
        self.merges = merges
        (rowCount, columnCount) = Self.extent(of: cells)
    }

    /// The cell at a 1-based column and row, if it holds something.
    public func cell(column: Int, row: Int) -> ReadCell? {
        cells[CellAddress(column: column, row: row)]
    }

    /// The cell at an A1-style reference such as "E14".
    public func cell(_ reference: String) -> ReadCell? {
        CellAddress(reference: reference).flatMap { cells[$0] }
    }

    private static func extent(of cells: [CellAddress: ReadCell]) -> (rows: Int, columns: Int) {
        cells.keys.reduce((0, 0)) { (max($0.0, $1.row), max($0.1, $1.column)) }
    }
}
