/// xl/workbook.xml: the sheets in tab order, each with the relationship id of its part.
enum WorkbookReader {
    struct Sheet {
        var name: String
        var relationshipID: String
    }

    static func sheets(_ bytes: [UInt8], part: String) throws(SpreadsheetError) -> [Sheet] {
        var scanner = try XMLScanner(part: part, bytes: bytes)
        var sheets: [Sheet] = []
        while let event = try scanner.next() {
            guard case let .start(name) = event, scanner.isNamed(name, "sheet") else { continue }
            // `r:id`: the prefix varies, and `sheetId` has another local name.
            guard let sheetName = try scanner.attributeText("name"), let id = try scanner.attributeText("id") else {
                throw scanner.malformed
            }
            sheets.append(Sheet(name: sheetName, relationshipID: id))
        }
        return sheets
    }
}
