extension XLSXWriter {
    /// The namespaces and relationship types of the parts an .xlsx file holds.
    enum XMLNamespace {
        static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

        /// Relationship types, each the `Type` of a `<Relationship>`.
        enum Relationship {
            private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            static let officeDocument = base + "officeDocument"
            static let extendedProperties = base + "extended-properties"
            static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
            static let worksheet = base + "worksheet"
            static let styles = base + "styles"
            static let sharedStrings = base + "sharedStrings"
            static let comments = base + "comments"
            static let vmlDrawing = base + "vmlDrawing"
        }
    }
}
