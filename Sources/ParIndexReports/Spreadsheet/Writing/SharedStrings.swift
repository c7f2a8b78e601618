extension XLSXWriter {
    /// The workbook's table of distinct texts (xl/sharedStrings.xml): each cell refers to its text by
    /// position, so a unit name repeated on 3 000 rows is stored once.
    struct SharedStrings {
        private var positions: [String: Int] = [:]
        private(set) var texts: [String] = []
        /// Cells that refer to the table, repeats included (the `count` Excel writes).
        private(set) var references = 0

        /// The position of `text`, adding it when new.
        mutating func position(of text: String) -> Int {
            references += 1
            if let known = positions[text] { return known }
            positions[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        func xml() -> [UInt8] {
            var xml = XMLBuffer(capacity: 64 + texts.reduce(0) { $0 + $1.utf8.count + 16 })
            xml.append(#"<sst xmlns="\#(XMLNamespace.main)" count="\#(references)" uniqueCount="\#(texts.count)">"#)
            for text in texts {
                let stored = CellText.prepared(text)
                xml.append(CellText.needsPreserve(stored) ? #"<si><t xml:space="preserve">"# : "<si><t>")
                xml.text(stored)
                xml.append("</t></si>")
            }
            xml.append("</sst>")
            return xml.bytes
        }
    }
}
