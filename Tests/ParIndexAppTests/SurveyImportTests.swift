import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
@Suite("Survey points and CSV import")
struct SurveyImportTests {
    static func parPeriod(_ app: Application) async throws -> Period {
        try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
    }

    static func importPath(_ app: Application) async throws -> String {
        Paths.surveyImport(period: try await parPeriod(app).requireID()).href
    }

    /// The final total (appraised where appraised, else self, plus survey points) of a unit's PAR assessment.
    static func finalTotal(_ code: String, _ app: Application) async throws -> Points {
        let record = try await Fixtures.parAssessment(of: code, app)
        return try await AssessmentWorkspace.load(record, cache: app.criteriaSetCache, on: app.db).score(.final).total
    }

    /// The survey entries of the 2023 PAR period (the demo's approved 2022 period has its own).
    static func surveyEntries(_ app: Application) async throws -> [EntryRecord] {
        let period = try await ResultsFixtures.parPeriod(app)
        let ids = try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).all().map { try $0.requireID() }
        return try await EntryRecord.query(on: app.db).filter(\.$layer == .survey).filter(\.$assessmentID ~~ ids).all()
    }

    static func setState(_ code: String, _ state: AssessmentState, _ app: Application) async throws {
        let record = try await Fixtures.parAssessment(of: code, app)
        record.state = state
        try await record.update(on: app.db)
    }

    static func appraiser(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        try await browser.login(Demo.appraiser.0, Demo.appraiser.1)
        return browser
    }

    // MARK: Survey points on the assessment page

    @Test func theAppraiserEntersSurveyPointsOnceAppraisalStartsAndTheFinalTotalRisesByThem() async throws {
        try await withApp { app in
            // setup: Chi Lăng submitted by its leader, appraisal started
            let path = try await Fixtures.chiLangPath(app)
            let leader = Browser(app)
            try await leader.login(Demo.leader.0, Demo.leader.1)
            try await leader.get(path)
            #expect(try await leader.post(path + "/actions/submit", ["version": "1"]).status == .seeOther)
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(path)
            #expect(try await appraiser.post(path + "/actions/start_appraisal", ["version": "2"]).status == .seeOther)
            let page = try await appraiser.get(path)
            #expect(page.has("id=\"form-survey-9.1\""))
            let before = try await Self.finalTotal("chi-lang", app)
            // act: 9.1 is worth 8 points × satisfaction %; 85,5 % gives 6,84
            let saved = try await appraiser.post(path + "/survey/9.1", ["satisfaction": "85,5", "note": "Kết quả SIPAS 2023", "version": "0"])
            // check
            #expect(saved.status == .seeOther)
            let after = try await Self.finalTotal("chi-lang", app)
            #expect(after.hundredths - before.hundredths == 684)
            let shown = try await appraiser.get(path)
            #expect(shown.has("Đã lưu tiêu chí 9.1: 6,84 điểm."))
            #expect(shown.has("id=\"appraised-total\">\(after.formatted(.vi)) / 100 điểm"))
            let entry = try #require(try await Self.surveyEntries(app).first)
            #expect(entry.nodeCode == "9.1")
            #expect(entry.note == "Kết quả SIPAS 2023")
            // the self-assessed layer of the unit is untouched
            #expect(try await EntryRecord.query(on: app.db).filter(\.$nodeCode == "9.1").filter(\.$layer == .selfAssessed).count() == 0)
        }
    }

    @Test func surveyPointsMayBeEnteredOnASubmittedAssessmentAndUpdatedWithItsVersion() async throws {
        try await withApp { app in
            // setup: Hữu Lũng is submitted in the demo
            let appraiser = try await Self.appraiser(app)
            let path = Paths.assessment(try await Fixtures.parAssessment(of: "huu-lung", app).requireID()).href
            try await appraiser.get(path)
            let before = try await Self.finalTotal("huu-lung", app)
            // act: 9.2 is worth 6 points; 50 % gives 3, then 75 % gives 4,5
            let first = try await appraiser.post(path + "/survey/9.2", ["satisfaction": "50", "version": "0"])
            let page = try await appraiser.get(path)
            let second = try await appraiser.post(path + "/survey/9.2", ["satisfaction": "75", "version": Fixtures.version(of: "9.2", layer: "survey", in: page.body)])
            // check
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther)
            #expect(try await Self.finalTotal("huu-lung", app).hundredths - before.hundredths == 450)
            let entries = try await Self.surveyEntries(app)
            #expect(entries.count == 1)
            #expect(entries.first?.version == 2)
        }
    }

    @Test func surveyPointsAreRefusedWhileTheAssessmentIsADraft() async throws {
        try await withApp { app in
            // setup: the administrator may open a draft, the appraiser may not
            let admin = Browser(app)
            try await admin.login(Demo.admin.0, Demo.admin.1)
            let path = try await Fixtures.chiLangPath(app)
            let page = try await admin.get(path)
            let before = try await Self.finalTotal("chi-lang", app)
            // act
            let refused = try await admin.post(path + "/survey/9.1", ["satisfaction": "85", "version": "0"])
            let appraiser = try await Self.appraiser(app)
            let hidden = try await appraiser.post(path + "/survey/9.1", ["satisfaction": "85", "version": "0"])
            // check
            #expect(!page.has("id=\"form-survey-9.1\""))
            #expect(refused.status == .conflict)
            #expect(refused.has("Không thể sửa khi hồ sơ ở trạng thái “Đang tự đánh giá”."))
            #expect(hidden.status == .notFound)
            #expect(try await Self.surveyEntries(app).isEmpty)
            #expect(try await Self.finalTotal("chi-lang", app) == before)
        }
    }

    @Test func surveyPointsAreRefusedOnceResultsAreApproved() async throws {
        try await withApp { app in
            // setup
            try await Self.setState("bac-son", .approved, app)
            let appraiser = try await Self.appraiser(app)
            let path = Paths.assessment(try await Fixtures.parAssessment(of: "bac-son", app).requireID()).href
            try await appraiser.get(path)
            // act
            let refused = try await appraiser.post(path + "/survey/9.1", ["satisfaction": "85", "version": "0"])
            // check
            #expect(refused.status == .conflict)
            #expect(refused.has("Không thể sửa khi hồ sơ ở trạng thái “Đã phê duyệt kết quả”."))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aUnitOfficerCannotEnterSurveyPoints() async throws {
        try await withApp { app in
            // setup: Chi Lăng submitted, so only the role stands in the way
            try await Self.setState("chi-lang", .submitted, app)
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let page = try await officer.get(path)
            // act
            let refused = try await officer.post(path + "/survey/9.1", ["satisfaction": "100", "version": "0"])
            // check
            #expect(!page.has("id=\"form-survey-9.1\""))
            #expect(refused.status == .forbidden)
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func surveyPointsOnANonSurveyCriterionOrOutOfRangeAreRefused() async throws {
        try await withApp { app in
            // setup
            let appraiser = try await Self.appraiser(app)
            let path = Paths.assessment(try await Fixtures.parAssessment(of: "cao-loc", app).requireID()).href
            try await appraiser.get(path)
            // act
            let notSurvey = try await appraiser.post(path + "/survey/3.6", ["score": "1", "version": "0"])
            let tooMuch = try await appraiser.post(path + "/survey/9.3", ["score": "7", "version": "0"])
            // check
            #expect(notSurvey.status == .unprocessableEntity)
            #expect(tooMuch.status == .unprocessableEntity)
            #expect(tooMuch.has("id=\"error-survey-9.3"))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    // MARK: CSV import

    @Test func aCSVWithQuotedDecimalCommasIsImportedForUnitsPastDrafting() async throws {
        try await withApp { app in
            // setup: submitted, in appraisal and finalised units
            let appraiser = try await Self.appraiser(app)
            let queue = try await appraiser.get(Paths.appraisalQueue.href)
            #expect(queue.has("id=\"survey-import\""))
            let totals = (huuLung: try await Self.finalTotal("huu-lung", app), caoLoc: try await Self.finalTotal("cao-loc", app),
                          bacSon: try await Self.finalTotal("bac-son", app), locBinh: try await Self.finalTotal("loc-binh", app))
            let csv = """
            unit_code,criterion_code,points
            huu-lung,9.1,"5,5"
            loc-binh,9.2,4
            cao-loc,9.3,"3,25"
            bac-son,9.1,8
            huu-lung,9.2,"4.75"
            """
            // act
            let imported = try await appraiser.post(try await Self.importPath(app), ["csv": csv])
            // check
            #expect(imported.status == .seeOther)
            #expect(imported.location == Paths.appraisalQueue.href)
            #expect(try await appraiser.get(Paths.appraisalQueue.href).has("Đã nhập 5 điểm khảo sát."))
            #expect(try await Self.surveyEntries(app).count == 5)
            #expect(try await Self.finalTotal("huu-lung", app).hundredths - totals.huuLung.hundredths == 1025)
            #expect(try await Self.finalTotal("loc-binh", app).hundredths - totals.locBinh.hundredths == 400)
            #expect(try await Self.finalTotal("cao-loc", app).hundredths - totals.caoLoc.hundredths == 325)
            #expect(try await Self.finalTotal("bac-son", app).hundredths - totals.bacSon.hundredths == 800)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$subject == .surveyEntry).all()
            #expect(audit.count == 5)
            #expect(audit.allSatisfy { $0.reason == "Nhập từ tệp CSV" })
        }
    }

    @Test func aCSVLineWithAnUpdatedValueReplacesTheEarlierSurveyPoints() async throws {
        try await withApp { app in
            // setup
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            let path = try await Self.importPath(app)
            try await appraiser.post(path, ["csv": "unit_code,criterion_code,points\nhuu-lung,9.1,\"5,5\"\n"])
            try await appraiser.get(Paths.appraisalQueue.href)
            // act
            let again = try await appraiser.post(path, ["csv": "unit_code,criterion_code,points\nhuu-lung,9.1,6\n"])
            // check
            #expect(again.status == .seeOther)
            let entries = try await Self.surveyEntries(app)
            #expect(entries.count == 1)
            #expect(entries.first?.version == 2)
            #expect(entries.first?.inputs.contains("600") == true)
        }
    }

    @Test func aCSVWithBadLinesSavesNothingAndListsEveryBadLine() async throws {
        try await withApp { app in
            // setup: line 2 is fine; 3 unknown unit, 4 not a survey criterion, 5 not a number, 6 above 9.3's 6 points
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            let csv = """
            unit_code,criterion_code,points
            huu-lung,9.1,"5,5"
            khong-co,9.1,3
            loc-binh,3.6,2
            cao-loc,9.2,abc
            bac-son,9.3,7
            """
            // act
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": csv])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Chưa nhập điểm nào vì tệp có lỗi"))
            #expect(!refused.has("dòng 2:"))
            #expect(refused.has("dòng 3: không có hồ sơ của đơn vị khong-co trong kỳ này"))
            #expect(refused.has("dòng 4: 3.6 không phải tiêu chí điều tra xã hội học"))
            #expect(refused.has("dòng 5:"))
            #expect(refused.has("dòng 6:"))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aCSVLineForACriterionACampaignFeedsIsNamedByItsLineAndNothingIsSaved() async throws {
        try await withApp { app in
            // setup: a citizens' campaign feeds 9.1–9.3 for every unit of the period
            _ = try await SurveyDataTests.campaign(app)
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            let csv = """
            unit_code,criterion_code,points
            huu-lung,9.1,"5,5"
            """
            // act
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": csv])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("dòng 2: huu-lung — Điểm điều tra xã hội học của tiêu chí 9.1 được tính từ đợt khảo sát «SIPAS 2023»; không nhập tay."))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aCSVLineWithTheWrongNumberOfColumnsIsRefused() async throws {
        try await withApp { app in
            // setup
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            // act: "5,5" without quotes makes four columns
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": "unit_code,criterion_code,points\nhuu-lung,9.1,5,5\nloc-binh,9.2,4\n"])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("dòng 2: cần 3 cột, có 4"))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aCSVWithAWrongHeaderIsRefused() async throws {
        try await withApp { app in
            // setup
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            // act
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": "unit,criterion,points\nhuu-lung,9.1,5\n"])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Dòng đầu của tệp CSV phải là: unit_code,criterion_code,points (hoặc satisfaction)."))
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aUnitOfficerCannotImportSurveyPoints() async throws {
        try await withApp { app in
            // setup
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            // act
            let refused = try await officer.post(try await Self.importPath(app), ["csv": "unit_code,criterion_code,points\nchi-lang,9.1,8\n"])
            // check
            #expect(refused.status == .forbidden)
            #expect(try await Self.surveyEntries(app).isEmpty)
        }
    }

    @Test func aCSVLineForAnAssessmentInAStateThatRefusesSurveyPointsSavesNothing() async throws {
        try await withApp { app in
            // setup: the administrator imports for Hữu Lũng (submitted) and Chi Lăng (still a draft)
            let admin = Browser(app)
            try await admin.login(Demo.admin.0, Demo.admin.1)
            try await admin.get(Paths.appraisalQueue.href)
            let csv = "unit_code,criterion_code,points\nhuu-lung,9.1,\"5,5\"\nchi-lang,9.1,6\n"
            // act
            let refused = try await admin.post(try await Self.importPath(app), ["csv": csv])
            // check: every line is checked before any is saved (AppraisalController, SurveyImport.run)
            #expect(refused.status != .seeOther)
            let saved = try await Self.surveyEntries(app)
            #expect(saved.isEmpty)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("dòng 3: hồ sơ của đơn vị chi-lang chưa được gửi thẩm định"))
        }
    }

    @Test func aCSVRepeatingALineSavesNothing() async throws {
        try await withApp { app in
            // setup: the same unit and criterion twice
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            let csv = "unit_code,criterion_code,points\nhuu-lung,9.1,\"5,5\"\nhuu-lung,9.1,6\n"
            // act
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": csv])
            // check
            #expect(refused.status != .seeOther)
            let saved = try await Self.surveyEntries(app)
            #expect(saved.isEmpty)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("dòng 3:"))
        }
    }

    @Test func lineNumbersCountBlankLines() async throws {
        try await withApp { app in
            // setup: a blank line 3, so the unknown unit is on line 4 of the file
            let appraiser = try await Self.appraiser(app)
            try await appraiser.get(Paths.appraisalQueue.href)
            let csv = "unit_code,criterion_code,points\nhuu-lung,9.1,5\n\nkhong-co,9.1,3\n"
            // act
            let refused = try await appraiser.post(try await Self.importPath(app), ["csv": csv])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(try await Self.surveyEntries(app).isEmpty)
            #expect(refused.has("dòng 4: không có hồ sơ của đơn vị khong-co"))
        }
    }
}
}
