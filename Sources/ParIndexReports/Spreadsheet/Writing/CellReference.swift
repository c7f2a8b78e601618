/// A cell's address, both parts counted from 1 as Excel shows them: column 1 is "A", so
/// `CellReference(column: 28, row: 3)` is "AB3".
public struct CellReference: Hashable, Sendable, CustomStringConvertible {
    public static let maximumColumn = 16_384
    public static let maximumRow = 1_048_576

    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads "B12" or "$B$12"; nil for anything else.
    public init?(_ text: String) {
        let letters = text.utf8.filter { $0 != UInt8(ascii: "$") }
        guard let firstDigit = letters.firstIndex(where: Self.isDigit), firstDigit > 0 else { return nil }
        var column = 0
        for byte in letters[..<firstDigit] {
            let upper = byte & ~0x20
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(upper), column <= Self.maximumColumn else { return nil }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
        }
        var row = 0
        for byte in letters[firstDigit...] {
            guard Self.isDigit(byte), row <= Self.maximumRow else { return nil }
            row = row * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self.init(column: column, row: row)
        guard isValid else { return nil }
    }

    /// "A1".
    public var description: String { Self.columnName(column) + String(row) }

    /// "$A$1", for formulas that must not shift when copied.
    public var absolute: String { "$" + Self.columnName(column) + "$" + String(row) }

    /// Inside the grid Excel can address.
    public var isValid: Bool {
        (1...Self.maximumColumn).contains(column) && (1...Self.maximumRow).contains(row)
    }

    /// "A" for 1, "Z" for 26, "AA" for 27 (bijective base 26: there is no zero digit).
    public static func columnName(_ column: Int) -> String {
        var remaining = column
        var letters: [UInt8] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
