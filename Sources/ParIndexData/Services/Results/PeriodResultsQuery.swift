package import FluentKit
package import Foundation
import ParIndexCore
import SQLKit

/// The reads behind `PeriodResults`: the period with its criteria set, then every assessment of
/// the period with its unit and all its entries in one row. Entries are packed into one text per
/// assessment by the database (`group_concat` / `string_agg`): a national period has hundreds of
/// thousands of entries, and reading each as a row of its own cost more than everything else.
/// Fields are separated by the ASCII unit separator (31) and entries by the record separator
/// (30): the JSON encoder escapes both, layers are fixed words and criterion codes are set codes.
package enum PeriodResultsQuery {
    package struct PeriodHeader: Sendable {
        package var id: UUID
        package var title: String
        package var year: Int
        package var criteriaSetID: UUID
        package var unitGroupID: UUID
        package var setTitle: String
        package var setVersion: Int
    }

    struct UnitRow: Sendable {
        var assessmentID: UUID
        var unitID: UUID
        var state: AssessmentState
        var isDemo: Bool
        var assessment: ResolvedAssessment
    }

    /// Nil when there is no such period. With `assessments`, only those rows are read (a unit's
    /// own list); ranks are then among those alone, so callers that restrict do not show ranks.
    package static func load(period periodID: UUID, only assessments: Set<UUID>? = nil, cache: CriteriaSetCache,
                             workers: Int = Scorer.defaultWorkers, on db: any Database) async throws -> PeriodResults? {
        guard let sql = db as? any SQLDatabase else {
            throw AppError(.internalFailure, message: .init("Period results need an SQL database."))
        }
        let clock = ContinuousClock()
        let started = clock.now
        guard let header = try await header(of: periodID, on: sql) else { return nil }
        let compiled = try await compiledSet(of: header, cache: cache, on: sql)
        let units = try await units(of: periodID, only: assessments, tree: compiled.tree, on: sql)
        return PeriodResults(period: header, compiled: compiled, units: units, loading: clock.now - started, workers: workers)
    }

    static func header(of periodID: UUID, on sql: any SQLDatabase) async throws -> PeriodHeader? {
        let statement: SQLQueryString = """
            SELECT p."title" AS p_title, p."year" AS p_year, p."criteria_set_id" AS p_set, p."unit_group_id" AS p_group, s."title" AS s_title, s."version" AS s_version \
            FROM "periods" p JOIN "criteria_sets" s ON s."id" = p."criteria_set_id" WHERE p."id" = \(bind: periodID)
            """
        guard let row = try await sql.raw(statement).first() else { return nil }
        return PeriodHeader(id: periodID, title: try row.decode(column: "p_title", as: String.self),
                            year: try row.decode(column: "p_year", as: Int.self),
                            criteriaSetID: try row.decode(column: "p_set", as: UUID.self),
                            unitGroupID: try row.decode(column: "p_group", as: UUID.self),
                            setTitle: try row.decode(column: "s_title", as: String.self),
                            setVersion: try row.decode(column: "s_version", as: Int.self))
    }

    /// From the parse cache when this process holds that version; otherwise read with its version.
    static func compiledSet(of header: PeriodHeader, cache: CriteriaSetCache, on sql: any SQLDatabase) async throws -> CompiledCriteriaSet {
        let record = CriteriaSetRecord(id: header.criteriaSetID, setKey: "", year: header.year, title: header.setTitle, yaml: "")
        record.version = header.setVersion
        if let yaml = cache.yaml(id: header.criteriaSetID, version: header.setVersion) {
            record.yaml = yaml
        } else {
            let statement: SQLQueryString = #"SELECT "yaml", "version" FROM "criteria_sets" WHERE "id" = \#(bind: header.criteriaSetID)"#
            guard let row = try await sql.raw(statement).first() else { throw AppError.notFound() }
            record.yaml = try row.decode(column: "yaml", as: String.self)
            record.version = try row.decode(column: "version", as: Int.self)
        }
        return try record.compiled(using: cache)
    }

    static func units(of periodID: UUID, only assessments: Set<UUID>?, tree: ScoringTree, on sql: any SQLDatabase) async throws -> [UnitRow] {
        if let assessments, assessments.isEmpty { return [] }
        let postgres = sql.dialect.name == "postgresql"
        let packed = postgres
            ? #"string_agg(e."layer" || chr(31) || e."node_code" || chr(31) || e."inputs", chr(30))"#
            : #"group_concat(e."layer" || char(31) || e."node_code" || char(31) || e."inputs", char(30))"#
        // The entries come packed by a subquery per assessment, which reads them in the order of
        // their unique index (assessment, code, layer): no grouping and no sort of the period's
        // entries as a whole.
        var statement: SQLQueryString = """
            SELECT a."id" AS a_id, a."unit_id" AS a_unit_id, a."state" AS a_state, a."is_demo" AS a_is_demo, \
            a."ranked" AS a_ranked, u."code" AS u_code, u."name" AS u_name, \
            (SELECT \(unsafeRaw: packed) FROM "entries" e WHERE e."assessment_id" = a."id") AS packed \
            FROM "assessments" a JOIN "units" u ON u."id" = a."unit_id" WHERE a."period_id" = \(bind: periodID)
            """
        if let assessments { statement.appendInterpolation(unsafeRaw: #" AND a."id" IN ("#); appendList(assessments, to: &statement) }
        let leafNumbers = Dictionary(uniqueKeysWithValues: tree.leafNodes.map { (tree.nodes[$0].code, tree.nodes[$0].leafNumber) })
        return try await sql.raw(statement).all().map { row in
            guard let state = AssessmentState(rawValue: try row.decode(column: "a_state", as: String.self)) else {
                throw AppError(.internalFailure, message: .init("An assessment has an unknown state."))
            }
            let unit = UnitReference(code: try row.decode(column: "u_code", as: String.self), name: try row.decode(column: "u_name", as: String.self))
            let entries = unpack(try row.decode(column: "packed", as: String?.self), leafNumbers: leafNumbers, leafCount: tree.leafNodes.count)
            return UnitRow(assessmentID: try row.decode(column: "a_id", as: UUID.self), unitID: try row.decode(column: "a_unit_id", as: UUID.self),
                           state: state, isDemo: try row.decode(column: "a_is_demo", as: Bool.self),
                           assessment: ResolvedAssessment(unit: unit, layers: entries, ranked: try row.decode(column: "a_ranked", as: Bool.self)))
        }
    }

    private static func appendList(_ ids: Set<UUID>, to statement: inout SQLQueryString) {
        for (position, id) in ids.enumerated() {
            if position > 0 { statement.appendInterpolation(unsafeRaw: ", ") }
            statement.appendInterpolation(bind: id)
        }
        statement.appendInterpolation(unsafeRaw: ")")
    }

    /// One assessment's packed entries placed by leaf number, one array per core layer (self,
    /// appraised, survey), as `AssessmentWorkspace` places them: the latest appraisal round is
    /// the core's appraised layer; codes that are not leaves of the set are left out (the
    /// assessment's own page reports them).
    static func unpack(_ packed: String?, leafNumbers: [String: Int], leafCount: Int) -> [[LeafInput?]] {
        var layers = [[LeafInput?]](repeating: [LeafInput?](repeating: nil, count: leafCount), count: 3)
        guard var packed else { return layers }
        var secondRound = [Bool](repeating: false, count: leafCount)
        packed.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 30 { end += 1 }
                place(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &layers, secondRound: &secondRound, leafNumbers: leafNumbers)
                start = end + 1
            }
        }
        return layers
    }

    private static func place(_ entry: UnsafeBufferPointer<UInt8>, into layers: inout [[LeafInput?]], secondRound: inout [Bool],
                              leafNumbers: [String: Int]) {
        guard let firstSeparator = entry.firstIndex(of: 31),
              let secondSeparator = entry[(firstSeparator + 1)...].firstIndex(of: 31) else { return }
        let layerText = String(decoding: UnsafeBufferPointer(rebasing: entry[..<firstSeparator]), as: UTF8.self)
        let code = String(decoding: UnsafeBufferPointer(rebasing: entry[(firstSeparator + 1)..<secondSeparator]), as: UTF8.self)
        guard let layer = EntryLayer(rawValue: layerText), let leafNumber = leafNumbers[code],
              let stored = StoredInput.decode(bytes: UnsafeBufferPointer(rebasing: entry[(secondSeparator + 1)...])) else { return }
        let input = stored.leafInput(note: "")
        switch layer {
        case .selfAssessed: layers[0][leafNumber] = input
        case .appraisalRound2:
            layers[1][leafNumber] = input
            secondRound[leafNumber] = true
        case .appraisalRound1: if !secondRound[leafNumber] { layers[1][leafNumber] = input }
        case .survey: layers[2][leafNumber] = input
        }
    }
}
