/// How a criteria set rounds a value that falls between two representable numbers.
public enum RoundingMode: String, Sendable, CaseIterable {
    /// Halves go away from zero: 78,125 → 78,13.
    case halfUp = "half_up"
    /// Halves go to the even neighbour (banker's rounding): 78,125 → 78,12.
    case halfEven = "half_even"
}

/// The one place in ParIndex where a quotient becomes a rounded number.
///
/// Every derived figure that is not an exact sum (proportional points, survey points, the index,
/// component indices) goes through `divide`, so the set's rounding rule is applied the same way
/// everywhere and is tested once. Products are formed in 128 bits so that large declared
/// figures (budgets, document counts) cannot overflow before the division.
public enum Rounding {
    /// `numerator ÷ denominator` rounded to an integer under `mode`. `denominator` must be positive.
    public static func divide(_ numerator: Int128, by denominator: Int128, mode: RoundingMode) -> Int128 {
        precondition(denominator > 0, "rounding needs a positive denominator")
        let magnitude = numerator < 0 ? -numerator : numerator
        let quotient = magnitude / denominator
        let twiceRemainder = 2 * (magnitude % denominator)
        var rounded = quotient
        if twiceRemainder > denominator {
            rounded += 1
        } else if twiceRemainder == denominator {
            switch mode {
            case .halfUp: rounded += 1
            case .halfEven: if quotient % 2 == 1 { rounded += 1 }
            }
        }
        return numerator < 0 ? -rounded : rounded
    }

    /// `part ÷ whole × 100`, as a percentage with `decimals` decimals, rounded once under `mode`.
    /// Returns nil when `whole` is zero (nothing applies, so there is no percentage).
    public static func percentage(_ part: Points, of whole: Points, decimals: Int, mode: RoundingMode) -> FixedDecimal? {
        guard whole.hundredths > 0 else { return nil }
        let top = Int128(part.hundredths) * 100 * Int128(powerOfTen(decimals))
        let scaled = divide(top, by: Int128(whole.hundredths), mode: mode)
        return FixedDecimal(units: Int(scaled), decimals: decimals)
    }

    /// `value × numerator ÷ denominator` in hundredths, rounded once under `mode`.
    /// `denominator` must be positive.
    public static func scale(_ value: Points, by numerator: FixedDecimal, over denominator: FixedDecimal, mode: RoundingMode) -> Points {
        let scale = Swift.max(numerator.decimals, denominator.decimals)
        let top = Int128(value.hundredths) * Int128(numerator.units(atDecimals: scale))
        let bottom = Int128(denominator.units(atDecimals: scale))
        return Points(hundredths: Int(divide(top, by: bottom, mode: mode)))
    }
}
