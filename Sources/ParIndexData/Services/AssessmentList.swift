package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// One line of an assessment list: which unit, which period, where it stands, its figures as
/// the period's results give them (`PeriodResults`), with what is not final said so.
package struct AssessmentSummary: Sendable {
    package var id: UUID
    package var unitName: String
    package var unitCode: String
    package var periodID: UUID
    package var periodTitle: String
    package var state: AssessmentState
    package var isDemo: Bool
    package var result: UnitResult
    /// The unit's rank in its period; nil when not ranked or when the list does not hold the
    /// whole period (a unit's own list).
    package var rank: Int?
    package var tree: ScoringTree

    package init(_ row: PeriodResults.Row, of results: PeriodResults, showsRank: Bool) {
        id = row.assessmentID
        unitName = row.unitName
        unitCode = row.unitCode
        periodID = results.periodID
        periodTitle = results.periodTitle
        state = row.state
        isDemo = row.isDemo
        result = row.result
        rank = showsRank ? row.rank : nil
        tree = results.tree
    }

    /// One assessment's line from its open workspace (the API's answer for one assessment).
    package init(_ workspace: AssessmentWorkspace) throws {
        id = try workspace.record.requireID()
        unitName = workspace.unit.name
        unitCode = workspace.unit.code
        periodID = workspace.record.periodID
        periodTitle = workspace.period.title
        state = workspace.record.state
        isDemo = workspace.record.isDemo
        result = UnitResult(unit: UnitReference(code: unitCode, name: unitName), own: workspace.score(.selfAssessed),
                            current: workspace.score(.final), appraisalStarted: state.hasAppraisal)
        rank = nil
        tree = workspace.compiled.tree
    }

    package var isFinal: Bool { state.isFinal }
}

/// What a list is narrowed to: a period, states, a band (its key, or `noBand` for rows without
/// one), a piece of the unit's name or code.
package struct ListFilter: Sendable, Equatable {
    package static let noBand = "none"

    package var period: UUID?
    package var states: Set<AssessmentState>?
    package var band: String?
    package var name: String?

    package init(period: UUID? = nil, states: Set<AssessmentState>? = nil, band: String? = nil, name: String? = nil) {
        self.period = period
        self.states = states
        self.band = band
        self.name = name
    }

    package func admitsRow(_ row: PeriodResults.Row) -> Bool {
        if let states, !states.contains(row.state) { return false }
        if let band {
            let key = row.result.band?.key ?? Self.noBand
            if key != band { return false }
        }
        if let name, !name.isEmpty {
            let wanted = Self.folded(name)
            if !Self.folded(row.unitName).contains(wanted), !Self.folded(row.unitCode).contains(wanted) { return false }
        }
        return true
    }

    /// Lower case without diacritics, đ as d: "Chi Lăng" is found by "chi lang".
    static func folded(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// One page of a list, with what its navigation needs.
package struct ListPage<Row: Sendable>: Sendable {
    package static var size: Int { 50 }

    package var rows: [Row]
    /// 1-based, clamped to the pages there are.
    package var page: Int
    package var pageCount: Int
    /// Rows across every page.
    package var total: Int

    /// The paging of rows cut elsewhere (by the query that read them).
    package init(page: Int, pageCount: Int, total: Int) where Row == Void {
        self.rows = []
        self.page = page
        self.pageCount = pageCount
        self.total = total
    }

    package init(all: [Row], page requested: Int, size: Int = ListPage.size) {
        total = all.count
        pageCount = max(1, (all.count + size - 1) / size)
        page = min(max(1, requested), pageCount)
        rows = Array(all.dropFirst((page - 1) * size).prefix(size))
    }
}

package enum AssessmentList {
    /// The periods whose assessments `user` may see, newest first, and for units and appraisers
    /// the assessments themselves (the administrator sees every assessment of those periods).
    package struct Visibility: Sendable {
        package var periods: [(id: UUID, title: String, year: Int)]
        /// Nil for the administrator: everything.
        package var assessments: Set<UUID>?
    }

    package static func visibility(of user: User, on db: any Database) async throws -> Visibility {
        let periods = try await Period.query(on: db).sort(\.$year, .descending).sort(\.$title).all()
        let listed = try periods.map { (id: try $0.requireID(), title: $0.title, year: $0.year) }
        let ids: [(assessment: UUID, period: UUID)]
        switch user.role {
        case .administrator:
            return Visibility(periods: listed, assessments: nil)
        case .officer, .leader:
            guard let unitID = user.unitID else { return Visibility(periods: [], assessments: []) }
            ids = try await AssessmentRecord.query(on: db).filter(\.$unitID == unitID).all().map { (try $0.requireID(), $0.periodID) }
        case .appraiser:
            // Assigned units in assigned periods, once submitted: drafts belong to the unit alone.
            guard let sql = db as? any SQLDatabase else { return Visibility(periods: [], assessments: []) }
            let statement: SQLQueryString = """
                SELECT a."id" AS id, a."period_id" AS period_id FROM "assessments" a \
                JOIN "appraiser_assignments" g ON g."period_id" = a."period_id" AND g."unit_id" = a."unit_id" \
                WHERE g."user_id" = \(bind: try user.requireID()) AND a."state" <> 'draft'
                """
            ids = try await sql.raw(statement).all().map {
                (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "period_id", as: UUID.self))
            }
        }
        let periodIDs = Set(ids.map(\.period))
        return Visibility(periods: listed.filter { periodIDs.contains($0.id) }, assessments: Set(ids.map(\.assessment)))
    }

    /// One page of a list, with what its filter form offers.
    package struct Listing: Sendable {
        package var page: ListPage<AssessmentSummary>
        package var visibility: Visibility
        /// The bands of the listed periods' criteria sets, by key, in the sets' order.
        package var bands: [Band]
    }

    /// The assessments `user` may see that `filter` admits, by period (newest first) then unit
    /// code, one page of `ListPage.size`. Each period is read once, in bulk.
    package static func page(for user: User, filter: ListFilter, page: Int, cache: CriteriaSetCache,
                             on db: any Database) async throws -> Listing {
        let visibility = try await visibility(of: user, on: db)
        var rows: [AssessmentSummary] = []
        var bands: [Band] = []
        for period in visibility.periods where filter.period == nil || filter.period == period.id {
            guard let results = try await PeriodResultsQuery.load(period: period.id, only: visibility.assessments, cache: cache, on: db) else { continue }
            for band in results.compiled.set.bands where !bands.contains(where: { $0.key == band.key }) { bands.append(band) }
            let wholePeriod = visibility.assessments == nil
            for row in results.rows.sorted(by: { $0.unitCode.precedesAsCode($1.unitCode) }) where filter.admitsRow(row) {
                rows.append(AssessmentSummary(row, of: results, showsRank: wholePeriod))
            }
        }
        return Listing(page: ListPage(all: rows, page: page), visibility: visibility, bands: bands)
    }
}
