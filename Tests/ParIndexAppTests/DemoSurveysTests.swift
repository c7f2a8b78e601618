import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
/// `serve --demo`'s surveys: answered through the real path, they give Chi Lăng exactly the 19
/// survey points the founding article implies, so its PAR total reads 83,06.
@Suite("Demo surveys")
struct DemoSurveysTests {
    @Test func theClosedCampaignsGiveChiLangItsNineteenSurveyPointsAndTheTotal8306() async throws {
        try await withApp(seed: false) { app in
            // setup
            let seeded = try await DemoData.seed(app, today: CalendarDate(isoDate: TestClock.today), surveys: true)
            // check: the three survey criteria at 95 %
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            let workspace = try await AssessmentWorkspace.load(record, cache: app.criteriaSetCache, on: app.db)
            let survey = workspace.score(.final)
            #expect(survey.points(of: "9.1")?.formatted(.vi) == "7,6")
            #expect(survey.points(of: "9.2")?.formatted(.vi) == "5,7")
            #expect(survey.points(of: "9.3")?.formatted(.vi) == "5,7")
            #expect(survey.total.formatted(.vi) == "83,06")
            // every campaign closed, its address counters gone; one open campaign with a link per unit
            let campaigns = try await SurveyCampaign.query(on: app.db).all()
            #expect(campaigns.filter { $0.closedAt != nil }.count == 3)
            #expect(try await SurveyAddressCount.query(on: app.db).count() == 0)
            #expect(seeded?.openLinks.count == DemoData.districts.count)
            // every answer counted, none held: a steady flow, not a burst
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$counted == false).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).count() == 3 * DemoData.districts.count * DemoSurveys.respondents)
        }
    }
}
}
