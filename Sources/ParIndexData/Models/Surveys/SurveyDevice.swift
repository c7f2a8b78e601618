package import FluentKit
import Foundation

/// A device that has answered a campaign: the keyed hash of the random token in its cookie, and
/// nothing linking it to what it answered.
package final class SurveyDevice: Model, @unchecked Sendable {
    package static let schema = "survey_devices"

    @ID(key: .id) package var id: UUID?
    @Field(key: "campaign_id") package var campaignID: UUID
    @Field(key: "token_hash") package var tokenHash: String

    package init() {}
}

/// Submissions from one address within the current minute, keyed by a hash of the address under
/// the campaign's secret: the rate limit's memory, deleted when the campaign closes.
package final class SurveyAddressCount: Model, @unchecked Sendable {
    package static let schema = "survey_address_counts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "campaign_id") package var campaignID: UUID
    @Field(key: "address_hash") package var addressHash: String
    /// The minute the count is for (seconds since 1970 ÷ 60).
    @Field(key: "window") package var window: Int64
    @Field(key: "count") package var count: Int

    package init() {}
}
