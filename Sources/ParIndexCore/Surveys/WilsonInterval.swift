/// The 95 % Wilson score interval of a satisfied share (k satisfied of n answers), in percent
/// with two decimals, computed exactly: every product is an integer in 128 bits and the one
/// square root is an integer square root at nine decimals, so every figure that decides a flag
/// or is published beside the survey points is exact and the same on every machine.
///
///     centre ± half = (k + z²/2 ± z·√(k(n−k)/n + z²/4)) ÷ (n + z²),  z = 1,96
///
/// The Wald interval (p ± z·√(p(1−p)/n)) is not used: it collapses to a point at 0 % and 100 %
/// and is too narrow for the small samples of a commune's one-stop desk.
public struct WilsonInterval: Equatable, Sendable {
    /// Percent, two decimals, rounded to the nearest hundredth.
    public var lower: FixedDecimal
    public var upper: FixedDecimal

    /// Half the width, in percentage points (what "± 10 points" is measured on).
    public var halfWidth: FixedDecimal {
        FixedDecimal(units: (upper.units(atDecimals: 2) - lower.units(atDecimals: 2) + 1) / 2, decimals: 2)
    }

    /// nil without answers, or with a count that is not 0 ≤ satisfied ≤ answers.
    public init?(satisfied: Int, of answers: Int) {
        guard answers > 0, satisfied >= 0, satisfied <= answers, answers <= Self.largestSample else { return nil }
        let k = Int128(satisfied), n = Int128(answers)
        // In units of 1/20 000: z²/2 = 0,9604 × 20 000 / … (z² = 3,8416 = 38 416 / 10 000).
        let scale: Int128 = 1_000_000_000
        let centre = 20_000 * k + 38_416                       // (k + z²/2) × 20 000
        let denominator = 20_000 * n + 76_832                  // (n + z²) × 20 000
        // √(k(n−k)/n + z²/4) × scale, floored; z²/4 = 9 604 / 10 000.
        let radicand = (10_000 * k * (n - k) + 9_604 * n) * scale * scale / (10_000 * n)
        let root = Self.squareRoot(radicand)
        let half = 39_200 * root                               // z × √… × 20 000 × scale (z × 20 000 = 39 200)
        lower = Self.percent(centre * scale - half, over: denominator * scale)
        upper = Self.percent(centre * scale + half, over: denominator * scale)
    }

    /// Beyond this the products could leave 128 bits; no survey of a unit comes near it.
    public static let largestSample = 10_000_000

    /// `numerator ÷ denominator` as a percentage with two decimals, within 0 – 100.
    private static func percent(_ numerator: Int128, over denominator: Int128) -> FixedDecimal {
        let hundredths = Rounding.divide(numerator * 10_000, by: denominator, mode: .halfUp)
        return FixedDecimal(units: Int(min(max(hundredths, 0), 10_000)), decimals: 2)
    }

    /// ⌊√value⌋ by Newton's method on integers.
    static func squareRoot(_ value: Int128) -> Int128 {
        guard value > 1 else { return max(value, 0) }
        var guess = value
        var next = (guess + 1) / 2
        while next < guess {
            guess = next
            next = (guess + value / guess) / 2
        }
        return guess
    }
}
