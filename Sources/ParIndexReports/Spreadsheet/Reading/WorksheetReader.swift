/// A worksheet part: the cells of `<sheetData>` and the ranges of `<mergeCells>`.
struct WorksheetReader {
    /// In file order; turned into a dictionary once, at its final size, so it is never rehashed
    /// while it grows.
    private(set) var cells: [(CellAddress, ReadCell)] = []
    private(set) var merges: [String] = []

    private var scanner: XMLScanner
    private let sharedStrings: [String]
    private var row = 0
    private var nextColumn = 1
    private var cell: PendingCell?
    private var target: PendingCell.Target?
    private var inSheetData = false
    private var inInlineString = false
    private var phoneticDepth = 0

    /// Reads a sheet part; `budget` counts filled cells across all the sheets of the workbook.
    static func read(_ bytes: [UInt8], part: String, sharedStrings: [String],
                     budget: inout CellBudget) throws(SpreadsheetError) -> WorksheetReader {
        var sheet = WorksheetReader(scanner: try XMLScanner(part: part, bytes: bytes), sharedStrings: sharedStrings)
        try sheet.run(&budget)
        return sheet
    }

    /// The cells by address; a cell written twice (no writer does) keeps its last value.
    var cellsByAddress: [CellAddress: ReadCell] {
        var dictionary: [CellAddress: ReadCell] = [:]
        dictionary.reserveCapacity(cells.count)
        for (address, cell) in cells { dictionary[address] = cell }
        return dictionary
    }

    private init(scanner: XMLScanner, sharedStrings: [String]) {
        self.scanner = scanner
        self.sharedStrings = sharedStrings
    }

    private mutating func run(_ budget: inout CellBudget) throws(SpreadsheetError) {
        while let event = try scanner.next() {
            switch event {
            case let .start(name): try start(name)
            case let .end(name): try end(name, &budget)
            case .text, .cdata:
                if let target, cell != nil { try cell?.append(event, to: target, with: scanner) }
            }
        }
    }

    private mutating func start(_ name: Range<Int>) throws(SpreadsheetError) {
        if scanner.isNamed(name, "sheetData") {
            inSheetData = true
        } else if inSheetData, scanner.isNamed(name, "row") {
            if let reference = scanner.attribute("r") { row = try number(reference) } else { row += 1 }
            guard (1...CellAddress.maxRow).contains(row) else { throw scanner.malformed }
            nextColumn = 1
        } else if inSheetData, scanner.isNamed(name, "c") {
            try startCell()
        } else if cell != nil {
            startInsideCell(name)
        } else if scanner.isNamed(name, "mergeCell") {
            guard let reference = try scanner.attributeText("ref"), Self.isRange(reference) else { throw scanner.malformed }
            merges.append(reference)
        }
    }

    /// A cell without `r` (LibreOffice and some generators omit it) follows the previous one.
    private mutating func startCell() throws(SpreadsheetError) {
        let address: CellAddress
        if let reference = try scanner.attributeText("r") {
            guard let parsed = CellAddress(reference: reference) else { throw scanner.malformed }
            address = parsed
        } else {
            address = CellAddress(column: nextColumn, row: max(row, 1))
        }
        guard address.column <= CellAddress.maxColumn else { throw scanner.malformed }
        nextColumn = address.column + 1
        var type = PendingCell.Kind.number
        if let range = scanner.attribute("t") { type = try cellType(range) }
        cell = PendingCell(address: address, type: type)
        (target, inInlineString, phoneticDepth) = (nil, false, 0)
    }

    private mutating func startInsideCell(_ name: Range<Int>) {
        if scanner.isNamed(name, "v") {
            target = .value
            cell?.value = []
        } else if scanner.isNamed(name, "f") {
            target = .formula
            cell?.formula = []
        } else if scanner.isNamed(name, "is") {
            inInlineString = true
            cell?.inline = []
        } else if scanner.isNamed(name, "rPh") {
            phoneticDepth += 1
        } else if inInlineString, phoneticDepth == 0, scanner.isNamed(name, "t") {
            target = .inline
        }
    }

    private mutating func end(_ name: Range<Int>, _ budget: inout CellBudget) throws(SpreadsheetError) {
        if scanner.isNamed(name, "c"), let finished = cell {
            cell = nil
            guard let stored = try finished.cell(sharedStrings: sharedStrings, part: scanner.part) else { return }
            try budget.add(finished.address)
            cells.append((finished.address, stored))
        } else if scanner.isNamed(name, "sheetData") {
            inSheetData = false
        } else if scanner.isNamed(name, "rPh") {
            phoneticDepth = max(phoneticDepth - 1, 0)
        } else if scanner.isNamed(name, "is") {
            inInlineString = false
        } else if scanner.isNamed(name, "v") || scanner.isNamed(name, "f") || scanner.isNamed(name, "t") {
            target = nil
        }
    }

    private func number(_ range: Range<Int>) throws(SpreadsheetError) -> Int {
        guard range.count <= 9, let value = Int(String(decoding: scanner.bytes[range], as: UTF8.self)) else { throw scanner.malformed }
        return value
    }

    private func cellType(_ range: Range<Int>) throws(SpreadsheetError) -> PendingCell.Kind {
        guard let kind = PendingCell.Kind(rawValue: String(decoding: scanner.bytes[range], as: UTF8.self)) else {
            throw scanner.malformed
        }
        return kind
    }

    /// "A1:C1" (or a single cell, which some writers emit for a one-cell range).
    static func isRange(_ reference: String) -> Bool {
        let ends = reference.split(separator: ":", omittingEmptySubsequences: false)
        return (1...2).contains(ends.count) && ends.allSatisfy { CellAddress(reference: String($0)) != nil }
    }
}
