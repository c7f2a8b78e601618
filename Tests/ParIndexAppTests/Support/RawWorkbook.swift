import Foundation
import ParIndexReports
import ZIPFoundation

/// A workbook written by hand, part by part, for what the app's own writer never makes: formulas
/// with or without their saved value, merged cells anywhere, any sheet name, any heading.
enum RawWorkbook {
    enum RawCell {
        case empty
        case text(String)
        case number(String)
        case formula(String, cached: String?)
    }

    /// The template's heading row, then `rows` from row 4; `merges` as "E5:F5".
    static func template(_ rows: [[String: RawCell]], sheetName: String = ScoreTemplateLayout.sheetName, merges: [String] = [],
                         headings: [String] = ScoreTemplateLayout.columns.map(\.vi)) -> Data {
        var grid: [[RawCell]] = [[.text("Mẫu")], [.text("Hướng dẫn")], headings.map { .text($0) }]
        for row in rows {
            grid.append(ScoreTemplateLayout.columns.map { column in column.field.flatMap { row[$0] } ?? .empty })
        }
        return make(sheetName: sheetName, grid: grid, merges: merges)
    }

    static func make(sheetName: String, grid: [[RawCell]], merges: [String] = []) -> Data {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (rowIndex, row) in grid.enumerated() {
            sheet += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellAddress(column: columnIndex + 1, row: rowIndex + 1).reference
                switch cell {
                case .empty: continue
                case let .text(text): sheet += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                case let .number(number): sheet += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                case let .formula(formula, cached):
                    sheet += "<c r=\"\(reference)\"><f>\(escape(formula))</f>" + (cached.map { "<v>\($0)</v>" } ?? "") + "</c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData>"
        if !merges.isEmpty { sheet += "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        sheet += "</worksheet>"
        let parts = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=""# + escape(sheetName) + #"" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        return zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A zip whose one sheet inflates to `megabytes` of spaces: a few kilobytes on the wire.
    static func bomb(megabytes: Int) -> Data {
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        let archive = try? Archive(accessMode: .create)
        try? archive?.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(megabytes) << 20, compressionMethod: .deflate,
                               bufferSize: 1 << 20) { position, size in chunk.prefix(size) }
        return archive?.data ?? Data()
    }

    static func zip(_ parts: [(String, Data)]) -> Data {
        guard let archive = try? Archive(accessMode: .create) else { return Data() }
        for (path, data) in parts {
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
