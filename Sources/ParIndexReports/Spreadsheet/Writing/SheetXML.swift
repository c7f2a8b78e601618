extension XLSXWriter {
    /// xl/worksheets/sheetN.xml.
    ///
    /// The children of `<worksheet>` are written in the order the schema fixes (sheetPr, dimension,
    /// sheetViews, sheetFormatPr, cols, sheetData, mergeCells, dataValidations, pageMargins,
    /// pageSetup, headerFooter, legacyDrawing): Excel calls a file with any other order corrupt.
    struct SheetXML {
        let sheet: Worksheet
        /// The sheet Excel opens on.
        let isSelected: Bool
        /// The formula1 of each of the sheet's list validations; nil for one that is left out.
        let validationFormulas: [String?]
        /// The relationship id of the notes' VML drawing, when the sheet has notes.
        let legacyDrawingID: String?

        func xml(strings: inout SharedStrings) -> [UInt8] {
            let extent = SheetExtent(rows: sheet.rows)
            var xml = XMLBuffer(capacity: 4_096 + extent.cellCount * 32)
            xml.append(#"<worksheet xmlns="\#(XMLNamespace.main)" xmlns:r="\#(XMLNamespace.relationships)">"#)
            if sheet.pageSetup.fitToWidth { xml.append(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#) }
            xml.append(#"<dimension ref="\#(extent.dimension)"/>"#)
            appendView(to: &xml)
            xml.append(#"<sheetFormatPr defaultRowHeight="15.75"/>"#)
            appendColumns(to: &xml)
            appendCells(to: &xml, extent: extent, strings: &strings)
            appendMerges(to: &xml)
            appendValidations(to: &xml)
            appendPrinting(to: &xml)
            if let legacyDrawingID { xml.append(#"<legacyDrawing r:id="\#(legacyDrawingID)"/>"#) }
            xml.append("</worksheet>")
            return xml.bytes
        }
    }
}
