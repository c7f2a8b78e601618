/// One sheet of a workbook: cells in rows, plus what a printed or filled-in sheet needs.
public struct Worksheet: Sendable {
    /// Always a name Excel accepts (see `XLSXWriter.SheetName`); names equal to an earlier sheet's
    /// are made unique when the workbook is written.
    public var name: String {
        didSet { name = XLSXWriter.SheetName.sanitised(name) }
    }
    /// Column A first.
    public var columns: [Column]
    /// Row 1 first; within a row, column A first.
    public var rows: [[Cell]]
    /// Rows kept in view while scrolling (0 = none).
    public var frozenRows: Int
    /// Columns kept in view while scrolling (0 = none).
    public var frozenColumns: Int
    public var merges: [CellRange]
    public var listValidations: [ListValidation]
    public var notes: [CellNote]
    /// Rows (1-based) repeated at the top of every printed page.
    public var printTitleRows: ClosedRange<Int>?
    public var pageSetup: PageSetup

    public init(
        name: String,
        columns: [Column] = [],
        rows: [[Cell]] = [],
        frozenRows: Int = 0,
        frozenColumns: Int = 0,
        merges: [CellRange] = [],
        listValidations: [ListValidation] = [],
        notes: [CellNote] = [],
        printTitleRows: ClosedRange<Int>? = nil,
        pageSetup: PageSetup = PageSetup()
    ) {
        self.name = XLSXWriter.SheetName.sanitised(name)
        self.columns = columns
        self.rows = rows
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.merges = merges
        self.listValidations = listValidations
        self.notes = notes
        self.printTitleRows = printTitleRows
        self.pageSetup = pageSetup
    }
}
