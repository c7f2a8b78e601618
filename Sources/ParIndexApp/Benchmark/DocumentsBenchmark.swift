import Fluent
import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

/// `bench-web`'s documents: the results annex of 3 321 units as `.xlsx` (under 2 s), one score
/// sheet of the 100-leaf set as `.xlsx` (under 200 ms), importing a filled 150-row template
/// (under 500 ms: reading, checking every row, saving all in one transaction), and the public
/// ranking of a published 3 321-unit period once its results are cached (under 200 ms).
enum DocumentsBenchmark {
    static func measure(_ app: Application, fixture: BenchmarkFixture, runs: Int, report: inout BenchmarkReport) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let country = try await ResultsBenchmark.fixture(units: 3_321, app)
        report.line("documents (a 3 321-unit period written in \(Timing.milliseconds(clock.now - started)) ms):")
        try await annex(app, period: country, runs: runs, report: &report)
        try await sheet(app, fixture: fixture, runs: runs, report: &report)
        try await importing(app, runs: runs, report: &report)
        try await portal(app, fixture: fixture, period: country, runs: runs, report: &report)
    }

    /// As `GET …/results.xlsx` builds it: the period read, its annex, the workbook's bytes.
    static func annex(_ app: Application, period: UUID, runs: Int, report: inout BenchmarkReport) async throws {
        var bytes = 0
        let timed = try await Timing.median(runs: max(3, runs / 60), warmup: 1) {
            guard let context = try await ResultsContext.load(period: period, withReasons: false, cache: app.criteriaSetCache, on: app.db) else {
                throw BenchmarkMiss(targets: ["documents: the period vanished"])
            }
            let workbook = ResultsAnnex(context, rows: context.results.ordered, language: .vi)
                .workbook(setTitle: context.results.criteriaSetTitle, setKey: "bench", created: "2026-12-02T00:00:00Z")
            bytes = try workbook.xlsxData().count
        }
        report.target("results .xlsx of 3 321 units (\(bytes / 1024) KB): median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
                      met: timed.median < .seconds(2), "< 2 000 ms", name: "results-xlsx-3321")
    }

    /// As `GET …/sheet.xlsx` builds it: the assessment opened with its access check, both scorings, the workbook.
    static func sheet(_ app: Application, fixture: BenchmarkFixture, runs: Int, report: inout BenchmarkReport) async throws {
        let today = CalendarDate(isoDate: Date())
        let timed = try await Timing.median(runs: max(5, runs / 10), warmup: 3) {
            let opened = try await Access.open(fixture.assessmentID, for: fixture.officer, today: today, cache: app.criteriaSetCache, on: app.db)
            _ = try OfficialSheet(opened.workspace, language: .vi, today: today).workbook(.vi, created: "2026-12-02T00:00:00Z").xlsxData()
        }
        report.target("score sheet .xlsx, 100 criteria: median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
                      met: timed.median < .milliseconds(200), "< 200 ms", name: "sheet-xlsx")
    }

    /// A 150-criterion template filled with new figures on every row and imported, as
    /// `POST …/import` does: the file read, every row checked, 150 entries saved in one transaction.
    static func importing(_ app: Application, runs: Int, report: inout BenchmarkReport) async throws {
        let (assessment, officer) = try await importFixture(app)
        let today = CalendarDate(isoDate: Date())
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for run in 0..<max(5, runs / 30) {
            let file = try await filledTemplate(app, assessment: assessment, officer: officer, variant: run % 2 == 0 ? 1 : 0, today: today)
            let start = clock.now
            let read = try TemplateReading.rows(from: file)
            let opened = try await Access.open(assessment, for: officer, today: today, cache: app.criteriaSetCache, on: app.db)
            let outcome = try await ScoreImport.run(read.rows, problems: read.problems, in: opened, by: officer, on: app.db)
            samples.append(clock.now - start)
            guard outcome.saved.count == 150 else { throw BenchmarkMiss(targets: ["import: \(outcome.saved.count) rows saved, not 150"]) }
        }
        samples.sort()
        let median = samples[samples.count / 2]
        report.target("import of a filled 150-row template: median \(Timing.milliseconds(median)) ms (\(samples.count) runs, every row saved)",
                      met: median < .milliseconds(500), "< 500 ms", name: "import-150")
    }

    /// The public ranking's first page, through the app's responder, once the results are cached.
    static func portal(_ app: Application, fixture: BenchmarkFixture, period: UUID, runs: Int, report: inout BenchmarkReport) async throws {
        try await Period.query(on: app.db).filter(\.$id == period).set(\.$open, to: false).update()
        _ = try await Publication.publish(period, by: User(username: "bench", displayName: "bench", passwordHash: "", role: .administrator, unitID: nil),
                                          on: app.db)
        let path = Paths.portalPeriod(period).href
        let timed = try await Timing.median(runs: max(10, runs / 10), warmup: 2) {
            let response = try await fixture.get(path)
            guard response.status == .ok else { throw BenchmarkMiss(targets: ["portal: \(path) answered \(response.status.code)"]) }
        }
        report.target("public ranking of 3 321 units, warm: median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
                      met: timed.median < .milliseconds(200), "< 200 ms", name: "portal-3321")
    }

    /// An officer and the draft of a unit scored on the 150-leaf set, every leaf entered once.
    static func importFixture(_ app: Application) async throws -> (UUID, User) {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let group = UnitGroup(code: "bench-import-\(tag)", name: "Đo nhập Excel")
        try await group.create(on: app.db)
        let unit = Unit(unitGroupID: try group.requireID(), code: "bench-import-\(tag)", name: "UBND xã Đo Nhập Excel")
        try await unit.create(on: app.db)
        let officer = User(username: "bench.import.\(tag)", displayName: "Cán bộ đo nhập Excel", passwordHash: "", role: .officer, unitID: unit.id)
        try await officer.create(on: app.db)
        let set = try await CriteriaSetImport.create(yaml: BenchmarkData.criteriaSetYAML(leavesPerField: 15), by: nil, on: app.db)
        let period = Period(criteriaSetID: try set.requireID(), unitGroupID: try group.requireID(), title: "Đo nhập Excel 2026", year: 2026,
                            selfDeadline: nil, explanationDeadline: nil, appraisalDeadline: nil)
        try await period.create(on: app.db)
        let assessment = AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID())
        try await assessment.create(on: app.db)
        return (try assessment.requireID(), officer)
    }

    /// The template as the unit would send it back: every row filled with `variant`'s figures, the versions current.
    static func filledTemplate(_ app: Application, assessment: UUID, officer: User, variant: Int, today: CalendarDate) async throws -> Data {
        let opened = try await Access.open(assessment, for: officer, today: today, cache: app.criteriaSetCache, on: app.db)
        let workspace = opened.workspace
        var current: [String: ScoreTemplate.Current] = [:]
        for node in ScoreTemplate.leaves(of: workspace.compiled.tree) {
            let leaf = Int(node.code.split(separator: ".").last ?? "") ?? 0
            let fields = BenchmarkData.inputs(leaf, variant: variant).mapValues { $0.replacingOccurrences(of: ",", with: ".") }
            current[node.code] = ScoreTemplate.Current(values: fields, note: "", version: workspace.entry(node.code, .selfAssessed)?.version ?? 0)
        }
        // Before the first import there is no entry: its version cell (0) is not read.
        let template = ScoreTemplate(set: workspace.compiled.set, unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                     current: current, language: .vi)
        return try template.workbook(created: "2026-12-02T00:00:00Z").xlsxData()
    }
}
