import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
@Suite("Self-assessment")
struct SelfAssessmentTests {
    @Test func theOfficerSeesTheTreeAndTheCoresTotal() async throws {
        try await withApp { app in
            // setup
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            // act
            let page = try await browser.get(try await Fixtures.chiLangPath(app))
            // check
            #expect(page.status == .ok)
            #expect(page.has("id=\"self-total\">64,06 / 100 điểm"))
            #expect(page.has("id=\"c-3.6\""))
            #expect(page.has("Lưu"))
        }
    }

    @Test func aScoreWithADecimalCommaIsSavedAndTheTotalRecomputed() async throws {
        try await withApp { app in
            // setup
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let before = try await browser.get(path)
            // act: 3.6 is proportional, 3 × achieved ÷ 60; 45,5 gives 2,275 → 2,28 (half up)
            let saved = try await browser.post(path + "/entries/3.6", ["achieved": "45,5", "note": "Số liệu quý IV",
                                                                      "version": Fixtures.version(of: "3.6", in: before.body)])
            // check
            #expect(saved.status == .seeOther)
            let after = try await browser.get(path)
            #expect(after.has("Đã lưu tiêu chí 3.6: 2,28 điểm."))
            #expect(after.has("id=\"self-total\">64,34 / 100 điểm"))
            #expect(after.has("value=\"45,5\""))
        }
    }

    @Test func anInvalidNumberIsRefusedInPlaceAndNothingIsSaved() async throws {
        try await withApp { app in
            // setup
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let before = try await browser.get(path)
            // act
            let refused = try await browser.post(path + "/entries/3.6", ["achieved": "4x,5", "version": Fixtures.version(of: "3.6", in: before.body)])
            // check: the page again, the message at the field, what was typed kept
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("id=\"error-self-3.6-achieved\""))
            #expect(refused.has("value=\"4x,5\""))
            #expect(refused.has("id=\"self-total\">64,06 / 100 điểm"))
        }
    }

    @Test func anUnknownOptionIsRefusedWithTheOptionsListed() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let before = try await browser.get(path)
            let refused = try await browser.post(path + "/entries/1.1.1", ["option": "khong_co", "version": Fixtures.version(of: "1.1.1", in: before.body)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("id=\"error-self-1.1.1\""))
            #expect(refused.has("Không có phương án «khong_co»"))
        }
    }

    @Test func aDirectScoreTogetherWithRuleInputsIsRefused() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let before = try await browser.get(path)
            let refused = try await browser.post(path + "/entries/3.6", ["achieved": "40", "score": "3", "version": Fixtures.version(of: "3.6", in: before.body)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("không nhập cả hai"))
        }
    }

    @Test func aStaleVersionIsRefusedAndThePageShowsBothValues() async throws {
        try await withApp { app in
            // setup: two officers' browsers open the same page
            let first = Browser(app), second = Browser(app)
            try await first.login(Demo.officer.0, Demo.officer.1)
            try await second.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let seenByFirst = try await first.get(path)
            let seenBySecond = try await second.get(path)
            // act
            let saved = try await first.post(path + "/entries/3.6", ["achieved": "50", "version": Fixtures.version(of: "3.6", in: seenByFirst.body)])
            let stale = try await second.post(path + "/entries/3.6", ["achieved": "30", "version": Fixtures.version(of: "3.6", in: seenBySecond.body)])
            // check
            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.has("id=\"conflict-self-3.6\""))
            #expect(stale.has("Giá trị đã lưu: đạt 50"))
            #expect(stale.has("Giá trị của bạn: đạt 30"))
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID())
                .filter(\.$nodeCode == "3.6").filter(\.$layer == .selfAssessed).first())
            #expect(entry.inputs.contains("\"50\""))
        }
    }

    @Test func surveyCriteriaCannotBeScoredByTheUnit() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            try await browser.get(path)
            let refused = try await browser.post(path + "/entries/9.1", ["score": "5", "version": "0"])
            #expect(refused.status == .forbidden)
            let chiLang = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
            #expect(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == chiLang).filter(\.$nodeCode == "9.1").count() == 0)
        }
    }

    @Test func everySaveIsInTheCriterionsHistory() async throws {
        try await withApp { app in
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let before = try await browser.get(path)
            try await browser.post(path + "/entries/3.6", ["achieved": "45,5", "note": "Số liệu quý IV", "version": Fixtures.version(of: "3.6", in: before.body)])
            let history = try await browser.get(path + "/history/3.6")
            #expect(history.status == .ok)
            #expect(history.has("Cán bộ đầu mối Chi Lăng"))
            #expect(history.has("đạt 40"))
            #expect(history.has("đạt 45,5 → 2,28 điểm"))
            #expect(history.has("Số liệu quý IV"))
        }
    }

    @Test func thePreviewComputesWithoutSaving() async throws {
        try await withApp { app in
            // setup
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            try await browser.get(path)
            // act
            let preview = try await browser.post(path + "/preview/3.6?layer=self", ["achieved": "45,5"])
            let invalid = try await browser.post(path + "/preview/3.6?layer=self", ["achieved": "45,5,5"])
            let appraisal = try await browser.post(path + "/preview/3.6?layer=appraised_1", ["achieved": "1"])
            // check
            #expect(preview.status == .ok)
            #expect(preview.has("\"points\":\"2,28\""))
            #expect(preview.has("64,34 \\/ 100 · chỉ số 64,34") || preview.has("64,34 / 100 · chỉ số 64,34"))
            #expect(invalid.has("\"field\":\"achieved\""))
            #expect(appraisal.status == .forbidden)
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").first())
            #expect(entry.version == 1)
        }
    }
}
}
