import Fluent
import Foundation

/// Who may see and act on which record. Every route asks here; the browser is never trusted.
enum Access {
    /// Whether `user` may read the assessment of `unitID` in `periodID`, in `state`.
    static func canView(_ assessment: AssessmentRecord, user: User, on db: any Database) async throws -> Bool {
        switch user.role {
        case .administrator:
            return true
        case .officer, .leader:
            return user.unitID == assessment.unitID
        case .appraiser:
            // A draft is the unit's own business until it is submitted.
            guard assessment.state != .draft else { return false }
            return try await isAssigned(user, unitID: assessment.unitID, periodID: assessment.periodID, on: db)
        }
    }

    static func isAssigned(_ user: User, unitID: UUID, periodID: UUID, on db: any Database) async throws -> Bool {
        guard let userID = user.id else { return false }
        return try await AppraiserAssignment.query(on: db)
            .filter(\.$userID == userID).filter(\.$unitID == unitID).filter(\.$periodID == periodID)
            .count() > 0
    }

    /// Whether `user` may read a document of `unitID`'s evidence library.
    static func canViewEvidence(ofUnit unitID: UUID, user: User, on db: any Database) async throws -> Bool {
        switch user.role {
        case .administrator: return true
        case .officer, .leader: return user.unitID == unitID
        case .appraiser:
            guard let userID = user.id else { return false }
            return try await AppraiserAssignment.query(on: db).filter(\.$userID == userID).filter(\.$unitID == unitID).count() > 0
        }
    }

    /// Loads the assessment or answers 404 for one the user may not see, so its existence leaks nothing.
    static func assessment(_ id: UUID?, for user: User, on db: any Database) async throws -> AssessmentRecord {
        guard let id, let assessment = try await AssessmentRecord.find(id, on: db),
              try await canView(assessment, user: user, on: db) else { throw AppError.notFound() }
        return assessment
    }
}
