import Foundation
import ParIndexCore
import ParIndexData
import ParIndexReports

/// Survey points arrive as CSV or as an Excel workbook with the same three columns on its first
/// sheet (unit_code, criterion_code, points or satisfaction). A workbook is read into the same
/// lines, numbered as its rows, so `SurveyImport` checks both alike and its messages name the row.
enum SurveyFile {
    static func csvText(from data: Data) throws -> String {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return String(decoding: data, as: UTF8.self) }
        let workbook: ReadWorkbook
        do {
            workbook = try SpreadsheetReader.read(data)
        } catch {
            throw AppError.invalid(error.message, field: "file")
        }
        guard let sheet = workbook.sheets.first(where: { !$0.cells.isEmpty }) else {
            throw AppError.invalid(LocalizedText(vi: "Tệp Excel không có dữ liệu.", en: "The Excel file holds no data."), field: "file")
        }
        guard sheet.merges.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Tệp có ô bị gộp (\(sheet.merges.joined(separator: ", "))); hãy bỏ gộp ô.",
                                                 en: "The file has merged cells (\(sheet.merges.joined(separator: ", "))); unmerge them."), field: "file")
        }
        var lines: [String] = []
        for row in 1...max(sheet.rowCount, 1) {
            var cells: [String] = []
            for column in 1...3 {
                let address = CellAddress(column: column, row: row)
                guard let cell = sheet.cell(column: column, row: row) else { cells.append(""); continue }
                switch TemplateReading.value(of: cell) {
                case let .success(text): cells.append(quoted(text ?? ""))
                case let .failure(problem):
                    throw AppError.invalid(LocalizedText(vi: address.reference + ": " + problem.message.vi,
                                                         en: address.reference + ": " + problem.message.en), field: "file")
                }
            }
            lines.append(cells.allSatisfy(\.isEmpty) ? "" : cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    private static func quoted(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
