import Foundation
import ParIndexCore
import ParIndexData

// Plain values the administration pages show, built from the records in the controller with
// their ids required: a record without an id is an error when the page is built, never a link
// to a made-up id. Names mirror the records' so the views read the same.

struct UnitRow: Sendable {
    let id: UUID
    let code: String
    let name: String
    let unitGroupID: UUID
    let parentID: UUID?
    let predecessorID: UUID?
    let successorID: UUID?
    let validFrom: String?
    let validTo: String?

    init(_ unit: Unit) throws {
        id = try unit.requireID()
        code = unit.code
        name = unit.name
        unitGroupID = unit.unitGroupID
        parentID = unit.parentID
        predecessorID = unit.predecessorID
        successorID = unit.successorID
        validFrom = unit.validFrom
        validTo = unit.validTo
    }
}

struct UnitGroupRow: Sendable {
    let id: UUID
    let code: String
    let name: String

    init(_ group: UnitGroup) throws {
        id = try group.requireID()
        code = group.code
        name = group.name
    }
}

struct UserRow: Sendable {
    let id: UUID
    let username: String
    let displayName: String
    let role: User.Role
    let unitID: UUID?
    let active: Bool

    init(_ user: User) throws {
        id = try user.requireID()
        username = user.username
        displayName = user.displayName
        role = user.role
        unitID = user.unitID
        active = user.active
    }
}

struct PeriodRow: Sendable {
    let id: UUID
    let title: String
    let year: Int
    let open: Bool
    /// ISO 8601 stamp of the publication on the portal, nil while unpublished.
    let publishedAt: String?
    let selfDeadline: String?
    let explanationDeadline: String?
    let appraisalDeadline: String?

    init(_ period: Period) throws {
        id = try period.requireID()
        title = period.title
        year = period.year
        open = period.open
        publishedAt = period.publishedAt
        selfDeadline = period.selfDeadline
        explanationDeadline = period.explanationDeadline
        appraisalDeadline = period.appraisalDeadline
    }
}

struct CriteriaSetRow: Sendable {
    let id: UUID
    let title: String
    let year: Int

    init(_ set: CriteriaSetRecord) throws {
        id = try set.requireID()
        title = set.title
        year = set.year
    }
}
