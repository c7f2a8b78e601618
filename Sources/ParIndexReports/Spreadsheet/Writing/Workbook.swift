public import Foundation

/// A spreadsheet to be written as an Office Open XML (.xlsx) file.
///
/// Written by hand rather than through a library so that every figure goes out exactly as
/// computed and the output is byte-for-byte the same for the same input.
public struct Workbook: Sendable {
    public var properties: WorkbookProperties
    public var sheets: [Worksheet]

    public init(properties: WorkbookProperties, sheets: [Worksheet]) {
        self.properties = properties
        self.sheets = sheets
    }

    /// The whole .xlsx file.
    public func xlsxData() throws -> Data {
        try XLSXWriter.data(of: self)
    }
}
