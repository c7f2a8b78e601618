/// An exact decimal number: `units` × 10^-`decimals`.
///
/// Used for what is not a score but must still be exact: declared figures (numerators,
/// achieved values), satisfaction percentages, band and tier bounds, and the index.
public struct FixedDecimal: Hashable, Comparable, Sendable {
    public var units: Int
    public var decimals: Int

    public init(units: Int, decimals: Int) {
        self.units = units
        self.decimals = decimals
    }

    public init(_ whole: Int) {
        self.init(units: whole, decimals: 0)
    }

    public static let zero = FixedDecimal(units: 0, decimals: 0)
    public static let hundred = FixedDecimal(units: 100, decimals: 0)

    /// `units` expressed with `target` decimals (target must not be smaller than `decimals`).
    public func units(atDecimals target: Int) -> Int {
        units * powerOfTen(target - decimals)
    }

    /// The whole part, the fraction dropped (toward zero): for placing a value on a chart's axis
    /// or in a chart's bin, never for a figure people read (those go through `Rounding`).
    public var truncatedToWhole: Int { units / powerOfTen(decimals) }

    public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let scale = Swift.max(lhs.decimals, rhs.decimals)
        return lhs.units(atDecimals: scale) == rhs.units(atDecimals: scale)
    }

    public func hash(into hasher: inout Hasher) {
        var normalised = self
        while normalised.decimals > 0, normalised.units % 10 == 0 {
            normalised.units /= 10
            normalised.decimals -= 1
        }
        hasher.combine(normalised.units)
        hasher.combine(normalised.decimals)
    }

    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let scale = Swift.max(lhs.decimals, rhs.decimals)
        return lhs.units(atDecimals: scale) < rhs.units(atDecimals: scale)
    }

    public var isNegative: Bool { units < 0 }
    public var isZero: Bool { units == 0 }
}

/// 10^exponent for the small exponents fixed-point arithmetic needs.
func powerOfTen(_ exponent: Int) -> Int {
    precondition(exponent >= 0 && exponent <= 18, "decimal exponent out of range")
    var result = 1
    for _ in 0..<exponent { result *= 10 }
    return result
}
