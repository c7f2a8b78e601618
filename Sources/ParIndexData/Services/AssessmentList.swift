package import FluentKit
import Foundation
package import ParIndexCore

/// One line of an assessment list: which unit, which period, where it stands, its figures.
package struct AssessmentSummary: Sendable {
    package var id: UUID
    package var unitName: String
    package var unitCode: String
    package var periodTitle: String
    package var state: AssessmentState
    package var selfTotal: Points
    package var appraisedTotal: Points?
    package var maximum: Points
    package var index: FixedDecimal?
    package var bandLabel: LocalizedText?
    package var isDemo: Bool
}

package enum AssessmentList {
    /// The assessments `user` may see, in the order units are listed.
    package static func visible(to user: User, cache: CriteriaSetCache, on db: any Database, states: Set<AssessmentState>? = nil) async throws -> [AssessmentSummary] {
        var query = AssessmentRecord.query(on: db)
        var assigned: Set<String>?
        switch user.role {
        case .administrator:
            break
        case .officer, .leader:
            guard let unitID = user.unitID else { return [] }
            query = query.filter(\.$unitID == unitID)
        case .appraiser:
            let assignments = try await AppraiserAssignment.query(on: db).filter(\.$userID == user.requireID()).all()
            guard !assignments.isEmpty else { return [] }
            query = query.filter(\.$unitID ~~ Set(assignments.map(\.unitID))).filter(\.$periodID ~~ Set(assignments.map(\.periodID)))
                .filter(\.$state != .draft)
            assigned = Set(assignments.map { "\($0.periodID)/\($0.unitID)" })
        }
        if let states { query = query.filter(\.$state ~~ states) }
        var summaries: [AssessmentSummary] = []
        for record in try await query.all() {
            // The query's filters allow any assigned unit in any assigned period; keep the pairs assigned.
            if let assigned, !assigned.contains("\(record.periodID)/\(record.unitID)") { continue }
            summaries.append(try await summary(of: AssessmentWorkspace.load(record, cache: cache, on: db)))
        }
        return summaries.sorted { ($0.periodTitle, $0.unitCode) < ($1.periodTitle, $1.unitCode) }
    }

    package static func summary(of workspace: AssessmentWorkspace) throws -> AssessmentSummary {
        let selfResult = workspace.score(.selfAssessed)
        let appraised = workspace.record.state.hasAppraisal
        let final = workspace.score(.final)
        return AssessmentSummary(
            id: try workspace.record.requireID(), unitName: workspace.unit.name, unitCode: workspace.unit.code,
            periodTitle: workspace.period.title, state: workspace.record.state, selfTotal: selfResult.total,
            appraisedTotal: appraised ? final.total : nil, maximum: final.maximum,
            index: appraised ? final.index : selfResult.index, bandLabel: (appraised ? final.band : selfResult.band)?.label,
            isDemo: workspace.record.isDemo)
    }
}
