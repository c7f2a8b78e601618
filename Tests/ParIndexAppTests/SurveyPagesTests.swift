import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
/// The survey pages: a phone answering through a unit's link, the administrator's campaign pages,
/// and an appraiser typing paper questionnaires.
@Suite("Survey pages")
struct SurveyPagesTests {
    static func admin(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        try await browser.login(Demo.admin.0, Demo.admin.1)
        return browser
    }

    /// Imports the SIPAS questionnaire and opens a campaign through the administrator's pages.
    static func openCampaign(_ app: Application, _ admin: Browser) async throws -> SurveyCampaign {
        try await admin.get(Paths.surveys.href)
        let imported = try await admin.post(Paths.adminQuestionnaires.href, ["yaml": try SurveyDataTests.repository("questionnaires/langson-sipas-2023.yaml")])
        #expect(imported.status == .seeOther)
        let record = try #require(try await QuestionnaireRecord.query(on: app.db).first())
        let period = try await ResultsFixtures.parPeriod(app)
        try await admin.get(Paths.surveys.href)
        let created = try await admin.post(Paths.adminCampaigns.href, [
            "questionnaire_id": try record.requireID().uuidString, "period_id": try period.requireID().uuidString, "target_group": "citizens",
            "title": "SIPAS 2023 — huyện", "opens_on": "01/11/2023", "closes_on": "31/12/2023", "quota": "30",
        ])
        #expect(created.status == .seeOther)
        return try #require(try await SurveyCampaign.query(on: app.db).first())
    }

    static func answerFields(_ body: String) -> [String: String] {
        ["form_token": Browser.hiddenValue("form_token", in: body) ?? "", "q.A1": "5", "q.A2": "4", "q.B1": "5", "q.B2": "5", "q.C1": "yes",
         "q.C2": "truc-tiep", "q.C3": "Cán bộ <b>nhiệt tình</b>"]
    }

    @Test func aPhoneAnswersThroughTheLinkOnceAndTheUnitsSurveyPointsMove() async throws {
        try await withApp { app in
            let admin = try await Self.admin(app)
            let campaign = try await Self.openCampaign(app, admin)
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let phone = Browser(app)
            let form = try await phone.get(Paths.surveyForm(code).href)
            #expect(form.status == .ok)
            #expect(form.has("UBND huyện Chi Lăng"))
            #expect(form.has("name=\"q.A1\" value=\"5\""))
            #expect(form.has("data-keep=\"\(code)\""))
            #expect(phone.cookies[PublicSurveyController.deviceCookie] != nil)
            #expect(!form.has("parindex-session"))
            let sent = try await phone.post(Paths.surveyForm(code).href, Self.answerFields(form.body), csrf: false)
            #expect(sent.status == .seeOther)
            #expect(sent.location == Paths.surveyThanks(code).href)
            let thanks = try await phone.get(Paths.surveyThanks(code).href)
            #expect(thanks.has("data-forget=\"\(code)\""))
            // the answer is counted and Chi Lăng's 9.1 is fed: 5 of 5 satisfied
            let entry = try #require(try await SurveyDataTests.surveyEntry("chi-lang", "9.1", app))
            #expect(SurveyDataTests.satisfaction(entry) == "hài lòng 100%")
            #expect(try await SurveyAnswer.query(on: app.db).filter(\.$questionCode == "C3").first()?.value == "Cán bộ <b>nhiệt tình</b>")
            // the same phone again: told it has answered, nothing more stored
            let again = try await phone.get(Paths.surveyForm(code).href)
            #expect(again.status == .conflict)
            #expect(again.has("Thiết bị này đã gửi phiếu"))
            let resent = try await phone.post(Paths.surveyForm(code).href, Self.answerFields(form.body), csrf: false)
            #expect(resent.status == .conflict)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            // the campaign page shows the progress and the escaped text nowhere unescaped
            let page = try await admin.get(Paths.campaign(try campaign.requireID()).href)
            #expect(page.status == .ok)
            #expect(page.has("1 / 30"))
            #expect(page.has("100 %"))
            let csv = try await admin.get(Paths.campaignAnswersCSV(try campaign.requireID()).href)
            #expect(csv.status == .ok)
            #expect(csv.has("response,unit_code,source,received_on,standing,A1"))
            #expect(csv.has("chi-lang,web,2023-11-20,counted,5,4,5,5,yes,truc-tiep,Cán bộ <b>nhiệt tình</b>"))
            let xlsx = try await admin.get(Paths.campaignAnswersXLSX(try campaign.requireID()).href)
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(xlsx.body.hasPrefix("PK"))
        }
    }

    @Test func aFormWithoutItsDevicesTokenIsNotSentAndKeepsTheAnswers() async throws {
        try await withApp { app in
            let campaign = try await Self.openCampaign(app, try await Self.admin(app))
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            // another site's form: no cookie of this device, no token
            let stranger = Browser(app)
            var fields = Self.answerFields("")
            fields["form_token"] = "forged"
            let refused = try await stranger.post(Paths.surveyForm(code).href, fields, csrf: false)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Phiếu chưa được gửi"))
            #expect(refused.has("name=\"q.A1\" value=\"5\" id=\"q-A1-4\" checked"))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test func aMissingAnswerIsShownBesideItsQuestionAndNothingIsStored() async throws {
        try await withApp { app in
            let campaign = try await Self.openCampaign(app, try await Self.admin(app))
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let phone = Browser(app)
            let form = try await phone.get(Paths.surveyForm(code).href)
            var fields = Self.answerFields(form.body)
            fields["q.A1"] = nil
            fields["q.A2"] = "7"
            let refused = try await phone.post(Paths.surveyForm(code).href, fields, csrf: false)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Câu A1 cần được trả lời."))
            #expect(refused.has("Câu A2 không có phương án «7»."))
            #expect(refused.has("Cán bộ &lt;b&gt;nhiệt tình&lt;/b&gt;"))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test func unknownClosedAndMalformedLinksSaySoInVietnamese() async throws {
        try await withApp { app in
            let admin = try await Self.admin(app)
            let campaign = try await Self.openCampaign(app, admin)
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let phone = Browser(app)
            let unknown = try await phone.get("/s/ZZZZZZZZ")
            #expect(unknown.status == .notFound)
            #expect(unknown.has("Không có đợt khảo sát nào với đường dẫn này"))
            #expect(try await phone.get("/s/not-a-code").status == .notFound)
            try await admin.get(Paths.campaign(try campaign.requireID()).href)
            #expect(try await admin.post(Paths.adminCloseCampaign(try campaign.requireID()).href).status == .seeOther)
            let closed = try await phone.get(Paths.surveyForm(code).href)
            #expect(closed.status == .conflict)
            #expect(closed.has("đã kết thúc"))
        }
    }

    @Test func theQRCodeAndThePosterCarryTheLink() async throws {
        try await withApp { app in
            let campaign = try await Self.openCampaign(app, try await Self.admin(app))
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let phone = Browser(app)
            let qr = try await phone.get(Paths.surveyQR(code).href, headers: ["Host": "parindex.example.vn"])
            #expect(qr.status == .ok)
            #expect(qr.headers.contentType?.subType == "svg+xml")
            #expect(qr.has("<title>http://parindex.example.vn/s/\(code)</title>"))
            let poster = try await phone.get(Paths.surveyPoster(code).href, headers: ["Host": "parindex.example.vn"])
            #expect(poster.has("http://parindex.example.vn/s/\(code)"))
            #expect(poster.has("src=\"/s/\(code)/qr.svg\""))
            // a forged Host cannot put markup into the page
            let forged = try await phone.get(Paths.surveyPoster(code).href, headers: ["Host": "<script>x"])
            #expect(!forged.has("<script>x"))
        }
    }

    @Test func anAppraiserTypesAPaperQuestionnaireForAnAssignedUnit() async throws {
        try await withApp { app in
            let campaign = try await Self.openCampaign(app, try await Self.admin(app))
            let appraiser = Browser(app)
            try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
            let path = Paths.paperEntry(campaign: try campaign.requireID()).href
            let form = try await appraiser.get(path)
            #expect(form.status == .ok)
            let unit = try await Fixtures.unit("chi-lang", app)
            #expect(form.has(try unit.requireID().uuidString))
            var fields = Self.answerFields("")
            fields["form_token"] = nil
            fields["unit_id"] = try unit.requireID().uuidString
            let saved = try await appraiser.post(path, fields)
            #expect(saved.status == .seeOther)
            let response = try #require(try await SurveyResponse.query(on: app.db).first())
            #expect(response.source == .paper)
            // a unit officer may not
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            #expect(try await officer.get(path).status == .forbidden)
        }
    }

    @Test func theAdministratorReadsAQuestionnaireAndBuildsItsNextVersionAndNextYearsCopyInTheBrowser() async throws {
        try await withApp { app in
            // setup: the SIPAS questionnaire imported through the page, which leads to it
            let admin = try await Self.admin(app)
            try await admin.get(Paths.surveys.href)
            let imported = try await admin.post(Paths.adminQuestionnaires.href, ["yaml": try SurveyDataTests.repository("questionnaires/langson-sipas-2023.yaml")])
            let first = try #require(try await QuestionnaireRecord.query(on: app.db).first())
            #expect(imported.headers.first(name: .location) == Paths.adminQuestionnaire(try first.requireID()).href)
            // the questions as respondents meet them, and what counts toward which criterion
            let page = try await admin.get(Paths.adminQuestionnaire(try first.requireID()).href)
            #expect(page.status == .ok)
            #expect(page.has("id=\"question-A1\""))
            #expect(page.has("Tiêu chí 9.1 — hài lòng khi: 4, 5"))
            #expect(page.has("Kiểm tra và lưu phiên bản 2"))
            #expect(page.has("version: 2"))
            // act: a question's wording edited in the draft, saved as version 2
            let draft = try #require(Browser.textareaValue("questionnaire-draft", in: page.body))
            let edited = draft.replacingOccurrences(of: "Công chức có thái độ lịch sự, tôn trọng", with: "Công chức lịch sự, tôn trọng người dân")
            let saved = try await admin.post(Paths.adminQuestionnaire(try first.requireID()).href, ["yaml": edited])
            #expect(saved.status == .seeOther)
            let second = try #require(try await QuestionnaireRecord.query(on: app.db).filter(\.$version == 2).first())
            #expect(second.yaml.contains("Công chức lịch sự, tôn trọng người dân"))
            #expect(try await QuestionnaireRecord.find(first.requireID(), on: app.db)?.yaml == first.yaml)
            // the same version again, or a broken draft: the page comes back with the draft and why
            let again = try await admin.post(Paths.adminQuestionnaire(try first.requireID()).href, ["yaml": edited])
            #expect(again.status == .conflict)
            #expect(again.has("Hãy tăng «version» để lưu bản sửa."))
            #expect(again.has("Công chức lịch sự, tôn trọng người dân"))
            let broken = try await admin.post(Paths.adminQuestionnaire(try first.requireID()).href, ["yaml": "questionnaire: x\nyear: abc"])
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.has("Phiếu khảo sát không hợp lệ"))
            #expect(try await QuestionnaireRecord.query(on: app.db).count() == 2)
            // next year's copy: 2024, version 1
            let cloned = try await admin.post(Paths.adminCloneQuestionnaire(try first.requireID()).href, [:])
            #expect(cloned.status == .seeOther)
            let copy = try #require(try await QuestionnaireRecord.query(on: app.db).filter(\.$year == 2024).first())
            #expect(copy.version == 1)
            #expect(copy.key == first.key)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .survey).filter(\.$nodeCode == first.key).count() == 3)
        }
    }

    @Test func theAdministratorVoidsAnAnswerWithAReasonAndTheCountFalls() async throws {
        try await withApp { app in
            let admin = try await Self.admin(app)
            let campaign = try await Self.openCampaign(app, admin)
            let code = try await SurveyDataTests.link("chi-lang", campaign, app)
            let received = try await SurveyDataTests.submit(code, app)
            let page = try await admin.get(Paths.campaign(try campaign.requireID()).href)
            #expect(page.has("1 / 30"))
            #expect(page.has("từ phiếu thứ 3 trong một phút"))
            // a desk behind one address may be given more; the page states the server's limits
            app.storage[SettingsKey.self]?.surveyBurstFrom = 12
            app.storage[SettingsKey.self]?.surveyMostPerMinute = 90
            let configured = try await admin.get(Paths.campaign(try campaign.requireID()).href)
            #expect(configured.has("từ phiếu thứ 12 trong một phút"))
            #expect(configured.has("quá 90 phiếu một phút thì bị từ chối"))
            let refused = try await admin.post(Paths.adminVoidResponse(received.responseID).href, ["reason": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Hãy nêu lý do huỷ phiếu."))
            let voided = try await admin.post(Paths.adminVoidResponse(received.responseID).href, ["reason": "Phiếu thử nghiệm"])
            #expect(voided.status == .seeOther)
            let after = try await admin.get(Paths.campaign(try campaign.requireID()).href)
            #expect(after.has("0 / 30"))
            #expect(try await SurveyResponse.find(received.responseID, on: app.db)?.voidReason == "Phiếu thử nghiệm")
        }
    }
}
}
