/// The answers one question (or one survey criterion, pooled over its questions) received, and
/// what is published beside them: the satisfied share, its 95 % Wilson interval, and the flags a
/// reader needs before trusting the figure.
public struct SurveyTally: Equatable, Sendable {
    public var answers: Int
    public var satisfied: Int

    public init(answers: Int = 0, satisfied: Int = 0) {
        self.answers = answers
        self.satisfied = satisfied
    }

    /// Counts one answer of a counting question: satisfied, or not.
    public mutating func add(satisfied isSatisfied: Bool) {
        answers += 1
        if isSatisfied { satisfied += 1 }
    }

    public static func + (lhs: SurveyTally, rhs: SurveyTally) -> SurveyTally {
        SurveyTally(answers: lhs.answers + rhs.answers, satisfied: lhs.satisfied + rhs.satisfied)
    }

    /// The satisfied share in percent (what the survey criterion's rule reads as `satisfaction`),
    /// rounded once under the criteria set's rule; nil without answers.
    public func share(decimals: Int = 2, mode: RoundingMode) -> FixedDecimal? {
        guard answers > 0 else { return nil }
        let hundredths = Rounding.divide(Int128(satisfied) * 100 * Int128(powerOfTen(decimals)), by: Int128(answers), mode: mode)
        return FixedDecimal(units: Int(hundredths), decimals: decimals)
    }

    public var interval: WilsonInterval? { WilsonInterval(satisfied: satisfied, of: answers) }

    /// Why the figure is not yet to be trusted: fewer answers than the quota, or an interval wider
    /// than ± `widestHalfWidth` percentage points (10 by default).
    public func flags(quota: Int, widestHalfWidth: FixedDecimal = FixedDecimal(10)) -> [SurveyFlag] {
        var flags: [SurveyFlag] = []
        if answers < quota { flags.append(.belowQuota) }
        if let interval, interval.halfWidth > widestHalfWidth { flags.append(.wideInterval) }
        if answers == 0 { flags.append(.noAnswers) }
        return flags
    }
}

public enum SurveyFlag: String, Sendable, CaseIterable, Codable {
    case noAnswers = "no_answers"
    case belowQuota = "below_quota"
    case wideInterval = "wide_interval"

    public var text: LocalizedText {
        switch self {
        case .noAnswers: LocalizedText(vi: "chưa có câu trả lời", en: "no answers yet")
        case .belowQuota: LocalizedText(vi: "chưa đủ số phiếu theo chỉ tiêu", en: "fewer answers than the quota")
        case .wideInterval: LocalizedText(vi: "khoảng tin cậy rộng hơn ± 10 điểm", en: "interval wider than ± 10 points")
        }
    }
}
