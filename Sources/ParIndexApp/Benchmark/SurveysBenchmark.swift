import Fluent
import Foundation
import NIOCore
import ParIndexCore
import Vapor
import ParIndexData

/// `bench-web --part surveys`: a campaign's results for 11 units × 30 questions × 5 000 answers
/// each (under 200 ms: read from the running counts, as the page and the API do), and answers
/// posted to the public API over loopback by 16 phones at once (at least 200 a second, none
/// refused). The submissions come from one address, so the per-address limits are raised for
/// the run: what is measured is the path, not the limit.
enum SurveysBenchmark {
    static let units = 11
    static let questions = 30
    static let answersPerUnit = 5_000

    static func measure(_ app: Application, fixture: BenchmarkFixture, runs: Int, port: Int, seconds: Double,
                        report: inout BenchmarkReport) async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let setup = try await setUp(app, by: fixture.officer)
        let large = try await campaign(setup, title: "Đo kết quả", by: fixture.officer, app)
        let questionnaire = try await QuestionnaireCache.shared.questionnaire(id: large.questionnaireID, on: app.db)
        for (index, unitID) in setup.unitIDs.enumerated() {
            let answers = (0..<answersPerUnit).map { person in generated(questionnaire, person: person, unit: index) }
            try await SurveyBulkLoad.load(answers, campaign: large, unitID: unitID, receivedOn: CalendarDate(isoDate: Date()),
                                          cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
        }
        report.line("surveys (\(units) units × \(questions) questions × \(answersPerUnit) answers written in \(Timing.milliseconds(clock.now - started)) ms):")
        var bytes = 0
        let today = CalendarDate(isoDate: Date())
        let timed = try await Timing.median(runs: max(5, runs / 10), warmup: 3) {
            let results = try await CampaignResults.load(large, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            let context = PageContext(language: .vi, display: DisplayPreferences(), user: .init(name: "bench", role: .administrator, unitID: nil),
                                      csrfToken: "bench", currentPath: "/", notice: nil)
            bytes = CampaignPage.render(context, model: .init(results: results, waiting: [], recent: [], today: today, isAdministrator: true, limits: .standard)).body.count
        }
        report.target("campaign results page (\(bytes / 1024) KB): median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
                      met: timed.median < .milliseconds(200), "< 200 ms", name: "survey-results")

        for units in [400, 3_321] { try await scale(app, units: units, questionnaireID: setup.questionnaireID, by: fixture.officer, report: &report) }

        // Submissions over loopback through the real server, to every unit's link in turn.
        let open = try await campaign(setup, title: "Đo tiếp nhận phiếu", by: fixture.officer, app)
        let links = try await SurveyLink.query(on: app.db).filter(\.$campaignID == open.requireID()).all()
        app.storage[SettingsKey.self]?.surveyBurstFrom = 1_000_000
        app.storage[SettingsKey.self]?.surveyMostPerMinute = 1_000_000
        let body = try String(decoding: JSONSerialization.data(withJSONObject: ["answers": generated(questionnaire, person: 1, unit: 0)]), as: UTF8.self)
        let posting = LoadClient.Posting(body: body, contentType: "application/json", expecting: .created,
                                         paths: links.map { APIPaths.publicSurveyResponses($0.code).href })
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = port
        app.servers.use { $0.guardedServer }
        try app.server.start()
        do {
            _ = try await LoadClient.run(port: port, path: "/", cookie: nil, connections: 4, seconds: 1, posting: posting)
            let run = try await LoadClient.run(port: port, path: "/", cookie: nil, connections: 16, seconds: seconds, posting: posting)
            let stored = try await SurveyResponse.query(on: app.db).filter(\.$campaignID == open.requireID()).count()
            let written = await SurveyAnswerBatches.shared.written
            if written.batches > 0 {
                report.line("batches of answers: \(written.batches), \(written.answers / written.batches) answers each on average, "
                    + "\(written.nanoseconds / Int64(written.batches) / 1_000) µs each")
            }
            report.target("answers posted by 16 phones for \(Int(run.seconds)) s: \(Int(run.perSecond))/s, \(run.errors) errors, "
                + "p50 \(Timing.milliseconds(run.median)) ms, p99 \(Timing.milliseconds(run.p99)) ms; \(stored) stored",
                met: run.perSecond >= 200 && run.errors == 0, "≥ 200/s, no errors", name: "survey-submissions")
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }

    struct Setup {
        var periodID: UUID
        var unitIDs: [UUID]
        var questionnaireID: UUID
    }

    /// The district set under a key of its own, a period of 11 units, a 30-question questionnaire.
    static func setUp(_ app: Application, by user: User) async throws -> Setup {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let (group, period) = try await districtPeriod("bench-surveys-\(tag)", title: "Đo khảo sát \(tag)", app)
        var unitIDs: [UUID] = []
        for number in 0..<units {
            let unit = ParIndexData.Unit(unitGroupID: try group.requireID(), code: "bench-s-\(tag)-\(number)", name: "UBND huyện đo \(number)")
            try await unit.create(on: app.db)
            try await AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID()).create(on: app.db)
            unitIDs.append(try unit.requireID())
        }
        let record = try await Questionnaires.importYAML(questionnaireYAML(key: "bench-\(tag)"), by: user, on: app.db)
        return Setup(periodID: try period.requireID(), unitIDs: unitIDs, questionnaireID: try record.requireID())
    }

    static func campaign(_ setup: Setup, title: String, by user: User, _ app: Application) async throws -> SurveyCampaign {
        let today = CalendarDate(isoDate: Date())
        return try await SurveyCampaigns.create(
            .init(questionnaireID: setup.questionnaireID, periodID: setup.periodID, targetGroup: "citizens", title: title,
                  opensOn: today.adding(days: -1).iso, closesOn: today.adding(days: 30).iso, quota: "400"),
            by: user, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
    }

    /// The district set (with its survey criteria 9.1–9.3) under a key of its own, a unit group
    /// and a 2026 period of that set, all named by `key`.
    static func districtPeriod(_ key: String, title: String, _ app: Application) async throws -> (UnitGroup, Period) {
        let yaml = try String(contentsOf: DemoData.repositoryRoot().appendingPathComponent("criteria-sets/langson-district-par-2023.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "langson-district-par-2023", with: key)
        let set = try await CriteriaSetImport.create(yaml: yaml, by: nil, on: app.db)
        let group = UnitGroup(code: key, name: title)
        try await group.create(on: app.db)
        let period = Period(criteriaSetID: try set.requireID(), unitGroupID: try group.requireID(), title: title, year: 2026,
                            selfDeadline: nil, explanationDeadline: nil, appraisalDeadline: nil)
        try await period.create(on: app.db)
        return (group, period)
    }

    /// 30 Likert questions, ten toward each of 9.1, 9.2 and 9.3.
    static func questionnaireYAML(key: String) -> String {
        var text = "questionnaire: \(key)\nyear: 2026\nversion: 1\ntitle: \"Phiếu đo hiệu năng\"\ntarget_groups: [citizens]\nsections:\n"
        for (section, criterion) in ["9.1", "9.2", "9.3"].enumerated() {
            text += "  - code: S\(section + 1)\n    title: \"Phần \(section + 1)\"\n    questions:\n"
            for number in 1...(questions / 3) {
                text += "      - code: S\(section + 1)Q\(number)\n        text: \"Câu \(number)\"\n        kind: likert\n"
                text += "        counts: {criterion: \"\(criterion)\", satisfied: [4, 5]}\n"
            }
        }
        return text
    }

    /// A respondent's answers, varied by person, question and unit: six in eight satisfied (4 or 5).
    static func generated(_ questionnaire: Questionnaire, person: Int, unit: Int) -> [String: String] {
        let pattern = ["5", "4", "5", "2", "4", "5", "3", "4"]
        var answers: [String: String] = [:]
        for (index, question) in questionnaire.questions.enumerated() {
            answers[question.code] = pattern[(person * 7 + index * 3 + unit) % pattern.count]
        }
        return answers
    }
}
