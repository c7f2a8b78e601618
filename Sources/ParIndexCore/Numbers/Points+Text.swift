extension Points {
    /// Parses a typed score: "12,5", "12.5", "4,86", "10". At most two decimals.
    public static func parse(_ text: String, allowNegative: Bool = false) -> Result<Points, NumberInputError> {
        DecimalText.parse(text, maxDecimals: 2, allowNegative: allowNegative).map { Points(hundredths: $0.units) }
    }

    /// "12,5" / "4,86" / "10" in Vietnamese; "12.5" in English. Trailing zeros are dropped.
    public func formatted(_ language: Language = .vi) -> String {
        fixed.formatted(language)
    }
}

extension FixedDecimal {
    /// Parses a declared figure or percentage with at most `maxDecimals` decimals.
    public static func parse(_ text: String, maxDecimals: Int = 2, allowNegative: Bool = false) -> Result<FixedDecimal, NumberInputError> {
        DecimalText.parse(text, maxDecimals: maxDecimals, allowNegative: allowNegative)
    }

    /// The number with the language's decimal separator and no trailing zeros.
    public func formatted(_ language: Language = .vi) -> String {
        formatted(language, minimumDecimals: 0)
    }

    /// The number with at least `minimumDecimals` decimals ("78,10" for an index shown to two).
    public func formatted(_ language: Language, minimumDecimals: Int) -> String {
        let magnitude = units.magnitude
        let divisor = UInt(powerOfTen(decimals))
        let whole = magnitude / divisor
        var fraction = decimals > 0 ? String(magnitude % divisor) : ""
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.count > minimumDecimals, fraction.last == "0" {
            fraction.removeLast()
        }
        if fraction.count < minimumDecimals {
            fraction += String(repeating: "0", count: minimumDecimals - fraction.count)
        }
        let sign = units < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole)\(language.decimalSeparator)\(fraction)"
    }

    /// The number as a JSON number literal (always with a point).
    public var jsonLiteral: String { formatted(.en) }
}
