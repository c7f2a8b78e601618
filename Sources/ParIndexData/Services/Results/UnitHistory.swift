package import FluentKit
package import Foundation
package import ParIndexCore

/// A unit's results year by year, as the PCI and PAPI publications show each province's: its
/// index, rank and each field's component index and rank, for every period of the same
/// instrument (PAR index, task evaluation) in which it or a unit it succeeded after a merger was
/// assessed. Fields are matched by code across criteria sets, or by the pairs a newer set declares
/// for an older one (`compare_with:`), so a renumbered field still lines up with its past.
package struct UnitHistory: Sendable {
    package struct Year: Sendable {
        package var periodID: UUID
        package var periodTitle: String
        package var year: Int
        /// The unit's name that year: a predecessor's, when `isPredecessor`.
        package var unitName: String
        package var isPredecessor: Bool
        package var state: AssessmentState
        package var result: UnitResult
        package var rank: Int?
        package var rankedCount: Int
        /// Field code → (component index, rank).
        package var fields: [String: (index: FixedDecimal?, rank: Int?)]
    }

    /// Newest first.
    package let years: [Year]
    /// The top-level codes of the newest set, in its order: the columns of the comparison.
    package let fieldCodes: [String]

    /// `unit`'s history for periods like `current` (same instrument), this one included: the
    /// units it succeeded, then their assessments, then each other period's results in bulk.
    package static func load(unit: Unit, current: PeriodResults, cache: CriteriaSetCache, on db: any Database) async throws -> UnitHistory {
        let unitID = try unit.requireID()
        let instrument = current.compiled.set.metadata.instrument
        let merged = try await Unit.query(on: db).filter(\.$successorID == unitID).all().compactMap(\.id)
        let unitIDs = Array(Set([unitID] + merged + [unit.predecessorID].compactMap { $0 }))
        let records = try await AssessmentRecord.query(on: db).filter(\.$unitID ~~ unitIDs).all()
        var years: [Year] = []
        for periodID in Set(records.map(\.periodID)) {
            let results = periodID == current.periodID ? current
                : try await PeriodResultsQuery.load(period: periodID, only: nil, cache: cache, on: db)
            guard let results, results.compiled.set.metadata.instrument == instrument else { continue }
            // The older set's fields under this set's codes: by the mapping the newer set declares
            // for it (`compare_with:`), by code otherwise.
            let comparison = current.compiled.set.compareWith.flatMap { $0.setID == results.compiled.set.metadata.id ? $0 : nil }
            for row in results.rows where unitIDs.contains(row.unitID) {
                var fields: [String: (index: FixedDecimal?, rank: Int?)] = [:]
                for (position, field) in row.result.fields.enumerated() {
                    let code = results.tree.nodes[field.node].code
                    guard let newer = results.periodID == current.periodID ? code : (comparison.map { $0.newerCode(of: code) } ?? code) else { continue }
                    fields[newer] = (field.isScored ? field.index : nil, row.figures.fieldRanks[position])
                }
                years.append(Year(periodID: results.periodID, periodTitle: results.periodTitle, year: results.year, unitName: row.unitName,
                                  isPredecessor: row.unitID != unitID, state: row.state, result: row.result, rank: row.rank,
                                  rankedCount: results.summary.rankedCount, fields: fields))
            }
        }
        years.sort { ($0.year, $0.periodTitle) > ($1.year, $1.periodTitle) }
        let codes = current.tree.rootNodes.map { current.tree.nodes[$0].code }
        return UnitHistory(years: years, fieldCodes: codes)
    }
}
