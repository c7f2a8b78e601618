package import Foundation
package import ParIndexCore

/// Where one unit stands and loses points, for its steering committee: per field its points,
/// maximum, points lost, component index, rank in the province on that field and the province's
/// mean; the criteria where most points were lost, with the appraisers' reasons; and what it
/// takes to reach a band or a total (the core's planner).
package struct UnitAnalysis: Sendable {
    package struct Field: Sendable {
        package var node: Int
        package var figures: UnitResult.Field
        /// Maximum minus points, for scored and survey parts (deductions and bonuses have none).
        package var lost: Points?
        package var rank: Int?
        package var rankedCount: Int
        package var provinceMean: FixedDecimal?
    }

    package struct Loss: Sendable {
        package var node: Int
        package var points: Points
        package var maximum: Points
        package var selfPoints: Points?
        /// The appraiser's reason when the appraisal set the points.
        package var reason: String?
        package var lost: Points { maximum - points }
    }

    package let result: UnitResult
    package let rank: Int?
    package let fields: [Field]
    /// Leaves with points lost, most first.
    package let losses: [Loss]
    package let current: ScoreResult

    /// `results` is the whole period's (for ranks and means); `workspace` the unit's assessment.
    package init(workspace: AssessmentWorkspace, results: PeriodResults?) {
        let own = workspace.score(.selfAssessed)
        let current = workspace.score(.final)
        let tree = current.tree
        let result = UnitResult(unit: UnitReference(code: workspace.unit.code, name: workspace.unit.name), own: own, current: current,
                                appraisalStarted: workspace.record.state.hasAppraisal)
        let row = results?.rows.first { $0.assessmentID == workspace.record.id }
        self.result = result
        self.current = current
        rank = row?.rank
        let summary = results?.summary
        fields = result.fields.enumerated().map { position, field in
            let kind = tree.nodes[field.node].kind
            return Field(node: field.node, figures: field,
                         lost: kind == .scored || kind == .survey ? field.maximum - field.points : nil,
                         rank: row?.figures.fieldRanks[position], rankedCount: summary?.rankedCount ?? 0,
                         provinceMean: summary?.fields[position].meanIndex)
        }
        var losses: [Loss] = []
        for (leafNumber, outcome) in current.leafOutcomes.enumerated() {
            let node = tree.leafNodes[leafNumber]
            let kind = tree.nodes[node].kind
            guard kind == .scored || kind == .survey else { continue }
            let maximum = current.nodeMaximum[node]
            guard maximum > outcome.points else { continue }
            let code = tree.nodes[node].code
            let reason = outcome.layer == .appraised
                ? (workspace.entry(code, .appraisalRound2) ?? workspace.entry(code, .appraisalRound1))?.note : nil
            losses.append(Loss(node: node, points: outcome.points, maximum: maximum,
                               selfPoints: own.leafOutcomes[leafNumber].isScored ? own.leafOutcomes[leafNumber].points : nil,
                               reason: reason.flatMap { $0.isEmpty ? nil : $0 }))
        }
        self.losses = losses.sorted { $0.lost != $1.lost ? $0.lost > $1.lost : tree.nodes[$0.node].code.precedesAsCode(tree.nodes[$1.node].code) }
    }

    /// The core's plan toward `target` from the current figures.
    package func plan(_ target: PlanTarget, scorer: Scorer) -> Plan {
        Planner(scorer: scorer).plan(current, target: target)
    }
}
