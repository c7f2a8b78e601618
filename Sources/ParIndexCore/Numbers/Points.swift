/// A number of points, held exactly as an integer count of hundredths.
///
/// Criteria sets state maxima in half points (9,5) and scores to two decimals (4,86); binary
/// floating point cannot hold those exactly, so every score in ParIndex is one of these.
public struct Points: Hashable, Comparable, Sendable {
    public var hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    /// Whole points, for code and tests that state a round figure.
    public init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    public static let zero = Points(hundredths: 0)

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static prefix func - (value: Points) -> Points { Points(hundredths: -value.hundredths) }
    public static func += (lhs: inout Points, rhs: Points) { lhs.hundredths += rhs.hundredths }
    public static func -= (lhs: inout Points, rhs: Points) { lhs.hundredths -= rhs.hundredths }
    public static func * (lhs: Points, count: Int) -> Points { Points(hundredths: lhs.hundredths * count) }

    public var isNegative: Bool { hundredths < 0 }

    /// The value limited to `range`.
    public func clamped(to range: ClosedRange<Points>) -> Points {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }

    /// The same value as a general fixed-point number, for comparisons against bounds.
    public var fixed: FixedDecimal { FixedDecimal(units: hundredths, decimals: 2) }
}
