/// How a leaf's points follow from what the unit declares. Every type in PAR-INDEX.md §3.
public enum Rule: Sendable, Equatable {
    /// Pick one option: "issued on time 1 / late 0,5 / not issued 0".
    case options([RuleOption])
    /// Tiers on the percentage numerator ÷ denominator × 100.
    case percentageTiers(PercentageTiersRule)
    /// Yes / no, and possibly not applicable.
    case yesNo(YesNoRule)
    /// maximum × achieved ÷ target, capped at the maximum.
    case proportional(ProportionalRule)
    /// count × points per item, capped.
    case countTimesPoints(CountRule)
    /// A starting value lowered by a fixed amount per occurrence, not below a floor.
    case deductionPerOccurrence(DeductionRule)
    /// Points from the survey's satisfaction percentage.
    case surveyRatio(SurveyRatioRule)
    /// Any score from 0 to the maximum in steps.
    case freeScore(FreeScoreRule)

    /// The rule's name in files.
    public var typeName: String {
        switch self {
        case .options: "options"
        case .percentageTiers: "percentage_tiers"
        case .yesNo: "yes_no"
        case .proportional: "proportional"
        case .countTimesPoints: "count"
        case .deductionPerOccurrence: "deduction_per_occurrence"
        case .surveyRatio: "survey_ratio"
        case .freeScore: "free_score"
        }
    }

    public var title: LocalizedText {
        switch self {
        case .options: LocalizedText(vi: "chọn một phương án", en: "pick one option")
        case .percentageTiers: LocalizedText(vi: "mức theo tỷ lệ %", en: "percentage tiers")
        case .yesNo: LocalizedText(vi: "có / không", en: "yes / no")
        case .proportional: LocalizedText(vi: "tỷ lệ thuận với kết quả đạt được", en: "proportional to achievement")
        case .countTimesPoints: LocalizedText(vi: "số lượng × điểm", en: "count × points")
        case .deductionPerOccurrence: LocalizedText(vi: "trừ điểm mỗi lần vi phạm", en: "deduction per occurrence")
        case .surveyRatio: LocalizedText(vi: "theo tỷ lệ hài lòng khảo sát", en: "survey satisfaction ratio")
        case .freeScore: LocalizedText(vi: "chấm điểm trực tiếp", en: "free score")
        }
    }
}

public struct RuleOption: Sendable, Equatable {
    /// What an assessment names to pick this option; the 1-based position when the file gives none.
    public var key: String
    public var label: LocalizedText
    public var points: Points

    public init(key: String, label: LocalizedText, points: Points) {
        self.key = key
        self.label = label
        self.points = points
    }
}

public struct PercentageTiersRule: Sendable, Equatable {
    /// What the numerator counts ("TTHC giải quyết đúng hạn").
    public var numerator: LocalizedText
    public var denominator: LocalizedText
    public var tiers: [Tier]
    public var zeroDenominator: ZeroDenominatorPolicy

    public init(numerator: LocalizedText, denominator: LocalizedText, tiers: [Tier], zeroDenominator: ZeroDenominatorPolicy = .refuse) {
        self.numerator = numerator
        self.denominator = denominator
        self.tiers = tiers
        self.zeroDenominator = zeroDenominator
    }

    public struct Tier: Sendable, Equatable {
        public var range: Interval
        public var points: Points

        public init(range: Interval, points: Points) {
            self.range = range
            self.points = points
        }
    }
}

/// What a percentage rule does when there was nothing to count (denominator 0).
public enum ZeroDenominatorPolicy: String, Sendable, CaseIterable {
    /// Refuse the input: the unit must check its figures.
    case refuse
    /// Nothing was due, so the unit did everything: full points.
    case fullPoints = "full_points"
    /// The criterion does not apply.
    case notApplicable = "not_applicable"
}

public struct YesNoRule: Sendable, Equatable {
    /// Points for "yes"; the leaf's maximum when absent.
    public var yes: Points?
    public var no: Points
    public var allowsNotApplicable: Bool

    public init(yes: Points? = nil, no: Points = .zero, allowsNotApplicable: Bool = false) {
        self.yes = yes
        self.no = no
        self.allowsNotApplicable = allowsNotApplicable
    }
}

public struct ProportionalRule: Sendable, Equatable {
    public var achieved: LocalizedText
    /// What the target is; its value is fixed here or declared by the unit.
    public var targetLabel: LocalizedText
    public var fixedTarget: FixedDecimal?

    public init(achieved: LocalizedText, targetLabel: LocalizedText, fixedTarget: FixedDecimal? = nil) {
        self.achieved = achieved
        self.targetLabel = targetLabel
        self.fixedTarget = fixedTarget
    }
}

public struct CountRule: Sendable, Equatable {
    public var item: LocalizedText
    public var pointsEach: Points
    /// The most the count can give; the node's maximum when absent.
    public var cap: Points?

    public init(item: LocalizedText, pointsEach: Points, cap: Points? = nil) {
        self.item = item
        self.pointsEach = pointsEach
        self.cap = cap
    }
}

public struct DeductionRule: Sendable, Equatable {
    public var occurrence: LocalizedText
    public var pointsEach: Points
    /// On a scored leaf, where deductions start; the leaf's maximum when absent.
    /// (On a deduction leaf the amount deducted is limited by the leaf's cap; start and floor do not apply.)
    public var start: Points?
    /// On a scored leaf, the lowest the result can go; zero when absent.
    public var floor: Points?

    public init(occurrence: LocalizedText, pointsEach: Points, start: Points? = nil, floor: Points? = nil) {
        self.occurrence = occurrence
        self.pointsEach = pointsEach
        self.start = start
        self.floor = floor
    }
}

/// points = maximum × (satisfaction − zeroAt) ÷ (fullAt − zeroAt), within [0, maximum].
///
/// The official formula was not found (PAR-INDEX.md §3), so both ends are configurable; the
/// defaults 0 % and 100 % give maximum × satisfaction.
public struct SurveyRatioRule: Sendable, Equatable {
    public var zeroAt: FixedDecimal
    public var fullAt: FixedDecimal

    public init(zeroAt: FixedDecimal = .zero, fullAt: FixedDecimal = .hundred) {
        self.zeroAt = zeroAt
        self.fullAt = fullAt
    }
}

public struct FreeScoreRule: Sendable, Equatable {
    public var step: Points

    public init(step: Points = Points(hundredths: 1)) {
        self.step = step
    }
}
