package import FluentKit
import Foundation
package import ParIndexCore

/// A survey campaign (đợt khảo sát): one questionnaire put to one target group of a period's
/// units between two dates, with a quota of answers per unit. Each unit gets a public link.
package final class SurveyCampaign: Model, @unchecked Sendable {
    package static let schema = "survey_campaigns"

    @ID(key: .id) package var id: UUID?

    // References
    @Field(key: "questionnaire_id") package var questionnaireID: UUID
    @Field(key: "period_id") package var periodID: UUID
    @OptionalField(key: "created_by") package var createdBy: UUID?

    // Data
    @Field(key: "target_group") package var targetGroupName: String
    @Field(key: "title") package var title: String
    /// ISO dates, both included.
    @Field(key: "opens_on") package var opensOn: String
    @Field(key: "closes_on") package var closesOn: String
    @Field(key: "quota") package var quota: Int
    /// The key of every hash the campaign keeps (device tokens, addresses): random per campaign,
    /// so a hash says nothing outside it. Never shown.
    @Field(key: "secret") package var secret: String
    /// When the administrator closed it (ISO 8601, UTC): answers are refused from then on and the
    /// survey points it feeds are frozen.
    @OptionalField(key: "closed_at") package var closedAt: String?

    package init() {}

    package init(questionnaireID: UUID, periodID: UUID, targetGroup: SurveyTargetGroup, title: String, opensOn: CalendarDate,
                 closesOn: CalendarDate, quota: Int, secret: String, createdBy: UUID?) {
        self.questionnaireID = questionnaireID
        self.periodID = periodID
        self.targetGroupName = targetGroup.rawValue
        self.title = title
        self.opensOn = opensOn.iso
        self.closesOn = closesOn.iso
        self.quota = quota
        self.secret = secret
        self.createdBy = createdBy
    }

    package var targetGroup: SurveyTargetGroup { SurveyTargetGroup(rawValue: targetGroupName) ?? .citizens }

    /// Where the campaign stands on `today`.
    package func state(today: CalendarDate) -> State {
        if closedAt != nil { return .closed }
        if let opens = CalendarDate(opensOn), today < opens { return .scheduled }
        if let closes = CalendarDate(closesOn), today > closes { return .ended }
        return .open
    }

    package enum State: String, Sendable, CaseIterable {
        /// Before its first day.
        case scheduled
        /// Taking answers.
        case open
        /// Past its last day, not yet closed by the administrator: no answers, points not frozen.
        case ended
        /// Closed: points frozen, address counters deleted.
        case closed

        package var title: LocalizedText {
            switch self {
            case .scheduled: LocalizedText(vi: "Chưa bắt đầu", en: "Scheduled")
            case .open: LocalizedText(vi: "Đang nhận phiếu", en: "Open")
            case .ended: LocalizedText(vi: "Hết hạn, chưa khoá", en: "Ended, not closed")
            case .closed: LocalizedText(vi: "Đã khoá", en: "Closed")
            }
        }
    }
}
