import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
@Suite("Administration pages")
struct AdminTests {
    static func admin(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        try await browser.login(Demo.admin.0, Demo.admin.1)
        return browser
    }

    static func district(_ app: Application) async throws -> UnitGroup {
        try #require(try await UnitGroup.query(on: app.db).filter(\.$code == "district").first())
    }

    static func parPeriod(_ app: Application) async throws -> Period {
        try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
    }

    static func parSet(_ app: Application) async throws -> CriteriaSetRecord {
        try #require(try await CriteriaSetRecord.find(try await parPeriod(app).criteriaSetID, on: app.db))
    }

    static func user(_ username: String, _ app: Application) async throws -> User? {
        try await User.query(on: app.db).filter(\.$username == username).first()
    }

    /// Every administration page, with the ids of the demo's PAR set and period.
    static func pages(_ app: Application) async throws -> [String] {
        [Paths.adminUnits.href, Paths.adminUsers.href, Paths.adminCriteriaSets.href,
         Paths.adminCriteriaSet(try await parSet(app).requireID()).href,
         Paths.adminPeriods.href, Paths.adminPeriod(try await parPeriod(app).requireID()).href]
    }

    static func repositoryFile(_ path: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Replaces the first `old` after `anchor` in `text`.
    static func replacing(_ old: String, with new: String, after anchor: String, in text: String) throws -> String {
        let start = try #require(text.range(of: anchor), "\(anchor) not found")
        let range = try #require(text.range(of: old, range: start.upperBound..<text.endIndex), "\(old) not found after \(anchor)")
        return text.replacingCharacters(in: range, with: new)
    }

    // MARK: Access

    @Test func everyAdministrationPageOpensForTheAdministrator() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            for path in try await Self.pages(app) {
                // act
                let page = try await browser.get(path)
                // check
                #expect(page.status == .ok, "\(path): \(page)")
                #expect(page.has("name=\"_csrf\""), "\(path) has no form")
            }
        }
    }

    @Test func everyAdministrationPageIsForbiddenToOtherRoles() async throws {
        try await withApp { app in
            // setup
            let pages = try await Self.pages(app)
            for account in [Demo.officer, Demo.leader, Demo.appraiser] {
                let browser = Browser(app)
                try await browser.login(account.0, account.1)
                for path in pages {
                    // act
                    let page = try await browser.get(path)
                    // check
                    #expect(page.status == .forbidden, "\(account.0) \(path): \(page)")
                    #expect(page.has("id=\"error-message\""))
                }
                // nor may they post to them
                let refused = try await browser.post(Paths.adminUnits.href, ["code": "lau", "name": "Lậu", "group": try await Self.district(app).requireID().uuidString])
                #expect(refused.status == .forbidden)
            }
            #expect(try await ParIndexApp.Unit.query(on: app.db).filter(\.$code == "lau").count() == 0)
        }
    }

    @Test func signedOutTheAdministrationPagesLeadToTheLogin() async throws {
        try await withApp { app in
            // act
            let page = try await Browser(app).get(Paths.adminUnits.href)
            // check
            #expect(page.status == .seeOther || page.status == .found)
            #expect(page.location?.hasPrefix("/login") == true)
        }
    }

    // MARK: Units

    @Test func aUnitIsCreatedWithAValidityDateAndItsPredecessorGetsItsSuccessor() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUnits.href)
            let caoLoc = try await Fixtures.unit("cao-loc", app)
            let group = try await Self.district(app)
            // act
            let created = try await browser.post(Paths.adminUnits.href, [
                "code": "dong-dang", "name": "UBND xã Đồng Đăng", "group": try group.requireID().uuidString, "parent": "",
                "predecessor": try caoLoc.requireID().uuidString, "valid_from": "01/07/2025", "valid_to": ""])
            // check
            #expect(created.status == .seeOther)
            #expect(created.location == Paths.adminUnits.href)
            let unit = try await Fixtures.unit("dong-dang", app)
            #expect(unit.name == "UBND xã Đồng Đăng")
            #expect(unit.validFrom == "2025-07-01")
            #expect(unit.validTo == nil)
            #expect(unit.predecessorID == caoLoc.id)
            #expect(try await Fixtures.unit("cao-loc", app).successorID == unit.id)
            let page = try await browser.get(Paths.adminUnits.href)
            #expect(page.has("Đã thêm đơn vị UBND xã Đồng Đăng."))
            #expect(page.has("từ 01/07/2025"))
            #expect(page.has("tiền thân: UBND huyện Cao Lộc"))
            #expect(page.has("kế thừa: UBND xã Đồng Đăng"))
        }
    }

    @Test func aDuplicateUnitCodeIsRefusedWithTheMessageShown() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUnits.href)
            let before = try await ParIndexApp.Unit.query(on: app.db).count()
            // act
            let refused = try await browser.post(Paths.adminUnits.href, [
                "code": "chi-lang", "name": "UBND huyện Chi Lăng (bản sao)", "group": try await Self.district(app).requireID().uuidString])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Mã đơn vị chi-lang đã tồn tại."))
            #expect(try await ParIndexApp.Unit.query(on: app.db).count() == before)
        }
    }

    @Test func anImpossibleDateIsRefused() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUnits.href)
            // act
            let refused = try await browser.post(Paths.adminUnits.href, [
                "code": "na-sam", "name": "UBND xã Na Sầm", "group": try await Self.district(app).requireID().uuidString, "valid_from": "31/02/2025"])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Ngày phải có dạng dd/mm/yyyy."))
            #expect(try await ParIndexApp.Unit.query(on: app.db).filter(\.$code == "na-sam").count() == 0)
        }
    }

    // MARK: Users

    @Test func aPasswordShorterThanTenCharactersIsRefused() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUsers.href)
            // act
            let refused = try await browser.post(Paths.adminUsers.href, [
                "username": "new.appraiser", "display_name": "Thẩm định viên mới", "password": "ngan-12", "role": "appraiser", "unit": ""])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Mật khẩu phải có ít nhất 10 ký tự."))
            #expect(try await Self.user("new.appraiser", app) == nil)
        }
    }

    @Test func aUnitRoleWithoutAUnitIsRefused() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUsers.href)
            // act
            let refused = try await browser.post(Paths.adminUsers.href, [
                "username": "huulung.officer", "display_name": "Cán bộ Hữu Lũng", "password": "mat-khau-du-dai", "role": "officer", "unit": ""])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Tài khoản của đơn vị phải gắn với một đơn vị."))
            #expect(try await Self.user("huulung.officer", app) == nil)
        }
    }

    @Test func aNewUserCanLogInAndSeesTheirUnit() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUsers.href)
            let huuLung = try await Fixtures.unit("huu-lung", app)
            // act
            let created = try await browser.post(Paths.adminUsers.href, [
                "username": "HuuLung.Officer", "display_name": "Cán bộ đầu mối Hữu Lũng", "password": "mat-khau-du-dai",
                "role": "officer", "unit": try huuLung.requireID().uuidString])
            // check
            #expect(created.status == .seeOther)
            let listed = try await browser.get(Paths.adminUsers.href)
            #expect(listed.has("Đã tạo tài khoản huulung.officer."))
            let user = try #require(try await Self.user("huulung.officer", app))
            #expect(user.role == .officer)
            #expect(user.unitID == huuLung.id)
            let newcomer = Browser(app)
            let home = try await newcomer.login("huulung.officer", "mat-khau-du-dai")
            #expect(home.status == .ok)
            let own = try await newcomer.get(Paths.assessment(try await Fixtures.parAssessment(of: "huu-lung", app).requireID()).href)
            #expect(own.status == .ok)
            let other = try await newcomer.get(try await Fixtures.chiLangPath(app))
            #expect(other.status == .notFound)
        }
    }

    // MARK: Criteria sets

    @Test func aPastedCriteriaSetIsImported() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminCriteriaSets.href)
            let yaml = try Self.repositoryFile("criteria-sets/decree-335-2025-agency.yaml")
            // act
            let imported = try await browser.post(Paths.adminCriteriaSets.href, ["yaml": yaml])
            // check
            #expect(imported.status == .seeOther)
            let record = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$setKey == "decree-335-2025-agency").first())
            #expect(record.year == 2026)
            #expect(record.version == 1)
            #expect(imported.location == Paths.adminCriteriaSet(try record.requireID()).href)
            let page = try await browser.get(imported.location ?? "/")
            #expect(page.status == .ok)
            #expect(page.has("Đã nhập bộ chỉ số"))
            #expect(page.has("id=\"outline\""))
            #expect(page.has("Tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn"))
        }
    }

    @Test func aBrokenCriteriaSetListsItsProblemsWithLineNumbers() async throws {
        try await withApp { app in
            // setup: 1.1's maximum (line 111) set to 0
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminCriteriaSets.href)
            let yaml = try Self.replacing("maximum: 8\n", with: "maximum: 0\n", after: "code: \"1.1\"",
                                          in: try Self.repositoryFile("criteria-sets/decree-335-2025-agency.yaml"))
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            // act
            let refused = try await browser.post(Paths.adminCriteriaSets.href, ["yaml": yaml])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("id=\"problems\""))
            #expect(refused.has("Bộ chỉ số có lỗi, chưa được nhập."))
            #expect(refused.has("line 111: [1.1] Điểm tối đa phải lớn hơn 0"))
            #expect(refused.has("line 106: [1] Tổng điểm tối đa của các tiêu chí thành phần là 22"))
            #expect(refused.has("Phần 1: tiêu chí chung"), "the pasted text is kept in the form")
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test func aSetUsedByAnOpenPeriodAcceptsAWordingChange() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            let path = Paths.adminCriteriaSet(try set.requireID()).href
            let page = try await browser.get(path)
            #expect(page.has("Bộ chỉ số đang được dùng trong kỳ đánh giá đang mở"))
            let yaml = try Self.replacing("title: \"Điều tra xã hội học\"", with: "title: \"Điều tra xã hội học (SIPAS và khảo sát)\"",
                                          after: "- code: \"9\"", in: set.yaml)
            // act
            let saved = try await browser.post(path, ["yaml": yaml, "version": String(set.version)])
            // check
            #expect(saved.status == .seeOther)
            let after = try #require(try await CriteriaSetRecord.find(set.id, on: app.db))
            #expect(after.version == set.version + 1)
            #expect(after.yaml.contains("Điều tra xã hội học (SIPAS và khảo sát)"))
            let shown = try await browser.get(path)
            #expect(shown.has("Đã lưu bộ chỉ số."))
            // the assessments score as before
            #expect(try await browser.get(try await Fixtures.chiLangPath(app)).has("id=\"self-total\">64,06 / 100 điểm"))
        }
    }

    @Test func aSetUsedByAnOpenPeriodRefusesAChangedMaximum() async throws {
        try await withApp { app in
            // setup: 9.2 from 6 to 7 points and 9.3 from 6 to 5, so the set still validates
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            let path = Paths.adminCriteriaSet(try set.requireID()).href
            try await browser.get(path)
            var yaml = try Self.replacing("maximum: 6", with: "maximum: 7", after: "- code: \"9.2\"", in: set.yaml)
            yaml = try Self.replacing("maximum: 6", with: "maximum: 5", after: "- code: \"9.3\"", in: yaml)
            #expect(throws: Never.self) { try CriteriaSetImport.parse(yaml) }
            // act
            let refused = try await browser.post(path, ["yaml": yaml, "version": String(set.version)])
            // check
            #expect(refused.status == .conflict)
            #expect(refused.has("chỉ được sửa câu chữ (tên, hướng dẫn), không được sửa điểm, quy tắc, cấu trúc, mã hay năm."))
            let after = try #require(try await CriteriaSetRecord.find(set.id, on: app.db))
            #expect(after.version == set.version)
            #expect(after.yaml == set.yaml)
        }
    }

    @Test func aStaleEditOfACriteriaSetIsRefused() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            let path = Paths.adminCriteriaSet(try set.requireID()).href
            try await browser.get(path)
            // act
            let refused = try await browser.post(path, ["yaml": set.yaml, "version": String(set.version + 1)])
            // check
            #expect(refused.status == .conflict)
            #expect(refused.has("Bộ chỉ số vừa được người khác sửa."))
            #expect(try await CriteriaSetRecord.find(set.id, on: app.db)?.version == set.version)
        }
    }

    @Test func cloningIntoTheNextYearCreatesASetForThatYear() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            try await browser.get(Paths.adminCriteriaSet(try set.requireID()).href)
            // act
            let cloned = try await browser.post(Paths.adminCloneCriteriaSet(try set.requireID()).href)
            // check
            #expect(cloned.status == .seeOther)
            let copies = try await CriteriaSetRecord.query(on: app.db).filter(\.$setKey == set.setKey).filter(\.$year == 2024).all()
            #expect(copies.count == 1)
            let copy = try #require(copies.first)
            #expect(copy.id != set.id)
            #expect(copy.version == 1)
            #expect(copy.yaml.contains("\nyear: 2024\n"))
            #expect(try CriteriaSetImport.parse(copy.yaml).metadata.year == 2024)
            #expect(cloned.location == Paths.adminCriteriaSet(try copy.requireID()).href)
            let page = try await browser.get(cloned.location ?? "/")
            #expect(page.has("Đã sao chép sang năm 2024."))
            #expect(try await CriteriaSetRecord.find(set.id, on: app.db)?.year == 2023)
            // the copy is used by no period, so it is not locked
            #expect(!page.has("Bộ chỉ số đang được dùng trong kỳ đánh giá đang mở"))
        }
    }

    // MARK: Periods

    @Test func openingAPeriodCreatesOneDraftPerUnitOfTheGroup() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminPeriods.href)
            let set = try await Self.parSet(app)
            let group = try await Self.district(app)
            // act
            let opened = try await browser.post(Paths.adminPeriods.href, [
                "title": "Chỉ số CCHC năm 2023 — đợt bổ sung", "criteria_set": try set.requireID().uuidString,
                "unit_group": try group.requireID().uuidString, "self_deadline": "15/01/2024", "explanation_deadline": "", "appraisal_deadline": "31/03/2024"])
            // check
            #expect(opened.status == .seeOther)
            let period = try #require(try await Period.query(on: app.db).filter(\.$title == "Chỉ số CCHC năm 2023 — đợt bổ sung").first())
            #expect(period.year == 2023)
            #expect(period.open)
            #expect(period.selfDeadline == "2024-01-15")
            #expect(period.explanationDeadline == nil)
            #expect(period.appraisalDeadline == "2024-03-31")
            let records = try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).all()
            #expect(records.count == 11)
            #expect(records.allSatisfy { $0.state == .draft })
            #expect(Set(records.map(\.unitID)).count == 11)
            #expect(opened.location == Paths.adminPeriod(try period.requireID()).href)
            let page = try await browser.get(opened.location ?? "/")
            #expect(page.has("15/01/2024"))
            #expect(page.has("UBND huyện Đình Lập"))
        }
    }

    @Test func aUnitThatNoLongerExistsInThePeriodsYearGetsNoAssessment() async throws {
        try await withApp { app in
            // setup: Đình Lập merged away at the end of 2022
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminPeriods.href)
            let merged = try await Fixtures.unit("dinh-lap", app)
            merged.validTo = "2022-12-31"
            try await merged.update(on: app.db)
            let set = try await Self.parSet(app)
            let group = try await Self.district(app)
            // act
            let opened = try await browser.post(Paths.adminPeriods.href, [
                "title": "Kỳ sau sáp nhập", "criteria_set": try set.requireID().uuidString, "unit_group": try group.requireID().uuidString])
            // check
            #expect(opened.status == .seeOther)
            let period = try #require(try await Period.query(on: app.db).filter(\.$title == "Kỳ sau sáp nhập").first())
            let records = try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).all()
            #expect(records.count == 10)
            #expect(!records.contains { $0.unitID == merged.id })
        }
    }

    @Test func aSetUsedByAnOpenPeriodRefusesAChangedYear() async throws {
        try await withApp { app in
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            let path = Paths.adminCriteriaSet(try set.requireID()).href
            try await browser.get(path)
            let yaml = set.yaml.replacingOccurrences(of: "\nyear: 2023\n", with: "\nyear: 2024\n")
            #expect(yaml != set.yaml)
            let refused = try await browser.post(path, ["yaml": yaml, "version": String(set.version)])
            #expect(refused.status == .conflict)
            #expect(try #require(try await CriteriaSetRecord.find(set.id, on: app.db)).year == 2023)
        }
    }

    @Test func theOutlineFormChangesWordingAndRefusesAMaximumWhileLocked() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let set = try await Self.parSet(app)
            let path = Paths.adminCriteriaSet(try set.requireID()).href
            let page = try await browser.get(path)
            #expect(page.has("name=\"title:1.1.1\""))
            // act: a new title and guidance for 1.1.1
            let saved = try await browser.post(Paths.adminCriteriaSetOutline(try set.requireID()).href, [
                "version": String(set.version), "title:1.1.1": "Ban hành kế hoạch cải cách hành chính năm", "guidance:1.1.1": "Trước ngày 31/12."])
            // check
            #expect(saved.status == .seeOther)
            let after = try #require(try await CriteriaSetRecord.find(set.id, on: app.db))
            #expect(after.version == set.version + 1)
            let tree = ScoringTree(try CriteriaSet.fromYAML(after.yaml))
            let leaf = tree.nodes[try #require(tree.nodeIndex(of: "1.1.1"))].definition
            #expect(leaf.title.vi == "Ban hành kế hoạch cải cách hành chính năm")
            #expect(leaf.guidance == "Trước ngày 31/12.")
            // a maximum may not change while an open period uses the set
            let refused = try await browser.post(Paths.adminCriteriaSetOutline(try set.requireID()).href, [
                "version": String(after.version), "maximum:9.2": "7", "maximum:9.3": "5"])
            #expect(refused.status == .conflict)
            #expect(try #require(try await CriteriaSetRecord.find(set.id, on: app.db)).version == after.version)
            // and a bad number is shown, not saved
            let invalid = try await browser.post(Paths.adminCriteriaSetOutline(try set.requireID()).href, ["version": String(after.version), "maximum:1.2": "hai"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.has("id=\"problems\""))
        }
    }

    @Test func aGroupIsAddedAndAMergerEndsThePredecessor() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminUnits.href)
            // act: a new group, then a commune that succeeds Đình Lập from 01/07/2025
            let group = try await browser.post(Paths.adminUnitGroups.href, ["code": "commune", "name": "Cấp xã (từ 01/7/2025)"])
            let duplicate = try await browser.post(Paths.adminUnitGroups.href, ["code": "commune", "name": "Trùng"])
            let communes = try #require(try await UnitGroup.query(on: app.db).filter(\.$code == "commune").first())
            let old = try await Fixtures.unit("dinh-lap", app)
            old.validTo = nil
            try await old.update(on: app.db)
            let merged = try await browser.post(Paths.adminUnits.href, ["code": "xa-dinh-lap", "name": "UBND xã Đình Lập", "group": try communes.requireID().uuidString,
                                                                         "valid_from": "01/07/2025", "predecessor": try old.requireID().uuidString])
            // check
            #expect(group.status == .seeOther)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(merged.status == .seeOther)
            let ended = try #require(try await ParIndexApp.Unit.find(old.id, on: app.db))
            #expect(ended.validTo == "2025-06-30")
            #expect(ended.successorID != nil)
        }
    }

    @Test func aCriteriaSetFileIsUploadedThroughTheMultipartForm() async throws {
        try await withApp { app in
            // setup: the page's form is multipart, with the CSRF token among its fields
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminCriteriaSets.href)
            let yaml = try Self.repositoryFile("criteria-sets/decree-335-2025-agency.yaml")
            // act
            let imported = try await browser.upload(Paths.adminCriteriaSets.href, fields: [("_csrf", browser.csrf ?? ""), ("yaml", "")],
                                                    fileName: "decree-335.yaml", content: Data(yaml.utf8), csrf: false)
            let forged = try await browser.upload(Paths.adminCriteriaSets.href, fields: [("_csrf", "sai"), ("yaml", "")],
                                                  fileName: "decree-335.yaml", content: Data(yaml.utf8), csrf: false)
            // check
            #expect(imported.status == .seeOther)
            #expect(forged.status == .forbidden)
            #expect(try await CriteriaSetRecord.query(on: app.db).filter(\.$setKey == "decree-335-2025-agency").count() == 1)
        }
    }

    @Test func aUnitIsEditedAndImpossibleChangesAreRefused() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let unit = try await Fixtures.unit("van-quan", app)
            let path = Paths.adminUnit(try unit.requireID()).href
            let page = try await browser.get(path)
            #expect(page.has("value=\"30/06/2025\""))
            let base = ["code": "van-quan", "name": "UBND huyện Văn Quan", "group": unit.unitGroupID.uuidString,
                        "parent": unit.parentID?.uuidString ?? "", "predecessor": "", "valid_from": "", "valid_to": "30/06/2025"]
            // act
            let renamed = try await browser.post(path, base.merging(["name": "UBND huyện Văn Quan (cũ)", "valid_from": "01/01/1990"]) { $1 })
            let backwards = try await browser.post(path, base.merging(["valid_from": "01/07/2025", "valid_to": "30/06/2025"]) { $1 })
            let ownParent = try await browser.post(path, base.merging(["parent": try unit.requireID().uuidString]) { $1 })
            let takenCode = try await browser.post(path, base.merging(["code": "chi-lang"]) { $1 })
            // check
            #expect(renamed.status == .seeOther)
            let saved = try #require(try await ParIndexApp.Unit.find(unit.id, on: app.db))
            #expect(saved.name == "UBND huyện Văn Quan (cũ)")
            #expect(saved.validFrom == "1990-01-01")
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.has("Ngày hết hiệu lực phải sau ngày bắt đầu."))
            #expect(ownParent.status == .unprocessableEntity)
            #expect(takenCode.status == .unprocessableEntity)
            #expect(try #require(try await ParIndexApp.Unit.find(unit.id, on: app.db)).code == "van-quan")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .unit).count() == 1)
        }
    }

    @Test func aPeriodWithABadDeadlineIsNotOpened() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminPeriods.href)
            let before = try await AssessmentRecord.query(on: app.db).count()
            // act
            let refused = try await browser.post(Paths.adminPeriods.href, [
                "title": "Kỳ thử", "criteria_set": try await Self.parSet(app).requireID().uuidString,
                "unit_group": try await Self.district(app).requireID().uuidString, "self_deadline": "15/13/2024"])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Ngày phải có dạng dd/mm/yyyy."))
            #expect(try await Period.query(on: app.db).filter(\.$title == "Kỳ thử").count() == 0)
            #expect(try await AssessmentRecord.query(on: app.db).count() == before)
        }
    }

    @Test func anAppraiserIsAssignedToAUnitOfAPeriod() async throws {
        try await withApp { app in
            // setup: a new period has no assignments yet
            let browser = try await Self.admin(app)
            try await browser.get(Paths.adminPeriods.href)
            try await browser.post(Paths.adminPeriods.href, [
                "title": "Kỳ 2023 bổ sung", "criteria_set": try await Self.parSet(app).requireID().uuidString,
                "unit_group": try await Self.district(app).requireID().uuidString])
            let period = try #require(try await Period.query(on: app.db).filter(\.$title == "Kỳ 2023 bổ sung").first())
            let path = Paths.adminPeriod(try period.requireID()).href
            let appraiser = try #require(try await Self.user(Demo.appraiser.0, app))
            let chiLang = try await Fixtures.unit("chi-lang", app)
            try await browser.get(path)
            // act: twice, which keeps one assignment
            let fields = ["unit": try chiLang.requireID().uuidString, "appraiser": try appraiser.requireID().uuidString]
            let assigned = try await browser.post(Paths.adminAssignments(period: try period.requireID()).href, fields)
            try await browser.post(Paths.adminAssignments(period: try period.requireID()).href, fields)
            // check
            #expect(assigned.status == .seeOther)
            let assignments = try await AppraiserAssignment.query(on: app.db).filter(\.$periodID == period.requireID()).all()
            #expect(assignments.count == 1)
            #expect(assignments.first?.unitID == chiLang.id)
            #expect(assignments.first?.userID == appraiser.id)
            let page = try await browser.get(path)
            #expect(page.has("Đã phân công thẩm định."))
            #expect(page.has("UBND huyện Chi Lăng — Thẩm định viên Sở Nội vụ"))
        }
    }

    @Test func onlyAnAppraiserCanBeAssigned() async throws {
        try await withApp { app in
            // setup
            let browser = try await Self.admin(app)
            let period = try await Self.parPeriod(app)
            try await browser.get(Paths.adminPeriod(try period.requireID()).href)
            let officer = try #require(try await Self.user(Demo.officer.0, app))
            let before = try await AppraiserAssignment.query(on: app.db).count()
            // act
            let refused = try await browser.post(Paths.adminAssignments(period: try period.requireID()).href, [
                "unit": try await Fixtures.unit("huu-lung", app).requireID().uuidString, "appraiser": try officer.requireID().uuidString])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has("Hãy chọn một đơn vị của kỳ và một thẩm định viên."))
            #expect(try await AppraiserAssignment.query(on: app.db).count() == before)
        }
    }
}
}
