import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
@Suite("Workflow through the pages")
struct WorkflowRoutesTests {
    /// Submits Chi Lăng's draft as its leader.
    static func submitChiLang(_ app: Application) async throws -> (Browser, String) {
        let leader = Browser(app)
        try await leader.login(Demo.leader.0, Demo.leader.1)
        let path = try await Fixtures.chiLangPath(app)
        let page = try await leader.get(path)
        #expect(page.has("id=\"action-submit\""))
        let submitted = try await leader.post(path + "/actions/submit", ["version": "1"])
        #expect(submitted.status == .seeOther)
        return (leader, path)
    }

    @Test func theWholeYearFromDraftToApproval() async throws {
        try await withApp { app in
            // setup: the leader submits the founding example's draft
            let (leader, path) = try await Self.submitChiLang(app)
            let appraiser = Browser(app)
            try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
            // act: appraisal round 1 lowers 3.6 with a reason and asks for an explanation
            try await appraiser.get(path)
            #expect(try await appraiser.post(path + "/actions/start_appraisal", ["version": "2"]).status == .seeOther)
            let round1 = try await appraiser.get(path)
            let noReason = try await appraiser.post(path + "/appraisal/3.6", ["achieved": "30", "version": "0"])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.has("phải nêu lý do"))
            #expect(round1.has("id=\"form-appraised_1-3.6\""))
            let lowered = try await appraiser.post(path + "/appraisal/3.6", ["achieved": "30", "note": "Chỉ 30 % hồ sơ có kết quả số hóa", "version": "0"])
            #expect(lowered.status == .seeOther)
            try await appraiser.post(path + "/explanations/3.6", ["question": "Đề nghị cung cấp báo cáo số hóa quý IV"])
            #expect(try await appraiser.post(path + "/actions/request_explanation", ["version": "3"]).status == .seeOther)
            // the unit answers
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            try await officer.get(path)
            let request = try #require(try await ExplanationRequest.query(on: app.db).first())
            #expect(try await officer.post(path + "/answers/\(try request.requireID())", ["answer": "Đã bổ sung báo cáo số 12/BC-UBND"]).status == .seeOther)
            #expect(try await officer.post(path + "/actions/send_explanation", ["version": "4"]).status == .seeOther)
            // round 2 and finalisation
            let round2 = try await appraiser.get(path)
            #expect(round2.has("Thẩm định vòng 2"))
            #expect(round2.has("Đã bổ sung báo cáo số 12/BC-UBND"))
            #expect(try await appraiser.post(path + "/appraisal/3.6", ["achieved": "36", "note": "Đã xem báo cáo bổ sung", "version": "0"]).status == .seeOther)
            #expect(try await appraiser.post(path + "/actions/finalise", ["version": "5"]).status == .seeOther)
            // check: appraised total = 64,06 − 2 + 3 × 36 ÷ 60 = 63,86
            let final = try await leader.get(path)
            #expect(final.has("Đã thẩm định xong"))
            #expect(final.has("id=\"appraised-total\">63,86 / 100 điểm"))
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            #expect(record.state == .finalised)
            let states = try await AuditEvent.query(on: app.db).filter(\.$subject == .state).filter(\.$assessmentID == record.requireID()).all()
            #expect(states.map { $0.newValue ?? "" } .sorted() == ["appraisal_round_1", "appraisal_round_2", "explanation", "finalised", "submitted"].sorted())
        }
    }

    @Test func editingAfterSubmissionIsRefused() async throws {
        try await withApp { app in
            let (_, path) = try await Self.submitChiLang(app)
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            try await officer.get(path)
            let refused = try await officer.post(path + "/entries/3.6", ["achieved": "50", "version": "1"])
            #expect(refused.status == .conflict)
            #expect(refused.has("Không thể sửa khi hồ sơ ở trạng thái"))
        }
    }

    @Test func theLeaderMayWithdrawUntilAppraisalStarts() async throws {
        try await withApp { app in
            let (leader, path) = try await Self.submitChiLang(app)
            #expect(try await leader.post(path + "/actions/withdraw", ["version": "2"]).status == .seeOther)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .draft)
            try await leader.post(path + "/actions/submit", ["version": "3"])
            let appraiser = Browser(app)
            try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
            try await appraiser.get(path)
            try await appraiser.post(path + "/actions/start_appraisal", ["version": "4"])
            let refused = try await leader.post(path + "/actions/withdraw", ["version": "5"])
            #expect(refused.status == .conflict)
            #expect(refused.has("Không thể “Rút lại hồ sơ”"))
        }
    }

    @Test func anOfficerCannotSubmit() async throws {
        try await withApp { app in
            let officer = Browser(app)
            try await officer.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            let page = try await officer.get(path)
            #expect(!page.has("id=\"action-submit\""))
            let refused = try await officer.post(path + "/actions/submit", ["version": "1"])
            #expect(refused.status == .conflict)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .draft)
        }
    }

    @Test func submittingAfterTheDeadlineIsRefused() async throws {
        // The demo's deadline is 30 days after the day it was seeded; this clock is 40 days later.
        let seeded = TestClock.today
        try await withApp(today: seeded) { app in
            let period = try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
            period.selfDeadline = "2023-11-19"
            try await period.update(on: app.db)
            let leader = Browser(app)
            try await leader.login(Demo.leader.0, Demo.leader.1)
            let path = try await Fixtures.chiLangPath(app)
            try await leader.get(path)
            let refused = try await leader.post(path + "/actions/submit", ["version": "1"])
            #expect(refused.status == .conflict)
            #expect(refused.has("Đã quá hạn 19/11/2023"))
        }
    }

    @Test func aSubmissionNeedsEveryCriterionScored() async throws {
        try await withApp { app in
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").delete()
            let leader = Browser(app)
            try await leader.login(Demo.leader.0, Demo.leader.1)
            let path = try await Fixtures.chiLangPath(app)
            try await leader.get(path)
            let refused = try await leader.post(path + "/actions/submit", ["version": "1"])
            #expect(refused.status == .conflict)
            #expect(refused.has("còn 1 tiêu chí chưa chấm"))
        }
    }

    @Test func anAppraiserCannotAppraiseADraftNorEvenSeeIt() async throws {
        try await withApp { app in
            let appraiser = Browser(app)
            try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
            let path = try await Fixtures.chiLangPath(app)
            #expect(try await appraiser.get(path).status == .notFound)
            #expect(try await appraiser.post(path + "/appraisal/3.6", ["achieved": "1", "note": "x", "version": "0"]).status == .notFound)
        }
    }

    @Test func twoPeopleActingOnTheSameVersionMoveItOnce() async throws {
        try await withApp { app in
            let (leader, path) = try await Self.submitChiLang(app)
            let again = try await leader.post(path + "/actions/withdraw", ["version": "1"])
            #expect(again.status == .conflict)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .submitted)
        }
    }

    @Test func theAdministratorApprovesAPeriodOnlyWhenEveryAssessmentIsFinalised() async throws {
        try await withApp { app in
            let admin = Browser(app)
            try await admin.login(Demo.admin.0, Demo.admin.1)
            let period = try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
            try await admin.get(Paths.adminPeriod(try period.requireID()).href)
            let refused = try await admin.post(Paths.adminApprove(period: try period.requireID()).href)
            #expect(refused.status == .conflict)
            #expect(refused.has("chưa thẩm định xong"))
            try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).set(\.$state, to: .finalised).update()
            let approved = try await admin.post(Paths.adminApprove(period: try period.requireID()).href)
            #expect(approved.status == .seeOther)
            #expect(try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).filter(\.$state == .approved).count() == 11)
        }
    }
}
}
