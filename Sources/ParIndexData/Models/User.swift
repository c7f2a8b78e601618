package import FluentKit
import Foundation
package import ParIndexCore

/// A personal account. Officers and leaders act for their unit only; appraisers for the units
/// they are assigned to; administrators for everything.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    // References
    @OptionalField(key: "unit_id") package var unitID: UUID?

    // Data
    @Field(key: "username") package var username: String
    @Field(key: "display_name") package var displayName: String
    @Field(key: "password_hash") package var passwordHash: String
    @Enum(key: "role") package var role: Role
    @Field(key: "active") package var active: Bool

    package init() {}

    package init(id: UUID? = nil, username: String, displayName: String, passwordHash: String, role: Role, unitID: UUID?) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.unitID = unitID
        self.active = true
    }

    package enum Role: String, Codable, CaseIterable, Sendable {
        case administrator
        case appraiser
        case leader
        case officer

        package var workflowRole: WorkflowRole {
            switch self {
            case .administrator: .administrator
            case .appraiser: .appraiser
            case .leader: .leader
            case .officer: .officer
            }
        }

        /// Roles that belong to one unit.
        package var isUnitRole: Bool { self == .leader || self == .officer }

        package var title: LocalizedText {
            switch self {
            case .administrator: LocalizedText(vi: "Quản trị (Sở Nội vụ)", en: "Administrator")
            case .appraiser: LocalizedText(vi: "Thẩm định viên", en: "Appraiser")
            case .leader: LocalizedText(vi: "Lãnh đạo đơn vị", en: "Unit leader")
            case .officer: LocalizedText(vi: "Cán bộ đầu mối", en: "Unit officer")
            }
        }
    }
}
