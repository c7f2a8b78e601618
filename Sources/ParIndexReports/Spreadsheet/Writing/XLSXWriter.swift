import Foundation

/// Turns a `Workbook` into the parts of an .xlsx file, then zips them (`XLSXWriter+Zip`).
///
/// Also the namespace of the writer's internal types, so that their plain names (`SheetXML`,
/// `SharedStrings`…) never collide with the xlsx reader's in the same module.
enum XLSXWriter {
    struct Part {
        var path: String
        var bytes: [UInt8]
    }

    static func data(of workbook: Workbook) throws -> Data {
        try zipped(parts(of: workbook))
    }

    static func parts(of workbook: Workbook) throws -> [Part] {
        guard !workbook.sheets.isEmpty else { throw XLSXWriterError.noWorksheets }
        if let created = workbook.properties.created, !workbook.properties.hasValidCreated {
            throw XLSXWriterError.invalidCreatedDate(created)
        }
        let lists = ListSources(sheets: workbook.sheets)
        let (sheets, hiddenName) = namedSheets(workbook.sheets, lists: lists)
        for sheet in sheets { try sheet.check() }

        var strings = SharedStrings()
        var sheetParts: [Part] = []
        var noteBlock = 1
        var commentNumbers: [Int] = []
        for (offset, sheet) in sheets.enumerated() {
            let number = offset + 1
            let sources = offset < lists.sources.count ? lists.sources[offset] : []
            let part = SheetXML(
                sheet: sheet, isSelected: offset == 0,
                validationFormulas: sources.map { ListSources.formula(for: $0, hiddenSheet: hiddenName) },
                legacyDrawingID: sheet.notes.isEmpty ? nil : "rId2")
            sheetParts.append(Part(path: "xl/worksheets/sheet\(number).xml", bytes: part.xml(strings: &strings)))
            guard !sheet.notes.isEmpty else { continue }
            sheetParts += notesParts(sheet.notes, sheetNumber: number, firstBlock: noteBlock)
            noteBlock += VMLDrawingXML.blockCount(noteCount: sheet.notes.count)
            commentNumbers.append(number)
        }

        let workbookXML = WorkbookXML(sheets: sheets.enumerated().map { offset, sheet in
            WorkbookXML.Sheet(
                name: sheet.name, hidden: offset >= workbook.sheets.count, printTitleRows: sheet.printTitleRows)
        })
        let properties = DocumentPropertiesXML(properties: workbook.properties, sheetNames: sheets.map(\.name))
        let content = ContentTypesXML(sheetNumbers: 1...sheets.count, commentNumbers: commentNumbers)
        return [
            Part(path: "[Content_Types].xml", bytes: content.xml()),
            Part(path: "_rels/.rels", bytes: packageRelationships.xml()),
            Part(path: "docProps/core.xml", bytes: properties.coreXML()),
            Part(path: "docProps/app.xml", bytes: properties.appXML()),
            Part(path: "xl/workbook.xml", bytes: workbookXML.xml()),
            Part(path: "xl/_rels/workbook.xml.rels", bytes: workbookXML.relationships().xml()),
            Part(path: "xl/styles.xml", bytes: StylesXML.xml()),
            Part(path: "xl/sharedStrings.xml", bytes: strings.xml()),
        ] + sheetParts
    }

    /// The caller's sheets under unique names, then the hidden sheet of lists when one is needed,
    /// and the name that sheet has (or would have) so that formulas can point at it.
    private static func namedSheets(_ given: [Worksheet], lists: ListSources) -> (sheets: [Worksheet], hiddenName: String) {
        let names = SheetName.unique(given.map(\.name) + [ListSources.hiddenSheetName])
        var sheets = zip(given, names).map { sheet, name in
            var renamed = sheet
            renamed.name = name
            return renamed
        }
        let hiddenName = names[given.count]
        if let hidden = lists.hiddenSheet(named: hiddenName) { sheets.append(hidden) }
        return (sheets, hiddenName)
    }

    /// The comments, their VML drawing and the sheet's relationships to both ("rId1", "rId2").
    private static func notesParts(_ notes: [CellNote], sheetNumber: Int, firstBlock: Int) -> [Part] {
        let comments = CommentsXML(notes: notes)
        let drawing = VMLDrawingXML(notes: comments.notes, firstBlock: firstBlock)
        let relationships = RelationshipsXML(relationships: [
            .init(id: "rId1", type: XMLNamespace.Relationship.comments, target: "../comments\(sheetNumber).xml"),
            .init(id: "rId2", type: XMLNamespace.Relationship.vmlDrawing,
                  target: "../drawings/vmlDrawing\(sheetNumber).vml"),
        ])
        return [
            Part(path: "xl/worksheets/_rels/sheet\(sheetNumber).xml.rels", bytes: relationships.xml()),
            Part(path: "xl/comments\(sheetNumber).xml", bytes: comments.xml()),
            Part(path: "xl/drawings/vmlDrawing\(sheetNumber).vml", bytes: drawing.xml()),
        ]
    }

    private static let packageRelationships = RelationshipsXML(relationships: [
        .init(id: "rId1", type: XMLNamespace.Relationship.officeDocument, target: "xl/workbook.xml"),
        .init(id: "rId2", type: XMLNamespace.Relationship.coreProperties, target: "docProps/core.xml"),
        .init(id: "rId3", type: XMLNamespace.Relationship.extendedProperties, target: "docProps/app.xml"),
    ])
}
