import Fluent
import Foundation
import NIOCore
import ParIndexCore
import Vapor
import ParIndexData

/// `parindex bench-web`: the everyday paths against what the same machine does in the same run.
/// Each target is a ratio of two figures measured here, one after the other, because absolute
/// figures move 3–5 × from one machine to another:
/// - the assessment page (100 leaves) at 16 connections, against the same bytes served as a
///   static file by the same server: at least 0,3 ×;
/// - saving one criterion (server side), against a hand-written transaction of the same shape
///   (versioned update + audit line) on the same database: at most 3 ×;
/// - the page at 64 connections for 30 s, paced at half what the server renders: no errors,
///   p99 at most 5 × the single-client median, both with pages rendered on every view and kept.
/// The page is measured kept in memory while unchanged (`RenderedPageCache`) and rendered on
/// every view, the worst case; both figures are printed.
/// With `DATABASE_URL` it runs on PostgreSQL (point it at a scratch database: the benchmark
/// writes rows). Loopback figures go through the server `serve` runs (the front, then Vapor).
/// Build with `-c release` for figures that mean something.
struct WebBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "runs", help: "timed requests per in-process measurement (default 300)")
        var runs: Int?
        @Option(name: "clients", help: "connections of the long run (default 64)")
        var clients: Int?
        @Option(name: "seconds", help: "length of the long run (default 30)")
        var seconds: Int?
        @Option(name: "throughput-seconds", help: "length of each 16-connection and single-client run (default 10)")
        var throughputSeconds: Int?
        @Option(name: "upload-mb", help: "size of the uploaded file (default 50)")
        var uploadMegabytes: Int?
        @Option(name: "port", help: "port for the loopback measurements (default 8097)")
        var port: Int?
        @Option(name: "part", help: "what to measure: all (default: every part but surveys, which runs its own server), web (page, save, load, upload), results (period results of 150 and 3 321 units), documents (xlsx out, Excel import, public ranking) or surveys (campaign results, answers posted)")
        var part: String?
    }

    var help: String {
        "Measures the everyday paths as ratios within one run: page ≥ 0,3 × a static file, save ≤ 3 × a raw transaction, p99 at 64 connections ≤ 5 × one client's median"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let runs = signature.runs ?? 300
        let fixture = try await BenchmarkFixture.create(app)
        var report = BenchmarkReport(console: context.console)
        report.line("engine: \(Self.engine(app.settings.database)); build: \(Self.buildKind)")

        let part = signature.part ?? "all"
        guard ["all", "web", "results", "documents", "surveys"].contains(part) else {
            throw BenchmarkMiss(targets: ["--part must be all, web, results, documents or surveys"])
        }
        if part == "all" || part == "results" {
            try await ResultsBenchmark.measure(app, runs: runs, report: &report)
        }
        if part == "all" || part == "documents" {
            try await DocumentsBenchmark.measure(app, fixture: fixture, runs: runs, report: &report)
        }
        if part == "surveys" {
            // Alone: it starts the server itself, and the web part's loopback runs would find it started.
            try await SurveysBenchmark.measure(app, fixture: fixture, runs: runs, port: signature.port ?? 8097,
                                               seconds: Double(signature.throughputSeconds ?? 10), report: &report)
        }
        guard part == "all" || part == "web" else {
            report.line(report.missed.isEmpty ? "all targets met" : "targets missed: \(report.missed.joined(separator: ", "))")
            if !report.missed.isEmpty { throw BenchmarkMiss(targets: report.missed) }
            return
        }
        try await measureInProcess(fixture: fixture, runs: runs, report: &report)

        let port = signature.port ?? 8097
        let megabytes = signature.uploadMegabytes ?? 50
        // The default limit (20 MB) would refuse the file; the benchmark measures a larger one.
        app.storage[SettingsKey.self]?.maxUploadBytes = (megabytes + 1) * 1024 * 1024
        let staticPath = try await StaticCopy.register(of: fixture, in: app)
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = port
        app.servers.use { $0.guardedServer }
        try app.server.start()
        do {
            try await measureOverLoopback(fixture: fixture, staticPath: staticPath, port: port, signature: signature, report: &report)
            let growth = try await UploadMemory.measure(fixture: fixture, port: port, megabytes: megabytes)
            report.target("upload of \(megabytes) MB: resident memory +\(growth / 1024 / 1024) MB", met: growth < 30 * 1024 * 1024,
                          "< 30 MB", name: "upload")
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()

        report.line(report.missed.isEmpty ? "all targets met" : "targets missed: \(report.missed.joined(separator: ", "))")
        if !report.missed.isEmpty { throw BenchmarkMiss(targets: report.missed) }
    }

    /// Rendering, the page and the save through the app's responder, and the raw transaction.
    private func measureInProcess(fixture: BenchmarkFixture, runs: Int, report: inout BenchmarkReport) async throws {
        let app = fixture.app
        let opened = try await Access.open(fixture.assessmentID, for: fixture.officer, today: CalendarDate(isoDate: Date()),
                                           cache: app.criteriaSetCache, on: app.db)
        let pageContext = PageContext(language: .vi, display: DisplayPreferences(),
                                      user: .init(name: fixture.officer.displayName, role: fixture.officer.role, unitID: fixture.unitID),
                                      csrfToken: "benchmark", currentPath: fixture.pagePath, notice: nil)
        var model: AssessmentPage.Model?
        let building = try await Timing.median(runs: runs) { model = try AssessmentPage.Model(opened, library: [], form: nil) }
        var bytes = 0
        let writing = try await Timing.median(runs: runs) {
            if let model { bytes = AssessmentPage.render(pageContext, model: model).body.count }
        }
        report.line("rendering the page alone (100 leaves, \(bytes / 1024) KB): model \(Timing.milliseconds(building.median)) ms, "
            + "HTML \(Timing.milliseconds(writing.median)) ms (medians of \(runs))")

        app.renderedPages.isEnabled = false
        let rendered = try await Timing.median(runs: runs) {
            let response = try await fixture.get(fixture.pagePath)
            guard response.status == .ok else { throw Abort(.internalServerError, reason: "page answered \(response.status)") }
        }
        app.renderedPages.isEnabled = true
        let page = try await Timing.median(runs: runs) {
            let response = try await fixture.get(fixture.pagePath)
            guard response.status == .ok else { throw Abort(.internalServerError, reason: "page answered \(response.status)") }
        }
        report.line("the page, in process: rendered on every view \(Timing.milliseconds(rendered.median)) ms (p90 \(Timing.milliseconds(rendered.p90))); "
            + "kept while unchanged \(Timing.milliseconds(page.median)) ms (p90 \(Timing.milliseconds(page.p90)))")

        var version = fixture.firstVersion
        var raw = try RawSaveTransaction(entry: fixture.rawEntry, userID: try fixture.officer.requireID())
        let (save, transaction) = try await Timing.interleavedMedians(runs: runs, {
            let response = try await fixture.post(fixture.savePath, BenchmarkData.inputs(3, variant: version).merging(["version": String(version)]) { $1 })
            guard response.status == .seeOther else { throw Abort(.internalServerError, reason: "save answered \(response.status)") }
            version += 1
        }, { try await raw.run(on: app.db) })
        // Where the save's time goes: the same save without HTTP (opening the assessment, the
        // service's transaction), and what any request costs through the same responder (the
        // health check reads the session too).
        var directVersion = 1
        let direct = try await Timing.median(runs: runs) {
            let opened = try await Access.open(fixture.assessmentID, for: fixture.officer, today: CalendarDate(isoDate: Date()),
                                               parts: .criterion("10.2"), cache: app.criteriaSetCache, on: app.db)
            let form = EntryForm(fields: BenchmarkData.inputs(2, variant: directVersion).merging(["version": String(directVersion)]) { $1 })
            _ = try await EntryService.save(form, code: "10.2", layer: .selfAssessed, in: opened, by: fixture.officer, on: app.db)
            directVersion += 1
        }
        let opening = try await Timing.median(runs: runs) {
            _ = try await Access.open(fixture.assessmentID, for: fixture.officer, today: CalendarDate(isoDate: Date()),
                                      parts: .criterion("10.2"), cache: app.criteriaSetCache, on: app.db)
        }
        let health = try await Timing.median(runs: runs) { _ = try await fixture.get(Paths.health.href) }
        report.line("the save's parts: opening the assessment \(Timing.milliseconds(opening.median)) ms, "
            + "opening and saving without HTTP \(Timing.milliseconds(direct.median)) ms; "
            + "a health check through the same responder \(Timing.milliseconds(health.median)) ms")
        let ratio = Timing.ratio(save.median, transaction.median)
        report.target("saving one criterion: median \(Timing.milliseconds(save.median)) ms against a raw transaction of the same shape "
            + "\(Timing.milliseconds(transaction.median)) ms, timed in turns = \(ratio.text) ×", met: ratio.hundredths <= 300, "≤ 3 ×", name: "save")
    }

    private func measureOverLoopback(fixture: BenchmarkFixture, staticPath: String, port: Int, signature: Signature,
                                     report: inout BenchmarkReport) async throws {
        let seconds = Double(signature.throughputSeconds ?? 10)
        let pages = fixture.app.renderedPages
        // A short warm-up of both paths, then each measured alone on the idle machine.
        _ = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 16, seconds: 1)
        _ = try await LoadClient.run(port: port, path: staticPath, cookie: nil, connections: 16, seconds: 1)
        let staticRun = try await LoadClient.run(port: port, path: staticPath, cookie: nil, connections: 16, seconds: seconds)
        let pageRun = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 16, seconds: seconds)
        // Pages per second over files per second, in whole milliseconds of each run.
        let throughput = Timing.ratio(Int64(pageRun.requests) * Int64(staticRun.seconds * 1000),
                                      Int64(staticRun.requests) * Int64(pageRun.seconds * 1000))
        report.target("page at 16 connections: \(Int(pageRun.perSecond)) pages/s (p50 \(Timing.milliseconds(pageRun.median)) ms, "
            + "\(pageRun.errors) errors) against the same bytes as a static file: \(Int(staticRun.perSecond))/s = \(throughput.text) ×",
            met: throughput.hundredths >= 30 && pageRun.errors == 0 && staticRun.errors == 0, "≥ 0,3 ×", name: "page throughput")

        // The worst case: every view rendered, as when each follows a change (kept pages off).
        pages.isEnabled = false
        let renderedRun = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 16, seconds: seconds)
        let renderedShare = Timing.ratio(Int64(renderedRun.requests) * Int64(staticRun.seconds * 1000),
                                         Int64(staticRun.requests) * Int64(renderedRun.seconds * 1000))
        report.line("the page rendered on every view (nothing kept), 16 connections: \(Int(renderedRun.perSecond)) pages/s "
            + "(p50 \(Timing.milliseconds(renderedRun.median)) ms, \(renderedRun.errors) errors) = \(renderedShare.text) × the static file")

        let clients = signature.clients ?? 64
        let longSeconds = Double(signature.seconds ?? 30)
        // The same connections as people reading: together they ask for half the pages per
        // second the server can render. Here a slow tail means requests wait on each other (a
        // lock, a write, a starved pool), not on the machine's two cores. The load is set by
        // rendering, the worst case, so that keeping pages does not raise the bar it is held to.
        let rate = max(renderedRun.perSecond / 2, 1)
        let pace = TimeAmount.nanoseconds(Int64(Double(clients) / rate * 1_000_000_000))
        let load = "\(clients) connections for \(Int(longSeconds)) s, each every \(pace.nanoseconds / 1_000_000) ms (\(Int(rate)) pages/s in all)"
        let renderedSingle = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 1, seconds: seconds)
        let renderedPaced = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: clients,
                                                     seconds: longSeconds, pace: pace)
        pages.isEnabled = true
        let renderedTail = Timing.ratio(renderedPaced.p99, renderedSingle.median)
        report.target("page rendered on every view, \(load): \(renderedPaced.requests) pages, \(renderedPaced.errors) errors, "
            + "p50 \(Timing.milliseconds(renderedPaced.median)) ms, p99 \(Timing.milliseconds(renderedPaced.p99)) ms = \(renderedTail.text) × "
            + "one client's median (\(Timing.milliseconds(renderedSingle.median)) ms)",
            met: renderedPaced.errors == 0 && renderedPaced.requests > 0 && renderedTail.hundredths <= 500, "no errors, p99 ≤ 5 ×",
            name: "\(clients) connections rendered, p99")

        _ = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 1, seconds: 1)
        let single = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: 1, seconds: seconds)
        report.line("page, one client: median \(Timing.milliseconds(single.median)) ms, \(Int(single.perSecond)) pages/s")
        // As fast as they can: the server saturated. Then a request waits for the others queued
        // before it, so p50 ≈ connections ÷ throughput (Little's law), whatever the code does.
        let flat = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: clients, seconds: longSeconds)
        let flatTail = Timing.ratio(flat.p99, single.median)
        report.target("page at \(clients) connections for \(Int(flat.seconds)) s, as fast as they can: \(flat.requests) pages, \(flat.errors) errors, "
            + "\(Int(flat.perSecond))/s, p50 \(Timing.milliseconds(flat.median)) ms, p99 \(Timing.milliseconds(flat.p99)) ms "
            + "(\(flatTail.text) × one client's median)", met: flat.errors == 0 && flat.requests > 0, "no errors", name: "\(clients) connections")
        let paced = try await LoadClient.run(port: port, path: fixture.pagePath, cookie: fixture.cookie, connections: clients,
                                             seconds: longSeconds, pace: pace)
        let tail = Timing.ratio(paced.p99, single.median)
        report.target("page, \(load): \(paced.requests) pages, \(paced.errors) errors, p50 \(Timing.milliseconds(paced.median)) ms, "
            + "p99 \(Timing.milliseconds(paced.p99)) ms = \(tail.text) × one client's median",
            met: paced.errors == 0 && paced.requests > 0 && tail.hundredths <= 500, "no errors, p99 ≤ 5 ×", name: "\(clients) connections, p99")
        let counts = pages.counts
        report.line("pages kept in memory: \(counts.hits) served again, \(counts.misses) rendered, \(counts.bytes / 1024) KB held")
    }

    static func engine(_ database: AppSettings.Database) -> String {
        switch database {
        case let .sqliteFile(path): "SQLite, file \(path) (WAL, synchronous=FULL)"
        case .sqliteInMemory: "SQLite, temporary file"
        case .postgres: "PostgreSQL (DATABASE_URL)"
        }
    }

    static var buildKind: String {
        #if DEBUG
        "debug (build with -c release for meaningful figures)"
        #else
        "release"
        #endif
    }
}

/// What the benchmark prints: every figure, and for each target whether it was met.
struct BenchmarkReport {
    let console: any Console
    private(set) var missed: [String] = []

    init(console: any Console) { self.console = console }

    func line(_ text: String) { console.print(text) }

    mutating func target(_ text: String, met: Bool, _ goal: String, name: String) {
        console.print("\(met ? "✔" : "✘") \(text)  [target \(goal)]")
        if !met { missed.append(name) }
    }
}

struct BenchmarkMiss: Error, CustomStringConvertible {
    var targets: [String]
    var description: String { "targets missed: \(targets.joined(separator: ", "))" }
}

/// The assessment page's bytes, saved as a file and served from disk by the same server: the
/// ceiling the page's throughput is compared with.
enum StaticCopy {
    static func register(of fixture: BenchmarkFixture, in app: Application) async throws -> String {
        let page = try await fixture.get(fixture.pagePath)
        guard let body = page.body.data else { throw BenchmarkMiss(targets: ["static copy: empty page"]) }
        let file = app.settings.dataDirectory.appendingPathComponent("bench-static-page.html")
        try body.write(to: file)
        let path = "/bench-static-page.html"
        app.get("bench-static-page.html") { request async throws -> Response in
            try await request.fileio.asyncStreamFile(at: file.path)
        }
        return path
    }
}
