extension XLSXWriter {
    /// A `.rels` part: the links from one part (or from the package) to others.
    struct RelationshipsXML {
        struct Relationship {
            var id: String
            var type: String
            var target: String
        }

        var relationships: [Relationship]

        func xml() -> [UInt8] {
            var xml = XMLBuffer(capacity: 256 + relationships.count * 160)
            xml.append(#"<Relationships xmlns="\#(XMLNamespace.packageRelationships)">"#)
            for relationship in relationships {
                xml.append(#"<Relationship Id="\#(relationship.id)" Type="\#(relationship.type)" Target=""#)
                xml.attribute(relationship.target)
                xml.append(#""/>"#)
            }
            xml.append("</Relationships>")
            return xml.bytes
        }
    }
}
