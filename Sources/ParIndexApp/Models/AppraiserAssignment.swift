import Fluent
import Foundation

/// Which appraiser appraises which unit in a period.
final class AppraiserAssignment: Model, @unchecked Sendable {
    static let schema = "appraiser_assignments"

    @ID(key: .id) var id: UUID?

    @Field(key: "period_id") var periodID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "user_id") var userID: UUID

    init() {}

    init(id: UUID? = nil, periodID: UUID, unitID: UUID, userID: UUID) {
        self.id = id
        self.periodID = periodID
        self.unitID = unitID
        self.userID = userID
    }
}
