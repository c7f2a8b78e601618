/// Where one unit's assessment stands in the year's workflow (PAR-INDEX.md §5).
public enum AssessmentState: String, Sendable, CaseIterable, Codable {
    /// Đang tự đánh giá: the unit scores and attaches evidence.
    case draft
    /// Đã gửi: the leader submitted; may still be withdrawn until appraisal starts.
    case submitted
    /// Thẩm định vòng 1.
    case appraisalRound1 = "appraisal_round_1"
    /// Giải trình: the unit answers the appraiser's requests.
    case explanation
    /// Thẩm định vòng 2, after the unit's explanations.
    case appraisalRound2 = "appraisal_round_2"
    /// Đã thẩm định xong: the appraised scores are final, waiting for the period's approval.
    case finalised
    /// Đã phê duyệt: the administrator approved the period's results.
    case approved

    public var title: LocalizedText {
        switch self {
        case .draft: LocalizedText(vi: "Đang tự đánh giá", en: "Self-assessment in progress")
        case .submitted: LocalizedText(vi: "Đã gửi thẩm định", en: "Submitted")
        case .appraisalRound1: LocalizedText(vi: "Thẩm định vòng 1", en: "Appraisal, round 1")
        case .explanation: LocalizedText(vi: "Đang giải trình", en: "Explanation requested")
        case .appraisalRound2: LocalizedText(vi: "Thẩm định vòng 2", en: "Appraisal, round 2")
        case .finalised: LocalizedText(vi: "Đã thẩm định xong", en: "Appraisal finalised")
        case .approved: LocalizedText(vi: "Đã phê duyệt kết quả", en: "Results approved")
        }
    }

    /// The unit may change its self-assessment (inputs, explanations, evidence links).
    public var unitMayEditSelfAssessment: Bool { self == .draft }
    /// The unit may answer explanation requests and add evidence for them.
    public var unitMayExplain: Bool { self == .explanation }
    /// The appraiser may set appraised scores.
    public var appraiserMayScore: Bool { self == .appraisalRound1 || self == .appraisalRound2 }
    /// Survey points may be merged: after submission and before approval.
    public var surveyMayBeEntered: Bool {
        switch self {
        case .draft, .approved: false
        default: true
        }
    }
    /// Appraisal has begun: pages and lists show the appraised figures from here on.
    public var hasAppraisal: Bool { self != .draft && self != .submitted }
    /// Which appraisal round a score set now belongs to.
    public var appraisalRound: Int? {
        switch self {
        case .appraisalRound1: 1
        case .appraisalRound2: 2
        default: nil
        }
    }
}
