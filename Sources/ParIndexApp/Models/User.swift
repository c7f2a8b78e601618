import Fluent
import Foundation
import ParIndexCore

/// A personal account. Officers and leaders act for their unit only; appraisers for the units
/// they are assigned to; administrators for everything.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // References
    @OptionalField(key: "unit_id") var unitID: UUID?

    // Data
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Enum(key: "role") var role: Role
    @Field(key: "active") var active: Bool

    init() {}

    init(id: UUID? = nil, username: String, displayName: String, passwordHash: String, role: Role, unitID: UUID?) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.unitID = unitID
        self.active = true
    }

    enum Role: String, Codable, CaseIterable, Sendable {
        case administrator
        case appraiser
        case leader
        case officer

        var workflowRole: WorkflowRole {
            switch self {
            case .administrator: .administrator
            case .appraiser: .appraiser
            case .leader: .leader
            case .officer: .officer
            }
        }

        /// Roles that belong to one unit.
        var isUnitRole: Bool { self == .leader || self == .officer }

        var title: LocalizedText {
            switch self {
            case .administrator: LocalizedText(vi: "Quản trị (Sở Nội vụ)", en: "Administrator")
            case .appraiser: LocalizedText(vi: "Thẩm định viên", en: "Appraiser")
            case .leader: LocalizedText(vi: "Lãnh đạo đơn vị", en: "Unit leader")
            case .officer: LocalizedText(vi: "Cán bộ đầu mối", en: "Unit officer")
            }
        }
    }
}
