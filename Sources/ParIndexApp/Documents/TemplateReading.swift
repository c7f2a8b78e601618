import Foundation
import ParIndexCore
import ParIndexData
import ParIndexReports

/// Reads a filled template back into rows for `ScoreImport`. A file that is not the template is
/// refused whole (not an Excel file, a zip bomb, the sheet missing or renamed, headings moved,
/// merged cells); a cell that cannot be read (a formula without its saved value, an error value)
/// is a problem of its row, reported with the rows' own errors, its row left out.
enum TemplateReading {
    static func rows(from data: Data) throws(ScoreImport.Refused) -> (rows: [ScoreImport.Row], problems: [ScoreImport.CellError]) {
        let workbook: ReadWorkbook
        do {
            workbook = try SpreadsheetReader.read(data)
        } catch {
            throw refused("", error.message)
        }
        let layout = ScoreTemplateLayout.self
        guard let sheet = workbook.sheet(named: layout.sheetName) else {
            throw refused("", LocalizedText(vi: "Tệp không có trang “\(layout.sheetName)” của mẫu nhập điểm; hãy dùng mẫu tải từ hồ sơ.",
                                            en: "The file has no “\(layout.sheetName)” sheet of the template; use the template downloaded from the assessment."))
        }
        var errors: [ScoreImport.CellError] = []
        for range in sheet.merges where (firstRow(of: range) ?? 0) >= layout.headingRow {
            errors.append(.init(cell: range, message: LocalizedText(vi: "ô bị gộp; hãy bỏ gộp ô", en: "merged cells; unmerge them")))
        }
        for (index, column) in layout.columns.enumerated() {
            let heading = text(sheet.cell(column: index + 1, row: layout.headingRow))
            if heading != column.vi, heading != column.en {
                errors.append(.init(cell: CellAddress(column: index + 1, row: layout.headingRow).reference, message: LocalizedText(
                    vi: "tiêu đề cột phải là “\(column.vi)”; tệp không theo mẫu", en: "the heading must be “\(column.en)”; the file does not follow the template")))
            }
        }
        guard errors.isEmpty else { throw ScoreImport.Refused(errors: errors) }
        var rows: [ScoreImport.Row] = []
        if sheet.rowCount >= layout.firstDataRow {
            for rowNumber in layout.firstDataRow...sheet.rowCount {
                let problemsBefore = errors.count
                var fields: [String: ScoreImport.CellText] = [:]
                var code: ScoreImport.CellText?
                for (index, column) in layout.columns.enumerated() {
                    guard let field = column.field else { continue }
                    let address = CellAddress(column: index + 1, row: rowNumber)
                    guard let cell = sheet.cell(column: address.column, row: rowNumber) else { continue }
                    switch value(of: cell) {
                    case let .success(text?):
                        let read = ScoreImport.CellText(reference: address.reference, text: text)
                        if field == "code" { code = read } else { fields[field] = read }
                    case .success(nil): continue
                    case let .failure(error): errors.append(.init(cell: address.reference, message: error.message))
                    }
                }
                if errors.count > problemsBefore { continue }
                if let code, !code.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    rows.append(ScoreImport.Row(code: code, fields: fields))
                } else if fields.contains(where: { $0.key != "version" && !$0.value.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    errors.append(.init(cell: CellAddress(column: 1, row: rowNumber).reference,
                                        message: LocalizedText(vi: "thiếu mã tiêu chí", en: "the criterion's code is missing")))
                }
            }
        }
        return (rows, errors)
    }

    struct CellProblem: Error {
        var message: LocalizedText
    }

    /// The cell's text; nil when it holds nothing.
    static func value(of cell: ReadCell) -> Result<String?, CellProblem> {
        switch cell.value {
        case .empty:
            guard cell.formula == nil else {
                return .failure(CellProblem(message: LocalizedText(
                    vi: "ô có công thức nhưng tệp không lưu giá trị đã tính; hãy mở tệp bằng Excel và lưu lại, hoặc nhập số",
                    en: "the cell holds a formula without its saved value; open the file in Excel and save it, or type the number")))
            }
            return .success(nil)
        case let .text(text): return .success(text)
        case let .number(literal):
            guard let text = NumberCellText.normalised(literal) else {
                return .failure(CellProblem(message: LocalizedText(vi: "số “\(literal)” không đọc được", en: "the number “\(literal)” cannot be read")))
            }
            return .success(text)
        case let .boolean(flag): return .success(flag ? "có" : "không")
        case let .error(code):
            return .failure(CellProblem(message: LocalizedText(vi: "ô chứa lỗi \(code)", en: "the cell holds the error \(code)")))
        }
    }

    static func text(_ cell: ReadCell?) -> String {
        guard let cell, case let .success(text?) = value(of: cell) else { return "" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func firstRow(of range: String) -> Int? {
        range.split(separator: ":").first.flatMap { CellAddress(reference: String($0)) }?.row
    }

    static func refused(_ cell: String, _ message: LocalizedText) -> ScoreImport.Refused {
        ScoreImport.Refused(errors: [ScoreImport.CellError(cell: cell, message: message)])
    }
}
