public import ParIndexCore

/// What a cell holds. Numbers are exact decimals, never `Double`.
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// `units` × 10^-`decimals`: `.number(units: 6406, decimals: 2)` is 64.06.
    case number(units: Int, decimals: Int)
    case integer(Int)
    case boolean(Bool)

    public static func points(_ value: Points) -> CellValue {
        .number(units: value.hundredths, decimals: 2)
    }

    public static func decimal(_ value: FixedDecimal) -> CellValue {
        .number(units: value.units, decimals: value.decimals)
    }
}
