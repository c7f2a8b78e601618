/// How a leaf's points were reached: what the score trail shows beside the result.
public enum RuleWorking: Sendable, Equatable {
    /// No input in the layers read.
    case notScored
    /// A score typed directly (a free-score rule, or a layer that overrides the rule).
    case direct
    case option(index: Int)
    case tier(numerator: FixedDecimal, denominator: FixedDecimal, tier: Int)
    case zeroDenominator(ZeroDenominatorPolicy)
    case answer(YesNoAnswer)
    case proportional(achieved: FixedDecimal, target: FixedDecimal, capped: Bool)
    case count(Int, uncapped: Points)
    case occurrences(Int, uncapped: Points)
    case survey(satisfaction: FixedDecimal)
    /// Declared not applicable; the set's policy decides the points.
    case notApplicable(NotApplicablePolicy)
    /// The input was refused; the leaf counts zero until it is corrected.
    case invalid(LocalizedText)

    /// The input says the criterion does not apply to the unit.
    public var declaresNotApplicable: Bool {
        switch self {
        case .notApplicable, .answer(.notApplicable), .zeroDenominator(.notApplicable): true
        default: false
        }
    }
}

/// A refused input, with the reason in both languages.
public struct InputError: Error, Sendable, Equatable {
    public var message: LocalizedText

    public init(_ message: LocalizedText) {
        self.message = message
    }

    init(vi: String, en: String) {
        self.message = LocalizedText(vi: vi, en: en)
    }
}

/// An exact ratio of two declared figures, compared with bounds without rounding.
public struct Ratio: Sendable, Equatable {
    public var numerator: FixedDecimal
    public var denominator: FixedDecimal

    /// Compares numerator ÷ denominator × 100 with `percent`: -1, 0 or 1.
    public func comparePercentage(with percent: FixedDecimal) -> Int {
        let scale = max(numerator.decimals, denominator.decimals, percent.decimals)
        let left = Int128(numerator.units(atDecimals: scale)) * 100 * Int128(powerOfTen(scale))
        let right = Int128(percent.units(atDecimals: scale)) * Int128(denominator.units(atDecimals: scale))
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    /// The percentage rounded for display only; bounds are compared exactly.
    public func displayedPercentage(mode: RoundingMode) -> FixedDecimal {
        let scale = max(numerator.decimals, denominator.decimals)
        let top = Int128(numerator.units(atDecimals: scale)) * 100 * 100
        let bottom = Int128(denominator.units(atDecimals: scale))
        return FixedDecimal(units: Int(Rounding.divide(top, by: bottom, mode: mode)), decimals: 2)
    }
}

extension Interval {
    /// Whether numerator ÷ denominator × 100 lies in the interval, compared exactly.
    public func contains(_ ratio: Ratio) -> Bool {
        if let lower {
            let order = ratio.comparePercentage(with: lower.value)
            if order < 0 || (order == 0 && !lower.inclusive) { return false }
        }
        if let upper {
            let order = ratio.comparePercentage(with: upper.value)
            if order > 0 || (order == 0 && !upper.inclusive) { return false }
        }
        return true
    }
}
