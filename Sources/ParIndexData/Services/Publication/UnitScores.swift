package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// One unit's points on every node of the set, from its own scores and from the current figures:
/// what the public portal shows per criterion. One query (the unit's entries, packed as the
/// period's results read them) and two scorings.
package struct UnitScores: Sendable {
    package let own: ScoreResult
    package let current: ScoreResult

    /// Nil when the assessment is not one of the period's.
    package static func load(assessment: UUID, of results: PeriodResults, on db: any Database) async throws -> UnitScores? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let units = try await PeriodResultsQuery.units(of: results.periodID, only: [assessment], tree: results.tree, on: sql)
        guard let unit = units.first else { return nil }
        let scorer = results.compiled.scorer
        return UnitScores(own: scorer.score(unit.assessment, view: .selfAssessed), current: scorer.score(unit.assessment, view: .final))
    }
}
