/// Why an uploaded file could not be read as a workbook. Every byte sequence ends either in a
/// workbook or in one of these; `message` says it to the person who uploaded the file.
public enum SpreadsheetError: Error, Sendable, Equatable {
    /// The file is larger than `Limits.maxFileBytes`.
    case tooLarge
    /// Not a ZIP archive, or one whose structure cannot be trusted (an .xlsx is a ZIP archive).
    case notAZip
    /// A ZIP archive without xl/workbook.xml or its relationships, or without any worksheet.
    case notAWorkbook
    /// The parts inflate past the limits: a decompression bomb, or a workbook far too big to import.
    case bomb
    /// A part that is not well-formed XML, or XML that breaks the spreadsheet format (a shared
    /// string index out of range, a cell reference beyond XFD1048576...).
    case malformedXML(part: String)
    /// A part that the file names but that is missing, or whose compressed data is damaged.
    case damaged(part: String)
    /// Something this reader refuses on purpose; the text is one of `UnsupportedFeature`'s raw values.
    case unsupported(String)
    /// More cells or rows holding values than `Limits.maxCells` / `Limits.maxRows`.
    case tooManyCells
}

/// The details `SpreadsheetError.unsupported` carries, so a message can name each in both languages.
public enum UnsupportedFeature: String, Sendable, CaseIterable {
    /// An OLE compound file (D0 CF 11 E0): a password-protected workbook or an Excel 97–2003 .xls.
    case encryptedOrLegacyWorkbook = "password-protected or legacy .xls workbook"
    /// A DOCTYPE or ENTITY declaration, the carrier of entity-expansion and external-entity attacks.
    case documentTypeDeclaration = "DOCTYPE or ENTITY declaration"
    /// A ZIP entry encrypted with a ZIP password.
    case encryptedEntry = "encrypted ZIP entry"
    /// A ZIP compression method other than stored or deflate.
    case compressionMethod = "ZIP compression method other than stored or deflate"
    /// A ZIP split over several disks.
    case multiDiskArchive = "multi-disk ZIP archive"
    /// An OpenDocument spreadsheet (.ods).
    case openDocument = "OpenDocument spreadsheet (.ods)"
}

extension SpreadsheetError {
    static func unsupported(_ feature: UnsupportedFeature) -> SpreadsheetError {
        .unsupported(feature.rawValue)
    }
}
