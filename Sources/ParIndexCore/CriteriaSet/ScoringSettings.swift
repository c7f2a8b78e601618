/// How a criteria set turns node points into a total, an index and a band.
public struct ScoringSettings: Sendable, Equatable {
    /// The maximum total (usually 100; 60 for some groups).
    public var maximum: Points
    /// Decimals of the index (2 in most decisions, sometimes 3).
    public var indexDecimals: Int
    /// How the index, component indices and computed points (proportional, survey) are rounded.
    public var rounding: RoundingMode
    /// Whether bonus points may lift the total above `maximum`.
    public var totalMayExceedMaximum: Bool
    public var notApplicable: NotApplicablePolicy
    /// What the bands compare: the index (%) or the total (points).
    public var bandsCompare: BandBasis

    public init(maximum: Points = Points(100), indexDecimals: Int = 2, rounding: RoundingMode = .halfUp, totalMayExceedMaximum: Bool = false, notApplicable: NotApplicablePolicy = .shrinkMaximum, bandsCompare: BandBasis = .index) {
        self.maximum = maximum
        self.indexDecimals = indexDecimals
        self.rounding = rounding
        self.totalMayExceedMaximum = totalMayExceedMaximum
        self.notApplicable = notApplicable
        self.bandsCompare = bandsCompare
    }
}

/// What happens to a criterion a unit is exempted from (không áp dụng).
public enum NotApplicablePolicy: String, Sendable, CaseIterable {
    /// The criterion leaves the maximum; the index is computed on what applies.
    case shrinkMaximum = "shrink_maximum"
    /// The unit receives the criterion's full points.
    case awardFull = "award_full"
    /// No criterion may be marked not applicable.
    case notAllowed = "not_allowed"
}

public enum BandBasis: String, Sendable, CaseIterable {
    case index
    case total
}
