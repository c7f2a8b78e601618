/// A classification band (xếp loại): a lower bound on the index or total, and extra conditions.
public struct Band: Sendable, Equatable {
    /// Stable key used in reports and reported figures ("tot", "A").
    public var key: String
    public var label: LocalizedText
    public var range: Interval
    /// Facts that must hold, beyond the score, for a unit to be placed in this band.
    public var conditions: [BandCondition]
    /// Line in the source file, for messages.
    public var line: Int?

    public init(key: String, label: LocalizedText, range: Interval, conditions: [BandCondition] = [], line: Int? = nil) {
        self.key = key
        self.label = label
        self.range = range
        self.conditions = conditions
        self.line = line
    }
}

public struct BandCondition: Sendable, Equatable {
    public var fact: String
    /// The value the fact must have.
    public var required: Bool

    public init(fact: String, required: Bool = true) {
        self.fact = fact
        self.required = required
    }
}

/// A bound as the decision words it: "từ 70" is inclusive, "trên 90" exclusive.
public struct Bound: Sendable, Equatable {
    public var value: FixedDecimal
    public var inclusive: Bool

    public init(_ value: FixedDecimal, inclusive: Bool) {
        self.value = value
        self.inclusive = inclusive
    }
}

/// A range of values between two optional bounds (absent means unbounded).
public struct Interval: Sendable, Equatable {
    public var lower: Bound?
    public var upper: Bound?

    public init(lower: Bound? = nil, upper: Bound? = nil) {
        self.lower = lower
        self.upper = upper
    }

    public func meetsLower(_ value: FixedDecimal) -> Bool {
        guard let lower else { return true }
        return lower.inclusive ? value >= lower.value : value > lower.value
    }

    public func meetsUpper(_ value: FixedDecimal) -> Bool {
        guard let upper else { return true }
        return upper.inclusive ? value <= upper.value : value < upper.value
    }

    public func contains(_ value: FixedDecimal) -> Bool {
        meetsLower(value) && meetsUpper(value)
    }

    /// "từ 70 đến dưới 90" / "from 70 to under 90", as decisions word a range.
    public func describe(_ language: Language, unit: String = "") -> String {
        let vi = language == .vi
        func number(_ bound: Bound) -> String { bound.value.formatted(language) + unit }
        if let lower, let upper, lower.value == upper.value, lower.inclusive, upper.inclusive {
            return (vi ? "đúng " : "exactly ") + number(lower)
        }
        var lowerText: String?
        if let lower {
            lowerText = lower.inclusive ? (vi ? "từ " : "from ") + number(lower) : (vi ? "trên " : "above ") + number(lower)
        }
        var upperText: String?
        if let upper {
            upperText = upper.inclusive ? (vi ? "đến " : (lower == nil ? "up to " : "to ")) + number(upper)
                : (vi ? (lower == nil ? "dưới " : "đến dưới ") : (lower == nil ? "under " : "to under ")) + number(upper)
        }
        let parts = [lowerText, upperText].compactMap { $0 }
        return parts.isEmpty ? (vi ? "mọi giá trị" : "any value") : parts.joined(separator: " ")
    }
}
