public import Foundation

/// Reads the cells of an uploaded .xlsx workbook (Office Open XML, ECMA-376): values as saved,
/// formulas as text, merged ranges; no styles, no dates.
///
/// The file is untrusted: every byte sequence gives a workbook or a `SpreadsheetError`, and the
/// time and memory taken are bounded by `Limits`, checked as the parts inflate and parse.
public struct SpreadsheetReader {
    static let workbookPart = "xl/workbook.xml"
    static let workbookRelationships = "xl/_rels/workbook.xml.rels"

    public static func read(_ data: Data, limits: Limits = .init()) throws(SpreadsheetError) -> ReadWorkbook {
        guard data.count <= limits.maxFileBytes else { throw .tooLarge }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .unsupported(.encryptedOrLegacyWorkbook) }
        // Every writer starts with a local file header; a prefix (a self-extracting stub, a
        // polyglot) is refused rather than searched past.
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .notAZip }
        let archive = try ZipPackage(bytes)
        var inflation = InflateBudget(limits: limits)
        guard let workbook = try archive.contents(of: workbookPart, budget: &inflation),
              let relationshipBytes = try archive.contents(of: workbookRelationships, budget: &inflation) else {
            throw archive.entry("content.xml") != nil && archive.entry("mimetype") != nil ? .unsupported(.openDocument) : .notAWorkbook
        }
        let declared = try WorkbookReader.sheets(workbook, part: workbookPart)
        let relationships = try RelationshipsReader(relationshipBytes, part: workbookRelationships, base: "xl/")
        let sharedStrings = try readSharedStrings(archive, relationships, &inflation)
        var cells = CellBudget(limits: limits)
        var sheets: [ReadSheet] = []
        for sheet in declared {
            guard let relationship = relationships.relationships[sheet.relationshipID],
                  let partName = relationship.partName else { throw .malformedXML(part: workbookPart) }
            if relationship.kind == "chartsheet" || relationship.kind == "dialogsheet" { continue }
            guard let content = try archive.contents(of: partName, budget: &inflation) else { throw .damaged(part: partName) }
            let part = try WorksheetReader.read(content, part: partName, sharedStrings: sharedStrings, budget: &cells)
            sheets.append(ReadSheet(name: sheet.name, cells: part.cellsByAddress, merges: part.merges))
        }
        guard !sheets.isEmpty else { throw .notAWorkbook }
        return ReadWorkbook(sheets: sheets)
    }

    /// Optional: a workbook of numbers only has none. Found through the relationships, else at
    /// its usual place.
    private static func readSharedStrings(_ archive: ZipPackage, _ relationships: RelationshipsReader,
                                          _ inflation: inout InflateBudget) throws(SpreadsheetError) -> [String] {
        let partName = relationships.first(ofKind: "sharedStrings")?.partName ?? "xl/sharedStrings.xml"
        guard let bytes = try archive.contents(of: partName, budget: &inflation) else { return [] }
        return try SharedStringsReader.strings(bytes, part: partName)
    }
}
