extension XLSXWriter {
    /// xl/workbook.xml: the sheets in tab order, and the print titles as defined names.
    struct WorkbookXML {
        struct Sheet {
            var name: String
            var hidden: Bool
            var printTitleRows: ClosedRange<Int>?
        }

        let sheets: [Sheet]

        /// Sheet n is relationship "rIdn"; styles and shared strings follow the sheets.
        var stylesID: String { "rId\(sheets.count + 1)" }
        var sharedStringsID: String { "rId\(sheets.count + 2)" }

        func xml() -> [UInt8] {
            var xml = XMLBuffer(capacity: 1_024 + sheets.count * 160)
            xml.append(#"<workbook xmlns="\#(XMLNamespace.main)" xmlns:r="\#(XMLNamespace.relationships)">"#)
            xml.append(#"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#)
            for (offset, sheet) in sheets.enumerated() {
                xml.append(#"<sheet name=""#)
                xml.attribute(sheet.name)
                xml.append(#"" sheetId="\#(offset + 1)""# + (sheet.hidden ? #" state="hidden""# : ""))
                xml.append(#" r:id="rId\#(offset + 1)"/>"#)
            }
            xml.append("</sheets>")
            appendPrintTitles(to: &xml)
            xml.append("</workbook>")
            return xml.bytes
        }

        func relationships() -> RelationshipsXML {
            let sheetLinks = sheets.indices.map { offset in
                RelationshipsXML.Relationship(
                    id: "rId\(offset + 1)", type: XMLNamespace.Relationship.worksheet,
                    target: "worksheets/sheet\(offset + 1).xml")
            }
            return RelationshipsXML(relationships: sheetLinks + [
                .init(id: stylesID, type: XMLNamespace.Relationship.styles, target: "styles.xml"),
                .init(id: sharedStringsID, type: XMLNamespace.Relationship.sharedStrings, target: "sharedStrings.xml"),
            ])
        }

        /// Excel's built-in name "_xlnm.Print_Titles", one per sheet that has them.
        private func appendPrintTitles(to xml: inout XMLBuffer) {
            let titled = sheets.enumerated().compactMap { offset, sheet in sheet.printTitleRows.map { (offset, sheet.name, $0) } }
            guard !titled.isEmpty else { return }
            xml.append("<definedNames>")
            for (offset, name, rows) in titled {
                xml.append(#"<definedName name="_xlnm.Print_Titles" localSheetId="\#(offset)">"#)
                xml.text(SheetName.quotedForFormula(name) + "!$\(rows.lowerBound):$\(rows.upperBound)")
                xml.append("</definedName>")
            }
            xml.append("</definedNames>")
        }
    }
}
