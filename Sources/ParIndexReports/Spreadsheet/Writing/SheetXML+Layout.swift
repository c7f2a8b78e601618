/// The parts of a sheet around its cells: view, columns, merges, validations and printing.
extension XLSXWriter.SheetXML {
    /// Excel's widest column, 255 characters.
    private static let widestColumnTenths = 2_550

    func appendView(to xml: inout XLSXWriter.XMLBuffer) {
        xml.append("<sheetViews><sheetView" + (isSelected ? #" tabSelected="1""# : "") + #" workbookViewId="0">"#)
        let rows = sheet.frozenRows
        let columns = sheet.frozenColumns
        if rows > 0 || columns > 0 {
            let pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
            let topLeft = CellReference(column: columns + 1, row: rows + 1).description
            xml.append("<pane")
            if columns > 0 { xml.append(#" xSplit="\#(columns)""#) }
            if rows > 0 { xml.append(#" ySplit="\#(rows)""#) }
            xml.append(#" topLeftCell="\#(topLeft)" activePane="\#(pane)" state="frozen"/>"#)
            xml.append(#"<selection pane="\#(pane)" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#)
        }
        xml.append("</sheetView></sheetViews>")
    }

    func appendColumns(to xml: inout XLSXWriter.XMLBuffer) {
        guard !sheet.columns.isEmpty else { return }
        xml.append("<cols>")
        for (offset, column) in sheet.columns.enumerated() {
            let tenths = min(max(column.widthTenths, 0), Self.widestColumnTenths)
            let width = XLSXWriter.NumberLiteral.text(units: tenths, decimals: 1)
            xml.append(#"<col min="\#(offset + 1)" max="\#(offset + 1)" width="\#(width)" customWidth="1""#)
            xml.append(column.hidden ? #" hidden="1"/>"# : "/>")
        }
        xml.append("</cols>")
    }

    func appendMerges(to xml: inout XLSXWriter.XMLBuffer) {
        let merges = sheet.merges.filter { !$0.isSingleCell }
        guard !merges.isEmpty else { return }
        xml.append(#"<mergeCells count="\#(merges.count)">"#)
        for merge in merges { xml.append(#"<mergeCell ref="\#(merge)"/>"#) }
        xml.append("</mergeCells>")
    }

    func appendValidations(to xml: inout XLSXWriter.XMLBuffer) {
        let written = zip(sheet.listValidations, validationFormulas).compactMap { validation, formula in
            formula.map { (validation, $0) }
        }
        guard !written.isEmpty else { return }
        xml.append(#"<dataValidations count="\#(written.count)">"#)
        for (validation, formula) in written {
            xml.append(#"<dataValidation type="list" allowBlank="\#(validation.allowBlank ? 1 : 0)" showErrorMessage="1""#)
            if let message = validation.errorMessage {
                xml.append(#" error=""#)
                // Excel refuses a longer message.
                xml.attribute(XLSXWriter.CellText.truncated(message, toUTF16Length: 255))
                xml.append("\"")
            }
            xml.append(#" sqref="\#(validation.range)"><formula1>"#)
            xml.text(formula)
            xml.append("</formula1></dataValidation>")
        }
        xml.append("</dataValidations>")
    }

    func appendPrinting(to xml: inout XLSXWriter.XMLBuffer) {
        let setup = sheet.pageSetup
        xml.append(#"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#)
        // paperSize 9 is A4; fitToHeight 0 lets the rows run over as many pages as they need.
        xml.append(#"<pageSetup paperSize="9" orientation="\#(setup.orientation.rawValue)""#)
        xml.append(setup.fitToWidth ? #" fitToWidth="1" fitToHeight="0"/>"# : "/>")
        guard setup.header != nil || setup.footer != nil else { return }
        xml.append("<headerFooter>")
        if let header = setup.header {
            xml.append("<oddHeader>")
            xml.text(header)
            xml.append("</oddHeader>")
        }
        if let footer = setup.footer {
            xml.append("<oddFooter>")
            xml.text(footer)
            xml.append("</oddFooter>")
        }
        xml.append("</headerFooter>")
    }
}
