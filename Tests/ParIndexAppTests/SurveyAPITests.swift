import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
/// The surveys in the API: the administrator's questionnaires and campaigns, results for
/// appraisers, and the public submission with its device cookie.
@Suite("Survey API")
struct SurveyAPITests {
    struct Posted {
        var status: HTTPStatus
        var body: [String: Any]
        var cookie: String?
    }

    /// Posts answers to a link as a phone would, with its cookie if it has one.
    static func post(_ app: Application, code: String, answers: [String: Any], cookie: String? = nil) async throws -> Posted {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "\(PublicSurveyController.deviceCookie)=\(cookie)") }
        var posted: Posted?
        try await app.testing().test(.POST, APIPaths.publicSurveyResponses(code).href, headers: headers,
                                     body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["answers": answers]))) { response in
            let set = response.headers[.setCookie].first { $0.hasPrefix(PublicSurveyController.deviceCookie + "=") }
            let value = set?.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last.map(String.init)
            posted = Posted(status: response.status, body: (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8))) as? [String: Any] ?? [:],
                            cookie: value)
        }
        return try #require(posted)
    }

    static var answers: [String: Any] { ["A1": 5, "A2": "4", "B1": "5", "B2": "5", "C1": "yes", "C2": "truc-tiep"] }

    @Test func theAdministratorImportsAQuestionnaireOpensACampaignAndListsItsLinks() async throws {
        try await withApp { app in
            let admin = try await APITests.token(app, Demo.admin)
            let yaml = try SurveyDataTests.repository("questionnaires/langson-sipas-2023.yaml")
            let imported = try await APITests.call(app, .POST, APIPaths.questionnaires.href, token: admin, text: yaml, contentType: HTTPMediaType(type: "application", subType: "yaml"))
            #expect(imported.status == .created)
            let questionnaireID = try #require(imported.object["id"] as? String)
            let again = try await APITests.call(app, .POST, APIPaths.questionnaires.href, token: admin, text: yaml, contentType: HTTPMediaType(type: "application", subType: "yaml"))
            #expect(again.status == .conflict)
            let exported = try await APITests.call(app, .GET, APIPaths.questionnaireYAML(try #require(UUID(uuidString: questionnaireID))).href, token: admin)
            #expect(exported.text == yaml)
            let period = try await ResultsFixtures.parPeriod(app)
            var plan: [String: Any] = ["questionnaire_id": questionnaireID, "period_id": try period.requireID().uuidString, "target_group": "citizens",
                                       "title": "SIPAS 2023", "opens_on": "2023-11-01", "closes_on": "2023-12-31", "quota": 30]
            let created = try await APITests.call(app, .POST, APIPaths.campaigns.href, token: admin, json: plan)
            #expect(created.status == .created)
            #expect(created.object["state"] as? String == "open")
            plan["quota"] = 0
            let refused = try await APITests.call(app, .POST, APIPaths.campaigns.href, token: admin, json: plan)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.object["field"] as? String == "quota")
            let listed = try await APITests.call(app, .GET, APIPaths.campaigns.href, token: admin)
            let links = try #require(listed.array.first?["links"] as? [[String: Any]])
            #expect(links.count == (try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).count()))
            let chiLang = try #require(links.first { $0["unit_code"] as? String == "chi-lang" })
            #expect(chiLang["target_group"] as? String == "citizens")
            #expect((chiLang["code"] as? String).map(SurveyHashing.isLinkCode) == true)
        }
    }

    @Test func aCampaignOfManyUnitsIsReadFiftyUnitsAPageOnTheAPIAndItsPage() async throws {
        try await withApp { app in
            // setup: the 11 districts and 60 communes, all in the campaign
            _ = try await ResultsFixtures.addUnits(60, to: try await ResultsFixtures.parPeriod(app), app)
            let campaign = try await SurveyDataTests.campaign(app)
            let campaignID = try campaign.requireID()
            _ = try await SurveyDataTests.submit(try await SurveyDataTests.link("xa-9", campaign, app), app)
            let admin = try await APITests.token(app, Demo.admin)
            // act
            let first = try await APITests.call(app, .GET, APIPaths.campaignResults(campaignID).href, token: admin)
            let second = try await APITests.call(app, .GET, APIPaths.campaignResults(campaignID).href + "?page=2", token: admin)
            let all = try await APITests.call(app, .GET, APIPaths.campaignResults(campaignID).href + "?all=1", token: admin)
            // check: 50 units by code, then the 21 others; the links are the page's
            let firstUnits = try #require(first.object["units"] as? [[String: Any]]), secondUnits = try #require(second.object["units"] as? [[String: Any]])
            #expect(firstUnits.count == 50)
            #expect(secondUnits.count == 21)
            #expect(first.object["total_units"] as? Int == 71)
            #expect(first.object["page_count"] as? Int == 2)
            #expect(second.object["page"] as? Int == 2)
            #expect(first.headers.first(name: "X-Total-Count") == "71")
            #expect(first.headers.first(name: "Link")?.contains("page=2>; rel=\"next\"") == true)
            let codes = (firstUnits + secondUnits).compactMap { $0["unit_code"] as? String }
            #expect(codes == codes.sorted())
            #expect(Set(codes).count == 71)
            #expect(((first.object["campaign"] as? [String: Any])?["links"] as? [[String: Any]])?.count == 50)
            let xa9 = try #require((firstUnits + secondUnits).first { $0["unit_code"] as? String == "xa-9" })
            #expect(xa9["counted"] as? Int == 1)
            #expect((all.object["units"] as? [[String: Any]])?.count == 71)
            #expect(all.headers.first(name: "X-Total-Count") == nil)
            // the page: the same pages of units
            let browser = try await SurveyPagesTests.admin(app)
            let pageTwo = try await browser.get(Paths.campaign(campaignID).href + "?page=2")
            #expect(pageTwo.has("Trang 2 / 2 · 71 dòng"))
            #expect(pageTwo.has("id=\"progress-xa-9\""))
            #expect(!pageTwo.has("id=\"progress-chi-lang\""))
            // the campaigns' list pages too (one campaign: one page, no pager)
            let listed = try await APITests.call(app, .GET, APIPaths.campaigns.href, token: admin)
            #expect(listed.array.count == 1)
            #expect(listed.headers.first(name: "X-Total-Count") == "1")
        }
    }

    @Test func aPublicSubmissionIsRecordedOncePerDeviceAndTheResultsShowIt() async throws {
        try await withApp { app in
            let campaign = try await SurveyDataTests.campaign(app)
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let first = try await Self.post(app, code: code, answers: Self.answers)
            #expect(first.status == .created)
            #expect(first.body["held_for_review"] as? Bool == false)
            let cookie = try #require(first.cookie)
            let second = try await Self.post(app, code: code, answers: Self.answers, cookie: cookie)
            #expect(second.status == .conflict)
            let bad = try await Self.post(app, code: code, answers: ["A1": 9, "Q9": "x"])
            #expect(bad.status == .unprocessableEntity)
            let problems = try #require(bad.body["problems"] as? [[String: Any]])
            #expect(Set(problems.compactMap { $0["question"] as? String }).isSuperset(of: ["A1", "Q9", "B1"]))
            let unknown = try await Self.post(app, code: "ZZZZZZZZ", answers: Self.answers)
            #expect(unknown.status == .notFound)
            // results, for an appraiser
            let appraiser = try await APITests.token(app, Demo.appraiser)
            let results = try await APITests.call(app, .GET, APIPaths.campaignResults(try campaign.requireID()).href, token: appraiser)
            #expect(results.status == .ok)
            let units = try #require(results.object["units"] as? [[String: Any]])
            let chiLang = try #require(units.first { $0["unit_code"] as? String == "chi-lang" })
            #expect(chiLang["counted"] as? Int == 1)
            let tally = try #require((chiLang["criteria"] as? [String: Any])?["9.1"] as? [String: Any])
            #expect(tally["n"] as? Int == 5)
            #expect(tally["share"] as? String == "100")
            #expect(tally["interval_low"] as? String == "56.55")
            #expect(tally["flags"] as? [String] == ["below_quota", "wide_interval"])
            let empty = try #require(units.first { $0["unit_code"] as? String == "huu-lung" })
            let none = try #require((empty["criteria"] as? [String: Any])?["9.1"] as? [String: Any])
            #expect(none["share"] is NSNull)
        }
    }

    @Test func paperVoidingAndClosingThroughTheAPI() async throws {
        try await withApp { app in
            let campaign = try await SurveyDataTests.campaign(app)
            let campaignID = try campaign.requireID()
            let appraiser = try await APITests.token(app, Demo.appraiser)
            let paper = try await APITests.call(app, .POST, APIPaths.paperResponses(campaign: campaignID).href, token: appraiser,
                                                json: ["unit_code": "chi-lang", "answers": Self.answers])
            #expect(paper.status == .created)
            let id = try #require((paper.object["response_id"] as? String).flatMap(UUID.init(uuidString:)))
            let unknownUnit = try await APITests.call(app, .POST, APIPaths.paperResponses(campaign: campaignID).href, token: appraiser,
                                                      json: ["unit_code": "nowhere", "answers": Self.answers])
            #expect(unknownUnit.status == .unprocessableEntity)
            let admin = try await APITests.token(app, Demo.admin)
            #expect(try await APITests.call(app, .POST, APIPaths.voidResponse(id).href, token: admin, json: ["reason": ""]).status == .unprocessableEntity)
            #expect(try await APITests.call(app, .POST, APIPaths.voidResponse(id).href, token: admin, json: ["reason": "Nhập nhầm"]).status == .noContent)
            #expect(try await APITests.call(app, .POST, APIPaths.voidResponse(id).href, token: admin, json: ["reason": "Nhập nhầm"]).status == .conflict)
            #expect(try await APITests.call(app, .POST, APIPaths.countResponse(id).href, token: admin).status == .conflict)
            #expect(try await APITests.call(app, .POST, APIPaths.closeCampaign(campaignID).href, token: admin).status == .noContent)
            #expect(try await APITests.call(app, .POST, APIPaths.closeCampaign(campaignID).href, token: admin).status == .conflict)
            let closed = try await APITests.call(app, .POST, APIPaths.paperResponses(campaign: campaignID).href, token: appraiser,
                                                 json: ["unit_code": "chi-lang", "answers": Self.answers])
            #expect(closed.status == .conflict)
        }
    }
}
}
