extension XLSXWriter {
    /// xl/styles.xml: the same for every workbook, one cell format per `CellStyle` in declaration order.
    enum StylesXML {
        /// Times New Roman is the typeface Vietnamese administrative documents are set in.
        private static let fontName = "Times New Roman"

        static func xml() -> [UInt8] {
            var xml = XMLBuffer(capacity: 4_096)
            xml.append(#"<styleSheet xmlns="\#(XMLNamespace.main)">"#)
            xml.append(#"<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>"#)
            appendFonts(to: &xml)
            xml.append(#"<fills count="3"><fill><patternFill patternType="none"/></fill>"#)
            xml.append(#"<fill><patternFill patternType="gray125"/></fill>"#)
            xml.append(#"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>"#)
            xml.append(#"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>"#)
            for side in ["left", "right", "top", "bottom"] {
                xml.append(#"<\#(side) style="thin"><color indexed="64"/></\#(side)>"#)
            }
            xml.append("<diagonal/></border></borders>")
            xml.append(#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#)
            xml.append(#"<cellXfs count="\#(CellStyle.allCases.count)">"#)
            for style in CellStyle.allCases { appendCellFormat(style.format, to: &xml) }
            xml.append("</cellXfs>")
            xml.append(#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#)
            xml.append(#"<dxfs count="0"/><tableStyles count="0"/></styleSheet>"#)
            return xml.bytes
        }

        /// In the order of `CellStyle.Font`.
        private static func appendFonts(to xml: inout XMLBuffer) {
            xml.append(#"<fonts count="3">"#)
            for (bold, size) in [(false, 12), (true, 12), (true, 14)] {
                xml.append("<font>" + (bold ? "<b/>" : ""))
                xml.append(#"<sz val="\#(size)"/><name val="\#(fontName)"/><family val="1"/><charset val="163"/></font>"#)
            }
            xml.append("</fonts>")
        }

        private static func appendCellFormat(_ format: CellStyle.Format, to xml: inout XMLBuffer) {
            xml.append(#"<xf numFmtId="\#(format.numberFormat.rawValue)" fontId="\#(format.font.rawValue)" "#)
            xml.append(#"fillId="\#(format.fill.rawValue)" borderId="\#(format.border.rawValue)" xfId="0""#)
            if format.numberFormat != .general { xml.append(#" applyNumberFormat="1""#) }
            if format.font != .regular { xml.append(#" applyFont="1""#) }
            if format.fill != .none { xml.append(#" applyFill="1""#) }
            if format.border != .none { xml.append(#" applyBorder="1""#) }
            switch format.alignment {
            case .none: xml.append("/>"); return
            case .top: xml.append(#" applyAlignment="1"><alignment vertical="top"/>"#)
            case .wrapTop: xml.append(#" applyAlignment="1"><alignment vertical="top" wrapText="1"/>"#)
            case .centredTop: xml.append(#" applyAlignment="1"><alignment horizontal="center" vertical="top"/>"#)
            case .centredWrap: xml.append(#" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/>"#)
            }
            xml.append("</xf>")
        }
    }
}
