extension XLSXWriter {
    /// xl/drawings/vmlDrawingN.vml: the yellow boxes of the notes. Excel shows a note only if it has a
    /// shape here, a format older than Office Open XML that Excel still requires for notes.
    struct VMLDrawingXML {
        let notes: [CellNote]
        /// The first of this drawing's blocks of 1 024 shape ids; no two drawings of a workbook may
        /// share a block.
        let firstBlock: Int

        /// How many blocks of shape ids a drawing of `noteCount` notes takes.
        static func blockCount(noteCount: Int) -> Int { noteCount / 1_024 + 1 }

        func xml() -> [UInt8] {
            let blocks = (firstBlock..<(firstBlock + Self.blockCount(noteCount: notes.count))).map(String.init)
            // Excel writes VML without an XML declaration, and its VML reader is the old one.
            var xml = XMLBuffer(capacity: 1_024 + notes.count * 640, declaration: false)
            xml.append(#"<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" "#)
            xml.append(#"xmlns:x="urn:schemas-microsoft-com:office:excel">"#)
            xml.append(#"<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="\#(blocks.joined(separator: ","))"/></o:shapelayout>"#)
            xml.append(#"<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">"#)
            xml.append(#"<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>"#)
            for (position, note) in notes.enumerated() {
                appendShape(for: note, id: firstBlock * 1_024 + position + 1, to: &xml)
            }
            xml.append("</xml>")
            return xml.bytes
        }

        private func appendShape(for note: CellNote, id: Int, to xml: inout XMLBuffer) {
            // The anchor counts columns and rows from 0: the box sits right of the cell, hidden
            // until the pointer rests on the cell.
            let column = note.cell.column - 1
            let row = note.cell.row - 1
            let anchor = "\(column + 1), 15, \(max(row - 1, 0)), 10, \(column + 3), 15, \(max(row - 1, 0) + 4), 4"
            xml.append(##"<v:shape id="_x0000_s\##(id)" type="#_x0000_t202" "##)
            xml.append(#"style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;"#)
            xml.append(#"z-index:\#(id - firstBlock * 1_024);visibility:hidden" "#)
            xml.append(##"fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>"##)
            xml.append(#"<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>"#)
            xml.append(#"<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>"#)
            xml.append(#"<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>"#)
            xml.append("<x:Anchor>\(anchor)</x:Anchor><x:AutoFill>False</x:AutoFill>")
            xml.append("<x:Row>\(row)</x:Row><x:Column>\(column)</x:Column></x:ClientData></v:shape>")
        }
    }
}
