import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
    /// The administrator's operations, the library and the report, through the JSON API.
    @Suite("JSON API: administration and evidence")
    struct APIAdministrationTests {
        typealias API = APITests

        @Test func theAdministratorOpensAPeriodAssignsAndApprovesThroughTheAPI() async throws {
            try await withApp { app in
                // setup
                let token = try await API.token(app, Demo.admin)
                let set = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$setKey == "langson-district-par-2023").first())
                let group = try #require(try await UnitGroup.query(on: app.db).filter(\.$code == "district").first())
                // act: open a period
                let opened = try await API.call(app, .POST, "/api/v1/periods", token: token, json: [
                    "title": "Kỳ mở qua API", "criteria_set": try set.requireID().uuidString, "unit_group": try group.requireID().uuidString,
                    "self_deadline": "31/12/2023"])
                // check
                #expect(opened.status == .created)
                #expect(opened.object["self_deadline"] as? String == "2023-12-31")
                let periodID = try #require(opened.object["id"] as? String)
                #expect(try await AssessmentRecord.query(on: app.db).filter(\.$periodID == UUID(uuidString: periodID)!).count() == 11)
                // assign, then approval is refused while drafts remain
                let appraiser = try #require(try await User.query(on: app.db).filter(\.$username == Demo.appraiser.0).first())
                let unit = try await Fixtures.unit("chi-lang", app)
                let assigned = try await API.call(app, .POST, "/api/v1/periods/\(periodID)/assignments", token: token,
                                                  json: ["unit": try unit.requireID().uuidString, "appraiser": try appraiser.requireID().uuidString])
                #expect(assigned.status == .created)
                let refused = try await API.call(app, .POST, "/api/v1/periods/\(periodID)/approve", token: token)
                #expect(refused.status == .conflict)
                #expect(refused.message?.contains("chưa thẩm định xong") == true)
                try await AssessmentRecord.query(on: app.db).filter(\.$periodID == UUID(uuidString: periodID)!).set(\.$state, to: .finalised).update()
                let approved = try await API.call(app, .POST, "/api/v1/periods/\(periodID)/approve", token: token)
                #expect(approved.status == .ok)
                #expect(approved.object["open"] as? Bool == false)
            }
        }

        @Test func unitsAndUsersAreCreatedAndAccountsDeactivated() async throws {
            try await withApp { app in
                // setup
                let token = try await API.token(app, Demo.admin)
                let group = try #require(try await UnitGroup.query(on: app.db).filter(\.$code == "district").first())
                let predecessor = try await Fixtures.unit("dinh-lap", app)
                // act
                let unit = try await API.call(app, .POST, "/api/v1/units", token: token, json: [
                    "code": "dinh-lap-moi", "name": "UBND xã Đình Lập (mới)", "group": try group.requireID().uuidString,
                    "valid_from": "01/07/2025", "predecessor": try predecessor.requireID().uuidString])
                let duplicate = try await API.call(app, .POST, "/api/v1/units", token: token, json: [
                    "code": "dinh-lap-moi", "name": "Trùng", "group": try group.requireID().uuidString])
                let user = try await API.call(app, .POST, "/api/v1/users", token: token, json: [
                    "username": "dinhlap.officer", "display_name": "Cán bộ Đình Lập", "password": "mat-khau-du-dai",
                    "role": "officer", "unit": try predecessor.requireID().uuidString])
                let userID = try #require(user.object["id"] as? String)
                let deactivated = try await API.call(app, .PUT, "/api/v1/users/\(userID)/active", token: token, json: ["active": false])
                // check
                #expect(unit.status == .created)
                #expect(unit.object["valid_from"] as? String == "2025-07-01")
                #expect(try await Unit.find(predecessor.id, on: app.db)?.successorID?.uuidString == unit.object["id"] as? String)
                #expect(duplicate.status == .unprocessableEntity)
                let unitID = try #require(unit.object["id"] as? String)
                let edited = try await API.call(app, .PUT, "/api/v1/units/\(unitID)", token: token, json: [
                    "code": "dinh-lap-moi", "name": "UBND xã Đình Lập", "group": try group.requireID().uuidString, "valid_from": "01/07/2025"])
                #expect(edited.status == .ok)
                #expect(edited.object["name"] as? String == "UBND xã Đình Lập")
                #expect(duplicate.object["field"] as? String == "code")
                #expect(user.status == .created)
                #expect(deactivated.status == .ok)
                #expect(deactivated.object["active"] as? Bool == false)
                let groups = try await API.call(app, .GET, "/api/v1/unit-groups", token: token)
                #expect(groups.array.map { $0["code"] as? String } == ["district", "province"])
                let newGroup = try await API.call(app, .POST, "/api/v1/unit-groups", token: token, json: ["code": "commune", "name": "Cấp xã"])
                #expect(newGroup.status == .created)
                let login = Browser(app)
                try await login.get("/login")
                let refused = try await login.post("/login", ["username": "dinhlap.officer", "password": "mat-khau-du-dai", "back": "/"])
                #expect(refused.status == .unauthorized)
            }
        }

        @Test func administrationIsForbiddenToOtherRoles() async throws {
            try await withApp { app in
                let period = try #require(try await Period.query(on: app.db).first()).requireID()
                let set = try #require(try await CriteriaSetRecord.query(on: app.db).first()).requireID()
                for account in [Demo.officer, Demo.leader, Demo.appraiser] {
                    let token = try await API.token(app, account)
                    let calls: [(HTTPMethod, String)] = [(.POST, "/api/v1/units"), (.POST, "/api/v1/users"), (.POST, "/api/v1/periods"),
                                                         (.POST, "/api/v1/periods/\(period)/approve"), (.POST, "/api/v1/periods/\(period)/assignments"),
                                                         (.POST, "/api/v1/criteria-sets/\(set)/clone")]
                    for (method, path) in calls {
                        let reply = try await API.call(app, method, path, token: token, json: [:])
                        #expect(reply.status == .forbidden, "\(account.0) \(method) \(path): \(reply.status)")
                        #expect(reply.isJSON)
                    }
                }
            }
        }

        @Test func aCriteriaSetIsEditedAndClonedThroughTheAPI() async throws {
            try await withApp { app in
                let token = try await API.token(app, Demo.admin)
                let set = try #require(try await CriteriaSetRecord.query(on: app.db).filter(\.$setKey == "langson-district-par-2023").first())
                let reworded = set.yaml.replacingOccurrences(of: "title: \"Kế hoạch CCHC năm\"", with: "title: \"Kế hoạch cải cách hành chính năm\"")
                #expect(reworded != set.yaml)
                let edited = try await API.call(app, .PUT, "/api/v1/criteria-sets/\(try set.requireID())?version=\(set.version)", token: token,
                                                text: reworded, contentType: HTTPMediaType(type: "application", subType: "yaml"))
                let stale = try await API.call(app, .PUT, "/api/v1/criteria-sets/\(try set.requireID())?version=\(set.version)", token: token,
                                               text: reworded, contentType: HTTPMediaType(type: "application", subType: "yaml"))
                let cloned = try await API.call(app, .POST, "/api/v1/criteria-sets/\(try set.requireID())/clone", token: token)
                #expect(edited.status == .ok)
                #expect(edited.object["version"] as? Int == set.version + 1)
                #expect(stale.status == .conflict)
                #expect(cloned.status == .created)
                #expect(cloned.object["year"] as? Int == 2024)
            }
        }

        @Test func theSurveyCSVIsImportedThroughTheAPI() async throws {
            try await withApp { app in
                let token = try await API.token(app, Demo.appraiser)
                let period = try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first()).requireID()
                let imported = try await API.call(app, .POST, "/api/v1/periods/\(period)/survey-import", token: token,
                                                  text: "unit_code,criterion_code,points\nhuu-lung,9.1,\"6,5\"\n", contentType: HTTPMediaType(type: "text", subType: "csv"))
                let refused = try await API.call(app, .POST, "/api/v1/periods/\(period)/survey-import", token: token,
                                                 text: "unit_code,criterion_code,points\nhuu-lung,3.6,1\n", contentType: HTTPMediaType(type: "text", subType: "csv"))
                #expect(imported.status == .ok)
                #expect(imported.object["imported"] as? Int == 1)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.message?.contains("dòng 2") == true)
            }
        }

        @Test func theLibraryTheReportAndUnlinkingWorkThroughTheAPI() async throws {
            try await withApp { app in
                // setup: a document of Chi Lăng cited on 1.2
                let unit = try await Fixtures.unit("chi-lang", app)
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let document = EvidenceDocument(unitID: try unit.requireID(), uploadedBy: nil, title: "Báo cáo CCHC quý IV", documentNumber: "45/BC-UBND",
                                                issuer: "UBND huyện Chi Lăng", issuedOn: "2023-12-20", contentHash: String(repeating: "c", count: 64),
                                                originalName: "bc.pdf", contentType: "application/pdf", byteCount: 4)
                try await document.create(on: app.db)
                let link = EvidenceLink(assessmentID: try record.requireID(), documentID: try document.requireID(), nodeCode: "1.2", anchor: "tr. 1", createdBy: nil)
                try await link.create(on: app.db)
                let officer = try await API.token(app, Demo.officer)
                let appraiser = try await API.token(app, Demo.appraiser)
                // act
                let library = try await API.call(app, .GET, "/api/v1/units/\(try unit.requireID())/evidence", token: officer)
                let otherLibrary = try await API.call(app, .GET, "/api/v1/units/\(try await Fixtures.unit("huu-lung", app).requireID())/evidence", token: officer)
                let report = try await API.call(app, .PUT, "/api/v1/assessments/\(try record.requireID())/report", token: officer,
                                                json: ["difficulties": "Thiếu nhân lực số hóa", "proposals": "Tăng tập huấn"])
                let reportByAppraiser = try await API.call(app, .PUT, "/api/v1/assessments/\(try await Fixtures.parAssessment(of: "huu-lung", app).requireID())/report",
                                                           token: appraiser, json: ["difficulties": "x", "proposals": "y"])
                let unlinked = try await API.call(app, .DELETE, "/api/v1/assessments/\(try record.requireID())/links/\(link.nodeCode)/\(try link.requireID())", token: officer)
                // check
                #expect(library.status == .ok)
                #expect(library.array.first?["document_number"] as? String == "45/BC-UBND")
                #expect(otherLibrary.status == .notFound)
                #expect(report.status == .ok)
                #expect(try await Fixtures.parAssessment(of: "chi-lang", app).difficulties == "Thiếu nhân lực số hóa")
                #expect(reportByAppraiser.status == .forbidden)
                #expect(unlinked.status == .noContent)
                #expect(try await EvidenceLink.query(on: app.db).count() == 0)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .evidenceLink).count() == 1)
            }
        }
    }
}
