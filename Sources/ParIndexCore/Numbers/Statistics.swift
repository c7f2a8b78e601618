/// The summary figures published beside a ranking (mean, median, lowest, highest), computed
/// exactly: values are brought to a common number of decimals, summed as integers, and the one
/// division goes through `Rounding`, under the criteria set's rule.
public enum Statistics {
    /// The mean at `decimals` decimals; nil for no values.
    public static func mean(_ values: [FixedDecimal], decimals: Int, mode: RoundingMode) -> FixedDecimal? {
        guard !values.isEmpty else { return nil }
        let scale = max(decimals, values.map(\.decimals).max() ?? 0)
        var sum: Int128 = 0
        for value in values { sum += Int128(value.units(atDecimals: scale)) }
        return rescale(sum, count: Int128(values.count), from: scale, to: decimals, mode: mode)
    }

    /// The middle value; with an even count, the mean of the two middle values at `decimals` decimals.
    public static func median(_ values: [FixedDecimal], decimals: Int, mode: RoundingMode) -> FixedDecimal? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return mean([sorted[middle - 1], sorted[middle]], decimals: decimals, mode: mode)
    }

    /// The mean of points, in hundredths (points keep two decimals everywhere).
    public static func mean(_ values: [Points], mode: RoundingMode) -> Points? {
        guard !values.isEmpty else { return nil }
        var sum: Int128 = 0
        for value in values { sum += Int128(value.hundredths) }
        return Points(hundredths: Int(Rounding.divide(sum, by: Int128(values.count), mode: mode)))
    }

    /// `sum ÷ count`, where `sum` is at `scale` decimals, as a value at `decimals` decimals.
    private static func rescale(_ sum: Int128, count: Int128, from scale: Int, to decimals: Int, mode: RoundingMode) -> FixedDecimal {
        // scale ≥ decimals, so dividing by count × 10^(scale − decimals) lands on `decimals`.
        var divisor = count
        for _ in 0..<(scale - decimals) { divisor *= 10 }
        return FixedDecimal(units: Int(Rounding.divide(sum, by: divisor, mode: mode)), decimals: decimals)
    }
}
