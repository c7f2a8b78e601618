extension XLSXWriter {
    /// xl/commentsN.xml: the text and author of each note, which is what other programs (openpyxl,
    /// LibreOffice) read. Excel also needs `VMLDrawingXML` to show them.
    struct CommentsXML {
        /// Sorted by row, then column, as Excel writes them.
        let notes: [CellNote]

        init(notes: [CellNote]) {
            self.notes = notes.sorted { ($0.cell.row, $0.cell.column) < ($1.cell.row, $1.cell.column) }
        }

        func xml() -> [UInt8] {
            var authors: [String] = []
            var authorPositions: [String: Int] = [:]
            for note in notes where authorPositions[note.author] == nil {
                authorPositions[note.author] = authors.count
                authors.append(note.author)
            }
            var xml = XMLBuffer(capacity: 512 + notes.reduce(0) { $0 + $1.text.utf8.count + 96 })
            xml.append(#"<comments xmlns="\#(XMLNamespace.main)"><authors>"#)
            for author in authors {
                xml.append("<author>")
                xml.text(author)
                xml.append("</author>")
            }
            xml.append("</authors><commentList>")
            for note in notes {
                xml.append(#"<comment ref="\#(note.cell)" authorId="\#(authorPositions[note.author] ?? 0)"><text>"#)
                let text = CellText.prepared(note.text)
                xml.append(CellText.needsPreserve(text) ? #"<t xml:space="preserve">"# : "<t>")
                xml.text(text)
                xml.append("</t></text></comment>")
            }
            xml.append("</commentList></comments>")
            return xml.bytes
        }
    }
}
