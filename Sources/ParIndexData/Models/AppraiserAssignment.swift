package import FluentKit
import Foundation

/// Which appraiser appraises which unit in a period.
package final class AppraiserAssignment: Model, @unchecked Sendable {
    package static let schema = "appraiser_assignments"

    @ID(key: .id) package var id: UUID?

    @Field(key: "period_id") package var periodID: UUID
    @Field(key: "unit_id") package var unitID: UUID
    @Field(key: "user_id") package var userID: UUID

    package init() {}

    package init(id: UUID? = nil, periodID: UUID, unitID: UUID, userID: UUID) {
        self.id = id
        self.periodID = periodID
        self.unitID = unitID
        self.userID = userID
    }
}
