import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
/// Campaigns, answers and the survey points they feed, through the services (the pages and the
/// API have their own tests).
@Suite("Survey campaigns and answers")
struct SurveyDataTests {
    static func repository(_ path: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func user(_ username: String, _ app: Application) async throws -> User {
        try #require(try await User.query(on: app.db).filter(\.$username == username).first())
    }

    /// The SIPAS questionnaire put to the citizens of the 2023 district period, open on the tests' day.
    static func campaign(_ app: Application, quota: Int = 30) async throws -> SurveyCampaign {
        let admin = try await user(Demo.admin.0, app)
        let record = try await Questionnaires.importYAML(try repository("questionnaires/langson-sipas-2023.yaml"), by: admin, on: app.db)
        let period = try await ResultsFixtures.parPeriod(app)
        let plan = SurveyCampaigns.Plan(questionnaireID: record.id, periodID: period.id, targetGroup: "citizens", title: "SIPAS 2023",
                                        opensOn: "01/11/2023", closesOn: "31/12/2023", quota: String(quota))
        return try await SurveyCampaigns.create(plan, by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
    }

    static func link(_ unitCode: String, _ campaign: SurveyCampaign, _ app: Application) async throws -> String {
        let unit = try await Fixtures.unit(unitCode, app)
        return try #require(try await SurveyLink.query(on: app.db).filter(\.$campaignID == campaign.requireID())
            .filter(\.$unitID == unit.requireID()).first()).code
    }

    /// Every counting question answered alike: satisfied (5 / yes) or not (2 / no).
    static func answers(satisfied: Bool) -> [String: [String]] {
        ["A1": [satisfied ? "5" : "2"], "A2": [satisfied ? "4" : "1"], "B1": [satisfied ? "5" : "3"], "B2": [satisfied ? "5" : "2"],
         "C1": [satisfied ? "yes" : "no"], "C2": ["truc-tiep"]]
    }

    static func submit(_ code: String, _ app: Application, satisfied: Bool = true, device: String? = nil, address: String = "203.0.113.7",
                       at now: Date = TestClock.today) async throws -> SurveySubmissions.Received {
        try await SurveySubmissions.submit(code: code, .init(answers: answers(satisfied: satisfied), deviceToken: device, address: address),
                                           now: now, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
    }

    static func surveyEntry(_ unitCode: String, _ code: String, _ app: Application) async throws -> EntryRecord? {
        let record = try await Fixtures.parAssessment(of: unitCode, app)
        return try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == code)
            .filter(\.$layer == .survey).first()
    }

    static func satisfaction(_ entry: EntryRecord?) -> String? {
        entry.flatMap { StoredInput.decode($0.inputs)?.summary }
    }

    @Test func aDraftChangesOnlyTheTopLevelYearAndVersionAndKeepsTheComments() throws {
        let yaml = "# Phiếu thử\nquestionnaire: thu\nyear: 2023\nversion: 3          # per year\nsections:\n  - code: A\n    year: 1999\n"
        #expect(Questionnaires.draft(of: yaml, year: 2023, version: 4)
            == "# Phiếu thử\nquestionnaire: thu\nyear: 2023\nversion: 4\nsections:\n  - code: A\n    year: 1999\n")
        // without a version line (1 when absent), one is written after the year
        #expect(Questionnaires.draft(of: "questionnaire: thu\nyear: 2023\nsections: []", year: 2024, version: 1)
            == "questionnaire: thu\nyear: 2024\nversion: 1\nsections: []")
    }

    @Test func aCampaignGivesEveryUnitOfThePeriodItsOwnShortLink() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let links = try await SurveyLink.query(on: app.db).filter(\.$campaignID == campaign.requireID()).all()
            let assessments = try await AssessmentRecord.query(on: app.db).filter(\.$periodID == campaign.periodID).count()
            #expect(links.count == assessments)
            #expect(Set(links.map(\.code)).count == links.count)
            #expect(links.allSatisfy { SurveyHashing.isLinkCode($0.code) })
            #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .survey).count() == 2)
        }
    }

    @Test func aCampaignIsRefusedForAGroupTheQuestionnaireIsNotFor() async throws {
        try await withApp { app in
            let admin = try await Self.user(Demo.admin.0, app)
            let record = try await Questionnaires.importYAML(try Self.repository("questionnaires/langson-sipas-2023.yaml"), by: admin, on: app.db)
            let period = try await ResultsFixtures.parPeriod(app)
            let plan = SurveyCampaigns.Plan(questionnaireID: record.id, periodID: period.id, targetGroup: "leaders", title: "x",
                                            opensOn: "01/11/2023", closesOn: "31/12/2023", quota: "30")
            await #expect(throws: AppError.self) {
                try await SurveyCampaigns.create(plan, by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            }
            // the same key, year and version again is refused: a change is a new version
            await #expect(throws: AppError.self) {
                try await Questionnaires.importYAML(try Self.repository("questionnaires/langson-sipas-2023.yaml"), by: admin, on: app.db)
            }
        }
    }

    @Test func eachAnswerMovesTheUnitsSurveyPointsWrittenByTheSystemAndAudited() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            _ = try await Self.submit(code, app, satisfied: true, address: "198.51.100.1")
            #expect(Self.satisfaction(try await Self.surveyEntry("chi-lang", "9.1", app)) == "hài lòng 100%")
            _ = try await Self.submit(code, app, satisfied: false, address: "198.51.100.2")
            // 5 counting questions each: 5 satisfied of 10 answers
            let entry = try #require(try await Self.surveyEntry("chi-lang", "9.1", app))
            #expect(Self.satisfaction(entry) == "hài lòng 50%")
            #expect(entry.updatedBy == nil)
            #expect(entry.version == 2)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$subject == .surveyEntry).sort(\.$at).all()
            #expect(audit.count == 2)
            #expect(audit.allSatisfy { $0.userID == nil })
            #expect(audit.last?.reason == "Khảo sát «SIPAS 2023»: 5/10 phiếu hài lòng (50 %)")
            #expect(audit.last?.newValue?.hasSuffix("→ 4 điểm") == true)
            // another unit is untouched
            #expect(try await Self.surveyEntry("huu-lung", "9.1", app) == nil)
        }
    }

    @Test func aSecondAnswerFromTheSameDeviceIsRefusedAndNothingIsStored() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            let first = try await Self.submit(code, app)
            #expect(SurveyHashing.isToken(first.deviceToken))
            await #expect(throws: AppError.self) { try await Self.submit(code, app, device: first.deviceToken, address: "198.51.100.9") }
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            // the same device may answer another unit's campaign link? No: one per device per campaign
            let other = try await Self.link("huu-lung", campaign, app)
            await #expect(throws: AppError.self) { try await Self.submit(other, app, device: first.deviceToken) }
        }
    }

    @Test func badAnswersAreRefusedWithEveryProblemNamedAndNothingStored() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            do {
                _ = try await SurveySubmissions.submit(code: code, .init(answers: ["A1": ["9"], "ZZ": ["1"]], deviceToken: nil, address: "x"),
                                                       now: TestClock.today, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
                Issue.record("accepted")
            } catch let refusal as SurveySubmissions.Refused {
                let codes = refusal.problems.map(\.code)
                #expect(codes.contains("A1") && codes.contains("ZZ") && codes.contains("B1"))
            }
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            #expect(try await SurveyDevice.query(on: app.db).count() == 0)
        }
    }

    @Test func noAddressOrDeviceTokenIsStoredAnywhere() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            let address = "192.0.2.55"
            let received = try await Self.submit(code, app, address: address)
            let sql = try #require(app.db as? any SQLDatabase)
            for table in ["survey_responses", "survey_answers", "survey_devices", "survey_address_counts", "survey_tallies", "audit_events"] {
                let rows = try await sql.raw("SELECT * FROM \(unsafeRaw: "\"" + table + "\"")").all()
                for row in rows {
                    for column in row.allColumns {
                        let text = (try? row.decode(column: column, as: String?.self)) ?? nil
                        #expect(text?.contains(address) != true, "\(table).\(column)")
                        #expect(text?.contains(received.deviceToken) != true, "\(table).\(column)")
                    }
                }
            }
        }
    }

    @Test func aBurstFromOneAddressIsHeldForReviewThenRefusedAndCountedOnlyOnceReviewed() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            var received: [SurveySubmissions.Received] = []
            for _ in 0..<SurveySubmissions.Limits.standard.mostPerMinute {
                received.append(try await Self.submit(code, app, address: "203.0.113.50"))
            }
            #expect(received.prefix(2).allSatisfy { !$0.flagged })
            #expect(received.dropFirst(2).allSatisfy { $0.flagged })
            await #expect(throws: AppError.self) { try await Self.submit(code, app, address: "203.0.113.50") }
            // a minute later the address may send again
            _ = try await Self.submit(code, app, address: "203.0.113.50", at: TestClock.today.addingTimeInterval(61))
            #expect(try await SurveyResponse.query(on: app.db).count() == 21)
            // the first two, and the one a minute later
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$counted == true).count() == 3)
            // review: one counted, one voided with its reason
            let admin = try await Self.user(Demo.admin.0, app)
            try await SurveyReview.count(received[2].responseID, by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$counted == true).count() == 4)
            await #expect(throws: AppError.self) {
                try await SurveyReview.void(received[0].responseID, reason: " ", by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            }
            try await SurveyReview.void(received[0].responseID, reason: "Phiếu thử", by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$counted == true).count() == 3)
            let tallies = try await SurveyTallyRecord.query(on: app.db).filter(\.$questionCode == "A1")
                .filter(\.$answerKey == SurveyTallyRecord.answered).all()
            #expect(tallies.map(\.count) == [3])
            #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .survey).filter(\.$reason == "Phiếu thử").count() == 1)
        }
    }

    @Test func answersArrivingTogetherAreAllCountedAndADuplicateDeviceAmongThemFailsAlone() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            let shared = SurveyHashing.newSecret()
            // 24 phones at once (on SQLite, written in batches), two of them the same device
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for phone in 0..<24 {
                    group.addTask {
                        let device = phone < 2 ? shared : nil
                        return (try? await Self.submit(code, app, satisfied: phone % 4 != 0, device: device, address: "198.51.100.\(phone)")) != nil
                    }
                }
                var results: [Bool] = []
                for await outcome in group { results.append(outcome) }
                return results
            }
            #expect(outcomes.filter { $0 }.count == 23)
            #expect(try await SurveyResponse.query(on: app.db).count() == 23)
            let answered = try await SurveyTallyRecord.query(on: app.db).filter(\.$questionCode == "A1")
                .filter(\.$answerKey == SurveyTallyRecord.answered).first()
            #expect(answered?.count == 23)
            // the survey points match the counts, whatever the batches were
            let satisfied = try await SurveyTallyRecord.query(on: app.db).filter(\.$answerKey == SurveyTallyRecord.satisfied).all()
                .reduce(0) { $0 + $1.count }
            let all = try await SurveyTallyRecord.query(on: app.db).filter(\.$answerKey == SurveyTallyRecord.answered).all()
                .filter { $0.questionCode != "C2" }.reduce(0) { $0 + $1.count }
            let entry = try #require(try await Self.surveyEntry("chi-lang", "9.1", app))
            let share = try #require(SurveyTally(answers: all, satisfied: satisfied).share(mode: .halfUp))
            #expect(Self.satisfaction(entry) == "hài lòng \(share.formatted(.vi))%")
        }
    }

    @Test func closingFreezesTheCampaignAndForgetsTheAddresses() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            let received = try await Self.submit(code, app)
            #expect(try await SurveyAddressCount.query(on: app.db).count() == 1)
            let admin = try await Self.user(Demo.admin.0, app)
            try await SurveyCampaigns.close(campaign, by: admin, on: app.db)
            #expect(try await SurveyAddressCount.query(on: app.db).count() == 0)
            await #expect(throws: AppError.self) { try await Self.submit(code, app, address: "198.51.100.3") }
            await #expect(throws: AppError.self) {
                try await SurveyReview.void(received.responseID, reason: "x", by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            }
        }
    }

    @Test func anUnknownLinkAndDaysOutsideTheCampaignSaySoInVietnamese() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let code = try await Self.link("chi-lang", campaign, app)
            do {
                _ = try await Self.submit("ZZZZZZZZ", app)
                Issue.record("accepted an unknown link")
            } catch let error as AppError {
                #expect(error.kind == .notFound)
                #expect(error.message.vi.contains("Không có đợt khảo sát"))
            }
            do {
                _ = try await Self.submit(code, app, at: TestClock.today.addingTimeInterval(-60 * 86_400))
                Issue.record("accepted before the first day")
            } catch let error as AppError {
                #expect(error.kind == .conflict)
                #expect(error.message.vi.contains("chưa bắt đầu"))
            }
        }
    }

    @Test func typedSurveyPointsAreRefusedWhereACampaignFeedsTheCriterion() async throws {
        try await withApp { app in
            _ = try await Self.campaign(app)
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            try await ResultsFixtures.setState(record, .appraisalRound1, on: app.db)
            let admin = try await Self.user(Demo.admin.0, app)
            let opened = try await Access.open(record.id, for: admin, today: CalendarDate(isoDate: TestClock.today), cache: app.criteriaSetCache, on: app.db)
            do {
                _ = try await EntryService.save(EntryForm(fields: ["satisfaction": "90"]), code: "9.1", layer: .survey, in: opened, by: admin, on: app.db)
                Issue.record("typed survey points accepted")
            } catch let error as AppError {
                #expect(error.kind == .conflict)
                #expect(error.message.vi.contains("SIPAS 2023"))
            }
            // 9.2 is fed by no campaign: it may still be typed
            _ = try await EntryService.save(EntryForm(fields: ["satisfaction": "90"]), code: "9.2", layer: .survey, in: opened, by: admin, on: app.db)
        }
    }

    @Test func aPaperQuestionnaireIsEnteredByTheUnitsAppraiserAndMarkedAsPaper() async throws {
        try await withApp { app in
            let campaign = try await Self.campaign(app)
            let appraiser = try await Self.user(Demo.appraiser.0, app)
            let officer = try await Self.user(Demo.officer.0, app)
            let unit = try await Fixtures.unit("chi-lang", app)
            let today = CalendarDate(isoDate: TestClock.today)
            await #expect(throws: AppError.self) {
                try await SurveySubmissions.enterPaper(campaign: campaign, unitID: unit.requireID(), answers: Self.answers(satisfied: true), by: officer,
                                                       today: today, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            }
            let id = try await SurveySubmissions.enterPaper(campaign: campaign, unitID: unit.requireID(), answers: Self.answers(satisfied: true), by: appraiser,
                                                            today: today, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            let response = try #require(try await SurveyResponse.find(id, on: app.db))
            #expect(response.source == .paper)
            #expect(response.enteredBy == appraiser.id)
            #expect(Self.satisfaction(try await Self.surveyEntry("chi-lang", "9.1", app)) == "hài lòng 100%")
        }
    }
}
}
