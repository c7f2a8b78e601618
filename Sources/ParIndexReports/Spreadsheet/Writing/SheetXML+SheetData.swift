/// `<sheetData>`: the cells, row by row.
extension XLSXWriter.SheetXML {
    func appendCells(
        to xml: inout XLSXWriter.XMLBuffer, extent: XLSXWriter.SheetExtent, strings: inout XLSXWriter.SharedStrings
    ) {
        let columnNames = (0..<extent.lastColumn).map { CellReference.columnName($0 + 1) }
        xml.append("<sheetData>")
        for (offset, row) in sheet.rows.enumerated() where extent.usedLengths[offset] > 0 {
            let rowNumber = String(offset + 1)
            xml.append(#"<row r=""#)
            xml.append(rowNumber)
            xml.append(#"">"#)
            for column in 0..<extent.usedLengths[offset] where !row[column].isBlank {
                xml.append(#"<c r=""#)
                xml.append(columnNames[column])
                xml.append(rowNumber)
                appendCell(row[column], to: &xml, strings: &strings)
            }
            xml.append("</row>")
        }
        xml.append("</sheetData>")
    }

    /// The rest of a `<c>` after its reference.
    private func appendCell(
        _ cell: Cell, to xml: inout XLSXWriter.XMLBuffer, strings: inout XLSXWriter.SharedStrings
    ) {
        xml.append("\"")
        if cell.style != .plain {
            xml.append(#" s=""#)
            xml.append(cell.style.formatIndex)
            xml.append("\"")
        }
        switch cell.value {
        case .empty:
            // Kept for its style: a bordered empty cell still prints its frame.
            xml.append("/>")
            return
        case .text(let text):
            xml.append(#" t="s"><v>"#)
            xml.append(strings.position(of: text))
        case let .number(units, decimals):
            xml.append("><v>")
            xml.append(XLSXWriter.NumberLiteral.text(units: units, decimals: decimals))
        case .integer(let value):
            xml.append("><v>")
            xml.append(value)
        case .boolean(let value):
            xml.append(#" t="b"><v>"#)
            xml.append(value ? "1" : "0")
        }
        xml.append("</v></c>")
    }
}
