import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// What each page looks like for the founding example, kept in __Snapshots__/.
    @Suite("Page snapshots")
    struct PageSnapshotTests {
        @Test func pagesOfTheFoundingExample() async throws {
            try await withApp { app in
                // setup
                let anonymous = Browser(app)
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                let appraiser = Browser(app)
                try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                let chiLang = try await Fixtures.chiLangPath(app)
                let caoLoc = Paths.assessment(try await Fixtures.parAssessment(of: "cao-loc", app).requireID()).href
                let unit = try await Fixtures.unit("chi-lang", app)
                // act / check
                try Snapshot.check(try await anonymous.get("/login").body, named: "login")
                try Snapshot.check(try await officer.get("/").body, named: "home-officer")
                try Snapshot.check(try await officer.get(chiLang).body, named: "assessment-officer-draft")
                try Snapshot.check(try await officer.get(chiLang + "/print").body, named: "assessment-print")
                try Snapshot.check(try await officer.get(chiLang + "/sheet").body, named: "score-sheet")
                try Snapshot.check(try await officer.get(Paths.evidenceLibrary(unit: try unit.requireID()).href).body, named: "evidence-library")
                try Snapshot.check(try await appraiser.get(Paths.appraisalQueue.href).body, named: "appraisal-queue")
                try Snapshot.check(try await appraiser.get(caoLoc).body, named: "assessment-appraiser-round-1")
                try Snapshot.check(try await admin.get(Paths.adminPeriods.href).body, named: "admin-periods")
                try Snapshot.check(try await admin.get(Paths.adminUnits.href).body, named: "admin-units")
                let published = try #require(try await Period.query(on: app.db).filter(\.$year == 2022).first()).requireID()
                try Snapshot.check(try await anonymous.get(Paths.portal.href).body, named: "portal")
                try Snapshot.check(try await anonymous.get(Paths.portalPeriod(published).href).body, named: "portal-period")
                try Snapshot.check(try await anonymous.get(Paths.portalUnit(published, unit: "chi-lang").href).body, named: "portal-unit")
            }
        }

        @Test func surveyPages() async throws {
            try await withApp { app in
                // setup: the SIPAS campaign open, one answer from Chi Lăng's link
                let campaign = try await SurveyDataTests.campaign(app)
                let code = try await SurveyDataTests.link("chi-lang", campaign, app)
                _ = try await SurveyDataTests.submit(code, app)
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                let phone = Browser(app)
                // act / check
                try Snapshot.check(try await phone.get(Paths.surveyForm(code).href).body, named: "survey-form")
                try Snapshot.check(try await phone.get(Paths.surveyPoster(code).href).body, named: "survey-poster")
                try Snapshot.check(try await admin.get(Paths.surveys.href).body, named: "surveys")
                try Snapshot.check(try await admin.get(Paths.campaign(try campaign.requireID()).href).body, named: "campaign")
                try Snapshot.check(try await admin.get(Paths.adminQuestionnaire(campaign.questionnaireID).href).body, named: "questionnaire")
            }
        }

        @Test func resultsOfThePARPeriod() async throws {
            try await withApp { app in
                // setup: Bắc Sơn appraised with survey points, so the ranking has a row
                try await PeriodResultsTests.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                let path = Paths.periodResults(try period.requireID()).href
                // act / check
                try Snapshot.check(try await admin.get(path).body, named: "results-admin")
                try Snapshot.check(try await officer.get(path).body, named: "results-officer")
                try Snapshot.check(try await admin.get(Paths.adminPeriod(try period.requireID()).href).body, named: "admin-period")
                let chiLang = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
                try Snapshot.check(try await officer.get(Paths.assessmentAnalysis(chiLang).href + "?band=kha").body, named: "analysis-officer")
                try Snapshot.check(try await officer.get(Paths.meeting(chiLang, field: 6).href).body, named: "meeting-field-6")
                try Snapshot.check(try await officer.get(Paths.minutes(chiLang).href).body, named: "minutes")
            }
        }
    }
}
