/// A cell's place in a sheet, both numbers 1-based, as Excel counts: column 1 is "A", row 1 is "1".
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Excel's own bounds (column XFD, row 1 048 576): a reference beyond them is not a cell.
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses an A1-style reference such as "E14" or "AB12" (letters in either case, no `$`);
    /// nil for anything else or for a place beyond Excel's bounds.
    public init?(reference: String) {
        var column = 0
        var row = 0
        var readingLetters = true
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard readingLetters else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                guard column <= Self.maxColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard column > 0 else { return nil }
                readingLetters = false
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= Self.maxRow else { return nil }
            default:
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    /// The A1-style reference, e.g. "E14".
    public var reference: String { Self.columnName(column) + String(row) }

    public var description: String { reference }

    /// "A" for 1, "Z" for 26, "AA" for 27.
    public static func columnName(_ column: Int) -> String {
        var scalars: [Unicode.Scalar] = []
        var rest = max(column, 1)
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// Reading order: row by row, then left to right.
    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
