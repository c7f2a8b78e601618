import Fluent
import Foundation
import ParIndexCore
import SQLKit
import Vapor
import ParIndexData

/// `bench-web`'s period results: a period of 150 units (a province) and of 3 321 (the country's
/// communes), each unit with the 100-leaf set's self-assessment and a first appraisal round on
/// every fifth criterion, read and scored by `PeriodResultsQuery` as every list does. Targets:
/// under 100 ms and under 1 s; the report splits the time between loading and scoring.
enum ResultsBenchmark {
    static let sizes = [(units: 150, limit: Duration.milliseconds(100)), (units: 3_321, limit: Duration.seconds(1))]

    static func measure(_ app: Application, runs: Int, report: inout BenchmarkReport) async throws {
        for (units, limit) in sizes {
            let clock = ContinuousClock()
            let started = clock.now
            let periodID = try await fixture(units: units, app)
            report.line("period results, \(units) units (fixture written in \(Timing.milliseconds(clock.now - started)) ms):")
            var loading: [Duration] = []
            var scoring: [Duration] = []
            var rows = 0
            let timed = try await Timing.median(runs: max(3, runs / (units > 1_000 ? 60 : 6)), warmup: 2) {
                guard let results = try await PeriodResultsQuery.load(period: periodID, cache: app.criteriaSetCache, on: app.db) else {
                    throw BenchmarkMiss(targets: ["results: the period vanished"])
                }
                loading.append(results.loading)
                scoring.append(results.scoring)
                rows = results.rows.count
            }
            let load = median(loading), score = median(scoring)
            let share = Timing.ratio(load, load + score)
            report.line("  loading \(Timing.milliseconds(load)) ms, scoring and ranking \(Timing.milliseconds(score)) ms (loading \(share.text) of the time); \(rows) rows")
            report.target("results of \(units) units: median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
                          met: timed.median < limit, "< \(Timing.milliseconds(limit)) ms", name: "results-\(units)")
        }
    }

    private static func median(_ samples: [Duration]) -> Duration {
        guard !samples.isEmpty else { return .zero }
        return samples.sorted()[samples.count / 2]
    }

    /// A unit group, a period of the 100-leaf set, `units` units with their assessments and
    /// entries, written in multi-row inserts inside one transaction. Codes are fresh each run.
    static func fixture(units: Int, _ app: Application) async throws -> UUID {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let group = UnitGroup(code: "bench-results-\(tag)", name: "Đo kết quả \(units)")
        try await group.create(on: app.db)
        let set = try await CriteriaSetImport.create(yaml: BenchmarkData.criteriaSetYAML, by: nil, on: app.db)
        let period = Period(criteriaSetID: try set.requireID(), unitGroupID: try group.requireID(), title: "Đo kết quả \(units) đơn vị",
                            year: 2026, selfDeadline: nil, explanationDeadline: nil, appraisalDeadline: nil)
        try await period.create(on: app.db)
        let compiled = try set.compiled(using: app.criteriaSetCache)
        // Each leaf's stored inputs in two variants, worked out once.
        var inputs: [String: [String]] = [:]
        for field in 1...BenchmarkData.fields {
            for leaf in 1...BenchmarkData.leavesPerField {
                let code = "\(field).\(leaf)"
                guard let node = compiled.tree.nodeIndex(of: code) else { continue }
                inputs[code] = try (0..<2).map { variant in
                    StoredInput(try EntryForm(fields: BenchmarkData.inputs(leaf, variant: variant))
                        .leafInput(for: compiled.tree.nodes[node].definition)).json
                }
            }
        }
        let codes = inputs.keys.sorted()
        let variants = inputs
        let groupID = try group.requireID(), periodID = try period.requireID()
        try await app.db.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw BenchmarkMiss(targets: ["results: needs an SQL database"]) }
            var unitRows: [[any Encodable & Sendable]] = []
            var assessmentRows: [[any Encodable & Sendable]] = []
            var entryRows: [[any Encodable & Sendable]] = []
            let now = Date()
            for number in 0..<units {
                let unitID = UUID(), assessmentID = UUID()
                unitRows.append([unitID, groupID, "bench-\(tag)-\(number)", "UBND xã đo hiệu năng \(number)"])
                let state = number % 10 == 0 ? AssessmentState.appraisalRound1 : .finalised
                assessmentRows.append([assessmentID, periodID, unitID, state.rawValue, 1, "", "", false, true])
                for (position, code) in codes.enumerated() {
                    let variant = (number / 3 + position * 7) % 2
                    entryRows.append([UUID(), assessmentID, code, EntryLayer.selfAssessed.rawValue, variants[code]?[variant] ?? "{}", "", 1, now])
                    if position % 5 == 0 {
                        entryRows.append([UUID(), assessmentID, code, EntryLayer.appraisalRound1.rawValue, variants[code]?[1 - variant] ?? "{}",
                                          "Hồ sơ chưa đủ", 1, now])
                    }
                }
            }
            try await insert(unitRows, into: "units", columns: ["id", "unit_group_id", "code", "name"], on: sql)
            try await insert(assessmentRows, into: "assessments",
                             columns: ["id", "period_id", "unit_id", "state", "version", "difficulties", "proposals", "is_demo", "ranked"], on: sql)
            try await insert(entryRows, into: "entries",
                             columns: ["id", "assessment_id", "node_code", "layer", "inputs", "note", "version", "updated_at"], on: sql)
        }
        return periodID
    }

    /// Rows in statements of a few hundred each (within both engines' limits on binds).
    static func insert(_ rows: [[any Encodable & Sendable]], into table: String, columns: [String], on sql: any SQLDatabase) async throws {
        let perStatement = max(1, 2_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row.map { SQLBind($0) }) }
            try await insert.run()
            start += perStatement
        }
    }
}
