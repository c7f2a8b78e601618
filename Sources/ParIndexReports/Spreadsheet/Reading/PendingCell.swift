/// A `<c>` element being read: what its children held, turned into a cell when it closes.
struct PendingCell {
    /// The `t` attribute (ECMA-376 Part 1, 18.18.11 ST_CellType).
    enum Kind: String {
        case number = "n"
        case sharedString = "s"
        case inlineString = "inlineStr"
        case formulaString = "str"
        case boolean = "b"
        case error = "e"
        /// An ISO 8601 date (Strict files, some generators): kept as its text, dates are not read.
        case date = "d"
    }

    enum Target {
        case value, formula, inline
    }

    var address: CellAddress
    var type: Kind
    var value: [UInt8]?
    var formula: [UInt8]?
    var inline: [UInt8]?

    init(address: CellAddress, type: Kind) {
        self.address = address
        self.type = type
    }

    mutating func append(_ event: XMLScanner.Event, to target: Target, with scanner: XMLScanner) throws(SpreadsheetError) {
        switch target {
        case .value: try Self.append(event, to: &value, with: scanner)
        case .formula: try Self.append(event, to: &formula, with: scanner)
        case .inline: try Self.append(event, to: &inline, with: scanner)
        }
    }

    /// Moves the buffer out while appending, so it is never copied.
    private static func append(_ event: XMLScanner.Event, to buffer: inout [UInt8]?, with scanner: XMLScanner) throws(SpreadsheetError) {
        var bytes = buffer ?? []
        buffer = nil
        try scanner.append(event, to: &bytes)
        buffer = bytes
    }

    /// The cell to store, or nil when it holds nothing (no formula, no value, or empty text).
    func cell(sharedStrings: [String], part: String) throws(SpreadsheetError) -> ReadCell? {
        let formulaText = formula.map { String(decoding: $0, as: UTF8.self) }
        let result = try resolvedValue(sharedStrings: sharedStrings, part: part)
        if formulaText == nil, result == .empty || result == .text("") { return nil }
        return ReadCell(value: result, formula: formulaText)
    }

    private func resolvedValue(sharedStrings: [String], part: String) throws(SpreadsheetError) -> ReadValue {
        if type == .inlineString, let inline { return .text(ExcelText.string(inline)) }
        guard let value else { return .empty }
        let literal = Self.trimmed(value)
        switch type {
        case .number:
            return literal.isEmpty ? .empty : .number(literal)
        case .sharedString:
            guard !literal.isEmpty else { return .empty }
            guard let index = Int(literal), sharedStrings.indices.contains(index) else { throw .malformedXML(part: part) }
            return .text(sharedStrings[index])
        case .inlineString, .formulaString:
            return .text(ExcelText.string(value))
        case .boolean:
            switch literal {
            case "": return .empty
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw .malformedXML(part: part)
            }
        case .error:
            return literal.isEmpty ? .empty : .error(literal)
        case .date:
            return literal.isEmpty ? .empty : .text(literal)
        }
    }

    /// The text without surrounding XML white space: a number or a code is never meant to have any.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
