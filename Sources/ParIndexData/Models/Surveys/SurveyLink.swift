package import FluentKit
import Foundation

/// A unit's public link in a campaign, `/s/{code}`: the code is short enough to type from a
/// poster and tells nothing by itself.
package final class SurveyLink: Model, @unchecked Sendable {
    package static let schema = "survey_links"

    @ID(key: .id) package var id: UUID?

    // References
    @Field(key: "campaign_id") package var campaignID: UUID
    @Field(key: "unit_id") package var unitID: UUID

    // Data
    @Field(key: "code") package var code: String

    package init() {}

    package init(campaignID: UUID, unitID: UUID, code: String) {
        self.campaignID = campaignID
        self.unitID = unitID
        self.code = code
    }
}
