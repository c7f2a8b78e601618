package import FluentKit
import Foundation

/// One filled questionnaire for one unit: where it came from and whether it counts. It holds no
/// device, address, time of day or name, so an answer cannot be traced to whoever gave it.
package final class SurveyResponse: Model, @unchecked Sendable {
    package static let schema = "survey_responses"

    @ID(key: .id) package var id: UUID?

    // References
    @Field(key: "campaign_id") package var campaignID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    /// The appraiser who typed a paper questionnaire in; nil for an answer sent by its respondent.
    @OptionalField(key: "entered_by") package var enteredBy: UUID?
    @OptionalField(key: "voided_by") package var voidedBy: UUID?

    // Data
    @Field(key: "source") package var sourceName: String
    /// The day it arrived (ISO date, Vietnam time): enough for progress, too coarse to trace.
    @Field(key: "received_on") package var receivedOn: String
    /// Why it waits for review ("burst": too many from one address within a minute), if it does.
    @OptionalField(key: "flag") package var flag: String?
    /// Whether it is in the counts: not while flagged, not once voided.
    @Field(key: "counted") package var counted: Bool
    @OptionalField(key: "void_reason") package var voidReason: String?

    package init() {}

    package init(id: UUID = UUID(), campaignID: UUID, unitID: UUID, source: Source, receivedOn: String, flag: String?, enteredBy: UUID?) {
        self.id = id
        self.campaignID = campaignID
        self.unitID = unitID
        self.sourceName = source.rawValue
        self.receivedOn = receivedOn
        self.flag = flag
        self.counted = flag == nil
        self.enteredBy = enteredBy
    }

    package enum Source: String, Sendable {
        /// Sent by its respondent through the link (page or API).
        case web
        /// A paper questionnaire typed in by an appraiser.
        case paper
    }

    package var source: Source { Source(rawValue: sourceName) ?? .web }
    package var isVoided: Bool { voidedBy != nil || voidReason != nil }
}
