extension XLSXWriter {
    /// [Content_Types].xml: the media type of every part, which Office checks before anything else.
    struct ContentTypesXML {
        private static let spreadsheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml."

        /// 1-based numbers of the worksheets.
        var sheetNumbers: ClosedRange<Int>
        /// Numbers of the sheets that carry notes.
        var commentNumbers: [Int]

        func xml() -> [UInt8] {
            var xml = XMLBuffer(capacity: 2_048)
            xml.append(#"<Types xmlns="\#(XMLNamespace.contentTypes)">"#)
            xml.append(#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#)
            xml.append(#"<Default Extension="xml" ContentType="application/xml"/>"#)
            xml.append(#"<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>"#)
            override("/xl/workbook.xml", Self.spreadsheetML + "sheet.main+xml", in: &xml)
            for number in sheetNumbers {
                override("/xl/worksheets/sheet\(number).xml", Self.spreadsheetML + "worksheet+xml", in: &xml)
            }
            for number in commentNumbers {
                override("/xl/comments\(number).xml", Self.spreadsheetML + "comments+xml", in: &xml)
            }
            override("/xl/styles.xml", Self.spreadsheetML + "styles+xml", in: &xml)
            override("/xl/sharedStrings.xml", Self.spreadsheetML + "sharedStrings+xml", in: &xml)
            override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", in: &xml)
            override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", in: &xml)
            xml.append("</Types>")
            return xml.bytes
        }

        private func override(_ part: String, _ type: String, in xml: inout XMLBuffer) {
            xml.append(#"<Override PartName="\#(part)" ContentType="\#(type)"/>"#)
        }
    }
}
