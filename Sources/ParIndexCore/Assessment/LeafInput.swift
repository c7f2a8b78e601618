/// What one layer (self, appraised, survey) declares for one leaf.
///
/// Each field serves the rule types that need it; the rule says which it reads, and scoring
/// reports a missing or superfluous one. A `score` bypasses the rule (a direct score).
public struct LeafInput: Sendable, Equatable {
    public var option: String?
    public var numerator: FixedDecimal?
    public var denominator: FixedDecimal?
    public var answer: YesNoAnswer?
    public var achieved: FixedDecimal?
    public var target: FixedDecimal?
    public var count: Int?
    /// Satisfaction in percent (85,5 means 85,5 %).
    public var satisfaction: FixedDecimal?
    public var score: Points?
    public var notApplicable: Bool
    /// Why the layer gave this input (an appraiser's reason, an explanation).
    public var note: String?

    public init(option: String? = nil, numerator: FixedDecimal? = nil, denominator: FixedDecimal? = nil, answer: YesNoAnswer? = nil, achieved: FixedDecimal? = nil, target: FixedDecimal? = nil, count: Int? = nil, satisfaction: FixedDecimal? = nil, score: Points? = nil, notApplicable: Bool = false, note: String? = nil) {
        self.option = option
        self.numerator = numerator
        self.denominator = denominator
        self.answer = answer
        self.achieved = achieved
        self.target = target
        self.count = count
        self.satisfaction = satisfaction
        self.score = score
        self.notApplicable = notApplicable
        self.note = note
    }
}

public enum YesNoAnswer: String, Sendable, CaseIterable {
    case yes
    case no
    case notApplicable = "not_applicable"

    /// Reads "yes"/"có", "no"/"không", "na"/"không áp dụng" (and YAML's true/false).
    public init?(text: String) {
        switch text.trimmingSpaces().lowercased() {
        case "yes", "y", "true", "có", "co", "đạt": self = .yes
        case "no", "n", "false", "không", "khong", "không đạt": self = .no
        case "na", "n/a", "not_applicable", "not applicable", "không áp dụng", "kad": self = .notApplicable
        default: return nil
        }
    }

    public var title: LocalizedText {
        switch self {
        case .yes: LocalizedText(vi: "có", en: "yes")
        case .no: LocalizedText(vi: "không", en: "no")
        case .notApplicable: LocalizedText(vi: "không áp dụng", en: "not applicable")
        }
    }
}

/// The layers of a leaf's score (PAR-INDEX.md §4).
public enum ScoreLayer: String, Sendable, CaseIterable {
    /// Tự đánh giá.
    case selfAssessed = "self"
    /// Thẩm định: the appraiser's latest round.
    case appraised
    /// Điều tra xã hội học: survey-derived points.
    case survey

    public var title: LocalizedText {
        switch self {
        case .selfAssessed: LocalizedText(vi: "tự đánh giá", en: "self-assessed")
        case .appraised: LocalizedText(vi: "thẩm định", en: "appraised")
        case .survey: LocalizedText(vi: "điều tra xã hội học", en: "survey")
        }
    }
}

/// Which figures a score sheet is computed from.
public enum ScoreView: String, Sendable, CaseIterable {
    /// The unit's own scores (plus survey points, which the unit cannot give).
    case selfAssessed = "self"
    /// Only what the appraiser set (plus survey points); unappraised leaves count as not scored.
    case appraised
    /// The appraised score where there is one, the self-score otherwise, plus survey points.
    case final

    /// The layer whose input this view reads for a leaf of `kind`, among those `has` says are
    /// present: survey-derived leaves read only the survey layer; `final` prefers the appraised
    /// input to the self-assessed one.
    public func layer(for kind: NodeKind, has: (ScoreLayer) -> Bool) -> ScoreLayer? {
        if kind == .survey { return has(.survey) ? .survey : nil }
        switch self {
        case .selfAssessed: return has(.selfAssessed) ? .selfAssessed : nil
        case .appraised: return has(.appraised) ? .appraised : nil
        case .final: return has(.appraised) ? .appraised : (has(.selfAssessed) ? .selfAssessed : nil)
        }
    }
}
