/// Why a workbook could not be written: each case is a file Excel would refuse or "repair".
public enum XLSXWriterError: Error, Equatable, Sendable {
    /// Excel refuses a workbook without a visible sheet.
    case noWorksheets
    /// `WorkbookProperties.created` is not "YYYY-MM-DDThh:mm:ssZ".
    case invalidCreatedDate(String)
    /// A merge, validation, note, freeze or print-title row lies outside Excel's grid.
    case referenceOutOfRange(sheet: String, reference: String)
    /// Two merged ranges share a cell.
    case overlappingMerges(sheet: String, first: String, second: String)
    /// A cell can carry one note only.
    case duplicateNote(sheet: String, cell: String)
    /// The ZIP library gave back no data for the in-memory archive.
    case archiveUnavailable
}
