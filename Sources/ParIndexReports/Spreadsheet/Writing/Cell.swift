public import ParIndexCore

/// One cell: what it holds and how it looks.
public struct Cell: Sendable, Equatable {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, style: CellStyle = .plain) -> Cell {
        Cell(.text(text), style: style)
    }

    public static func integer(_ value: Int, style: CellStyle = .plain) -> Cell {
        Cell(.integer(value), style: style)
    }

    /// A score, shown with its two decimals.
    public static func points(_ value: Points, style: CellStyle = .number2) -> Cell {
        Cell(.points(value), style: style)
    }

    public static func empty(style: CellStyle = .plain) -> Cell {
        Cell(.empty, style: style)
    }

    /// Nothing to write: no value and no formatting that would show (a border, a fill).
    var isBlank: Bool {
        if case .empty = value, style == .plain { return true }
        return false
    }
}
