package import Foundation
package import ParIndexCore

/// A period's results: every assessment of the period scored by the core's batch scorer and
/// ranked (`ResultsTable`), with what the web needs to link and label each row. Loaded in a fixed
/// number of queries whatever the number of units (`PeriodResultsQuery`); every list of
/// assessments (home pages, the appraisal queue, the period page, the API) is read from it.
package struct PeriodResults: Sendable {
    package struct Row: Sendable {
        package var assessmentID: UUID
        package var unitID: UUID
        package var unitCode: String
        package var unitName: String
        package var state: AssessmentState
        package var isDemo: Bool
        /// The province's decision to rank the unit (scored, listed apart otherwise).
        package var ranked: Bool
        package var figures: ResultsTable.Row

        package var result: UnitResult { figures.result }
        package var rank: Int? { figures.rank }
    }

    package let periodID: UUID
    package let periodTitle: String
    package let year: Int
    package let unitGroupID: UUID
    package let criteriaSetTitle: String
    package let compiled: CompiledCriteriaSet
    package let table: ResultsTable
    /// In the table's order (unit code).
    package let rows: [Row]
    /// Where the time went, for `bench-web`: reading and decoding versus scoring and ranking.
    package let loading: Duration
    package let scoring: Duration

    package var tree: ScoringTree { compiled.tree }
    package var summary: ResultsSummary { table.summary }

    /// Ranked rows by rank, then the others by unit code.
    package var ordered: [Row] { table.orderedPositions.map { rows[$0] } }

    /// The rows `scope` may see, in the order given (the period's whole ranking, or the unit's
    /// own row), those of a whole period narrowed by `filter`.
    package func rows(_ rows: [Row], in scope: ResultsScope, filter: ListFilter = ListFilter()) -> [Row] {
        switch scope {
        case .wholePeriod: rows.filter(filter.admitsRow)
        case let .ownUnit(unitID): rows.filter { $0.unitID == unitID }
        }
    }

    init(period: PeriodResultsQuery.PeriodHeader, compiled: CompiledCriteriaSet, units: [PeriodResultsQuery.UnitRow],
         loading: Duration, workers: Int) {
        let clock = ContinuousClock()
        let started = clock.now
        let inputs = units.map { unit in
            ResultsTable.Input(assessment: unit.assessment, appraisalStarted: unit.state.hasAppraisal, isFinal: unit.state.isFinal)
        }
        let table = ResultsTable(scorer: compiled.scorer, inputs: inputs, workers: workers)
        periodID = period.id
        periodTitle = period.title
        year = period.year
        unitGroupID = period.unitGroupID
        criteriaSetTitle = period.setTitle
        self.compiled = compiled
        self.table = table
        rows = zip(units, table.rows).map { unit, figures in
            Row(assessmentID: unit.assessmentID, unitID: unit.unitID, unitCode: unit.assessment.unit.code,
                unitName: unit.assessment.unit.name, state: unit.state, isDemo: unit.isDemo, ranked: unit.assessment.ranked,
                figures: figures)
        }
        self.loading = loading
        scoring = clock.now - started
    }
}

extension AssessmentState {
    /// Appraisal is over: the figures are final and the unit can be ranked.
    package var isFinal: Bool { self == .finalised || self == .approved }
}
