extension XLSXWriter {
    /// The text of an exact decimal as a cell's `<v>` holds it, made from the integer digits alone:
    /// going through `Double` could write 64.06 as 64.060000000000002.
    enum NumberLiteral {
        /// Beyond this many decimals a plain literal would be mostly zeros, so the exponent form is used.
        private static let longestPlainFraction = 20

        static func text(units: Int, decimals: Int) -> String {
            let sign = units < 0 ? "-" : ""
            // `magnitude` so that Int.min does not overflow.
            let digits = String(units.magnitude)
            if units == 0 || decimals == 0 { return units == 0 ? "0" : sign + digits }
            if decimals < 0 { return sign + digits + "E" + String(decimals.magnitude) }
            if decimals > longestPlainFraction { return sign + digits + "E-" + String(decimals) }
            let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
            let point = padded.index(padded.endIndex, offsetBy: -decimals)
            return sign + padded[..<point] + "." + padded[point...]
        }
    }
}
