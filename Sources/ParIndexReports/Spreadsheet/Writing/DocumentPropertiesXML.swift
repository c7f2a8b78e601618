extension XLSXWriter {
    /// docProps/core.xml and docProps/app.xml: title, author and the like, and the list of sheets.
    struct DocumentPropertiesXML {
        let properties: WorkbookProperties
        /// Every sheet name, hidden ones included, as Excel lists them.
        let sheetNames: [String]

        func coreXML() -> [UInt8] {
            var xml = XMLBuffer(capacity: 1_024)
            xml.append(#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#)
            xml.append(#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#)
            xml.append(#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#)
            element("dc:title", properties.title, in: &xml)
            element("dc:subject", properties.subject, in: &xml)
            element("dc:creator", properties.creator, in: &xml)
            element("cp:keywords", properties.keywords, in: &xml)
            element("dc:description", properties.description, in: &xml)
            element("cp:lastModifiedBy", properties.creator, in: &xml)
            if let created = properties.created {
                xml.append(#"<dcterms:created xsi:type="dcterms:W3CDTF">\#(created)</dcterms:created>"#)
                xml.append(#"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(created)</dcterms:modified>"#)
            }
            xml.append("</cp:coreProperties>")
            return xml.bytes
        }

        func appXML() -> [UInt8] {
            var xml = XMLBuffer(capacity: 1_024 + sheetNames.count * 64)
            xml.append(#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#)
            xml.append(#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#)
            element("Application", properties.application, in: &xml)
            xml.append("<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
            xml.append(#"<HeadingPairs><vt:vector size="2" baseType="variant">"#)
            xml.append("<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>")
            xml.append("<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>")
            xml.append(#"<TitlesOfParts><vt:vector size="\#(sheetNames.count)" baseType="lpstr">"#)
            for name in sheetNames { element("vt:lpstr", name, in: &xml) }
            xml.append("</vt:vector></TitlesOfParts>")
            element("Company", properties.company, in: &xml)
            xml.append("<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>")
            xml.append("<HyperlinksChanged>false</HyperlinksChanged></Properties>")
            return xml.bytes
        }

        /// Empty values are left out rather than written as empty elements.
        private func element(_ name: String, _ value: String, in xml: inout XMLBuffer) {
            guard !value.isEmpty else { return }
            xml.append("<\(name)>")
            xml.text(value)
            xml.append("</\(name)>")
        }
    }
}
