import Fluent
import Foundation
import ParIndexCore
import SQLKit
import Vapor
import ParIndexData

extension SurveysBenchmark {
    /// A campaign over a province's 400 units and the country's 3 321 communes: opened (a link
    /// per unit, in a few statements), then its page's first 50 units read and rendered, with
    /// 20 answers for each unit on the page.
    static func scale(_ app: Application, units: Int, questionnaireID: UUID, by user: User, report: inout BenchmarkReport) async throws {
        let tag = UUID().uuidString.prefix(8).lowercased()
        let (group, period) = try await districtPeriod("bench-scale-\(tag)", title: "Đo quy mô \(units) \(tag)", app)
        let groupID = try group.requireID(), periodID = try period.requireID()
        try await app.db.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw BenchmarkMiss(targets: ["surveys: needs an SQL database"]) }
            var unitRows: [[any Encodable & Sendable]] = [], assessmentRows: [[any Encodable & Sendable]] = []
            for number in 0..<units {
                let unitID = UUID()
                unitRows.append([unitID, groupID, "bench-\(tag)-\(number)", "UBND xã đo \(number)"])
                assessmentRows.append([UUID(), periodID, unitID, AssessmentState.submitted.rawValue, 1, "", "", false, true])
            }
            try await ResultsBenchmark.insert(unitRows, into: "units", columns: ["id", "unit_group_id", "code", "name"], on: sql)
            try await ResultsBenchmark.insert(assessmentRows, into: "assessments",
                                              columns: ["id", "period_id", "unit_id", "state", "version", "difficulties", "proposals", "is_demo", "ranked"], on: sql)
        }
        let setup = Setup(periodID: periodID, unitIDs: [], questionnaireID: questionnaireID)
        let clock = ContinuousClock()
        let started = clock.now
        let campaign = try await self.campaign(setup, title: "Đo quy mô \(units)", by: user, app)
        let opening = clock.now - started
        let questionnaire = try await QuestionnaireCache.shared.questionnaire(id: questionnaireID, on: app.db)
        let firstPage = try await CampaignResults.load(campaign, page: 1, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
        for (index, unit) in firstPage.units.enumerated() {
            try await SurveyBulkLoad.load((0..<20).map { generated(questionnaire, person: $0, unit: index) }, campaign: campaign, unitID: unit.unitID,
                                          receivedOn: CalendarDate(isoDate: Date()), cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
        }
        let today = CalendarDate(isoDate: Date())
        var bytes = 0
        let timed = try await Timing.median(runs: 20, warmup: 3) {
            let results = try await CampaignResults.load(campaign, page: 1, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            let context = PageContext(language: .vi, display: DisplayPreferences(), user: .init(name: "bench", role: .administrator, unitID: nil),
                                      csrfToken: "bench", currentPath: "/", notice: nil)
            bytes = CampaignPage.render(context, model: .init(results: results, waiting: [], recent: [], today: today, isAdministrator: true,
                                                              limits: .standard)).body.count
        }
        report.target("campaign over \(units) units: opened in \(Timing.milliseconds(opening)) ms; its page of 50 units (\(bytes / 1024) KB) "
            + "median \(Timing.milliseconds(timed.median)) ms (p90 \(Timing.milliseconds(timed.p90)) ms)",
            met: opening < .seconds(2) && timed.median < .milliseconds(200), "opened < 2 s, page < 200 ms", name: "survey-campaign-\(units)")
    }
}
