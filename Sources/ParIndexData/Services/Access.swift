package import FluentKit
import Foundation
package import ParIndexCore

/// Who may see and act on which record. Every route asks here, and what one person may do with
/// one assessment is the core's `AssessmentPermissions`; the browser is never trusted.
package enum Access {
    /// What `user` may do with `assessment` today; `open` adds the period's deadlines.
    package static func permissions(of user: User, on assessment: AssessmentRecord, today: CalendarDate,
                                    on db: any Database) async throws -> AssessmentPermissions {
        let assigned = user.role == .appraiser
            ? try await isAssigned(user, unitID: assessment.unitID, periodID: assessment.periodID, on: db) : false
        return AssessmentPermissions(role: user.role.workflowRole, isOwnUnit: user.unitID != nil && user.unitID == assessment.unitID,
                                     isAssigned: assigned, state: assessment.state, today: today, deadlines: WorkflowDeadlines())
    }

    package static func isAssigned(_ user: User, unitID: UUID, periodID: UUID, on db: any Database) async throws -> Bool {
        guard let userID = user.id else { return false }
        return try await AppraiserAssignment.query(on: db)
            .filter(\.$userID == userID).filter(\.$unitID == unitID).filter(\.$periodID == periodID)
            .count() > 0
    }

    /// Whether `user` may read a document of `unitID`'s evidence library.
    package static func canViewEvidence(ofUnit unitID: UUID, user: User, on db: any Database) async throws -> Bool {
        switch user.role {
        case .administrator: return true
        case .officer, .leader: return user.unitID == unitID
        case .appraiser:
            guard let userID = user.id else { return false }
            return try await AppraiserAssignment.query(on: db).filter(\.$userID == userID).filter(\.$unitID == unitID).count() > 0
        }
    }

    /// Whether `user` may add documents to `unitID`'s evidence library: the unit's own people.
    package static func mayUploadEvidence(toUnit unitID: UUID, user: User) -> Bool {
        user.role.isUnitRole && user.unitID == unitID
    }

    /// The assessment with everything its page needs and what `user` may do with it; 404 for one
    /// the user may not see.
    package static func open(_ id: UUID?, for user: User, today: CalendarDate, parts: AssessmentWorkspace.Parts = .everything,
                             cache: CriteriaSetCache, on db: any Database) async throws -> OpenAssessment {
        guard let id, let context = try await AssessmentWorkspace.Context.find(id, parts: parts, cache: cache, on: db) else { throw AppError.notFound() }
        let seen = try await permissions(of: user, on: context.record, today: today, on: db)
        guard seen.may(.view) else { throw AppError.notFound() }
        let workspace = try await AssessmentWorkspace.load(context, parts: parts, cache: cache, on: db)
        return OpenAssessment(workspace: workspace, permissions: seen.withDeadlines(of: workspace))
    }

    /// The workspace of an assessment already known to be visible, with the period's deadlines
    /// added to the permissions worked out for it (no second look at the assignments).
    package static func open(_ record: AssessmentRecord, permissions seen: AssessmentPermissions,
                             parts: AssessmentWorkspace.Parts = .everything, cache: CriteriaSetCache,
                             on db: any Database) async throws -> OpenAssessment {
        let workspace = try await AssessmentWorkspace.load(record, parts: parts, cache: cache, on: db)
        return OpenAssessment(workspace: workspace, permissions: seen.withDeadlines(of: workspace))
    }
}

extension AssessmentPermissions {
    /// The same permissions with the period's deadlines, once the period is loaded.
    fileprivate func withDeadlines(of workspace: AssessmentWorkspace) -> AssessmentPermissions {
        AssessmentPermissions(role: role, isOwnUnit: isOwnUnit, isAssigned: isAssigned, state: workspace.record.state,
                              today: today, deadlines: workspace.period.deadlines)
    }
}

/// An assessment opened by one person: its data, and what that person may do with it.
package struct OpenAssessment {
    package let workspace: AssessmentWorkspace
    package let permissions: AssessmentPermissions

    package var record: AssessmentRecord { workspace.record }

    /// Refuses what the permissions refuse: 403 for what the person may never do here, 409 for
    /// what their role may do but not in the assessment's present state.
    package func require(_ capability: AssessmentCapability) throws {
        switch permissions.refusal(for: capability) {
        case nil: return
        case .notYours: throw AppError.forbidden()
        case let .notNow(state): throw EntryService.refusedEdit(state)
        }
    }
}

/// How much of a period's results one person may read.
package enum ResultsScope: Sendable, Equatable {
    /// Every unit: the administrator and the appraisers.
    case wholePeriod
    /// The unit's own row beside the province's summary: the unit's officers and leaders.
    case ownUnit(UUID)
}

extension Access {
    /// 404 for a unit user whose unit has no assessment in the period (nothing of it is theirs).
    package static func resultsScope(of user: User, period periodID: UUID, on db: any Database) async throws -> ResultsScope {
        switch user.role {
        case .administrator, .appraiser:
            return .wholePeriod
        case .officer, .leader:
            guard let unitID = user.unitID,
                  try await AssessmentRecord.query(on: db).filter(\.$periodID == periodID).filter(\.$unitID == unitID).count() > 0
            else { throw AppError.notFound() }
            return .ownUnit(unitID)
        }
    }
}
