import Fluent
import Foundation
import NIOHTTP1
import Testing
import Vapor
import VaporTesting
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
@Suite("JSON API")
struct APITests {
    /// One answer of the API: status, headers, body text, and the body read as JSON.
    struct Reply: CustomStringConvertible {
        var status: HTTPStatus
        var headers: HTTPHeaders
        var text: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        var isJSON: Bool { headers.contentType?.subType == "json" && json != nil }
        var message: String? { object["message"] as? String }

        var description: String { "Reply(\(status.code), \(text.prefix(300)))" }
    }

    /// Sends one request: `json` as a JSON body, or `text` with `contentType`.
    static func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String? = nil,
                     json: [String: Any]? = nil, text: String? = nil, contentType: HTTPMediaType = .json) async throws -> Reply {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            headers.contentType = .json
        } else if let text {
            body = ByteBuffer(string: text)
            headers.contentType = contentType
        }
        var reply: Reply?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            reply = Reply(status: response.status, headers: response.headers, text: response.body.string)
        }
        return try #require(reply)
    }

    /// Signs in through `POST /api/v1/tokens` and returns the bearer token.
    static func token(_ app: Application, _ account: (String, String)) async throws -> String {
        var token: String?
        try await app.testing().test(.POST, "/api/v1/tokens", beforeRequest: { request in
            try request.content.encode(["username": account.0, "password": account.1])
        }, afterResponse: { response in
            #expect(response.status == .created, "token for \(account.0): \(response.status)")
            token = (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])?["token"] as? String
        })
        return try #require(token)
    }

    static func chiLangID(_ app: Application) async throws -> UUID {
        try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
    }

    // MARK: Tokens and authentication

    @Test func aTokenIsCreatedForTheRightPasswordAndExpiresInThirtyDays() async throws {
        try await withApp { app in
            // setup
            var reply: Reply?
            // act
            try await app.testing().test(.POST, "/api/v1/tokens", beforeRequest: { request in
                try request.content.encode(["username": "  ChiLang.Officer ", "password": Demo.officer.1])
            }, afterResponse: { response in
                reply = Reply(status: response.status, headers: response.headers, text: response.body.string)
            })
            // check: the username is trimmed and compared in lower case; only the hash is stored
            let answer = try #require(reply)
            #expect(answer.status == .created)
            let token = try #require(answer.object["token"] as? String)
            #expect(token.count >= 40)
            let expires = try #require(answer.object["expires_at"] as? String)
            let date = try #require(ISO8601DateFormatter().date(from: expires), "expires_at \(expires) is not ISO 8601")
            #expect(date == TestClock.today.addingTimeInterval(30 * 24 * 3600))
            let stored = try await ApiToken.query(on: app.db).all()
            #expect(stored.count == 1)
            #expect(stored.first?.tokenHash == RandomToken.sha256(token))
            #expect(stored.first?.tokenHash != token)
        }
    }

    @Test func aWrongPasswordIs401WithAVietnameseMessageAndAChallenge() async throws {
        try await withApp { app in
            // setup
            var reply: Reply?
            // act
            try await app.testing().test(.POST, "/api/v1/tokens", beforeRequest: { request in
                try request.content.encode(["username": Demo.officer.0, "password": "not-the-password"])
            }, afterResponse: { response in
                reply = Reply(status: response.status, headers: response.headers, text: response.body.string)
            })
            // check
            let answer = try #require(reply)
            #expect(answer.status == .unauthorized)
            #expect(answer.isJSON)
            #expect(answer.object["error"] as? Bool == true)
            #expect(answer.message == "Tên đăng nhập hoặc mật khẩu không đúng.")
            #expect(answer.object["message_en"] as? String == "Wrong username or password.")
            #expect(answer.headers.first(name: .wwwAuthenticate) == "Bearer")
            #expect(answer.object["token"] == nil)
            #expect(try await ApiToken.query(on: app.db).count() == 0)
        }
    }

    @Test func withoutAValidTokenTheAnswerIs401InJSONNeverALoginPage() async throws {
        try await withApp { app in
            // setup
            let paths = ["/api/v1/me", "/api/v1/assessments", "/api/v1/units", "/api/v1/periods", "/api/v1/criteria-sets",
                         "/api/v1/assessments/\(try await Self.chiLangID(app))"]
            for path in paths {
                // act: no token at all, then a token that was never issued
                let none = try await Self.call(app, .GET, path)
                let forged = try await Self.call(app, .GET, path, token: "not-a-real-token")
                // check
                for reply in [none, forged] {
                    #expect(reply.status == .unauthorized, "\(path): \(reply)")
                    #expect(reply.isJSON, "\(path): \(reply)")
                    #expect(reply.message == "Cần mã truy cập hợp lệ (Authorization: Bearer …).")
                    #expect(reply.headers.first(name: .wwwAuthenticate) == "Bearer")
                    #expect(reply.headers.first(name: .location) == nil)
                    #expect(!reply.text.contains("<html"))
                }
            }
        }
    }

    @Test func anUnknownAPIRouteAnswers404InJSON() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/no-such-thing", token: token)
            // check
            #expect(reply.status == .notFound)
            #expect(reply.isJSON)
            #expect(reply.object["error"] as? Bool == true)
        }
    }

    @Test func meDescribesTheTokensUser() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.officer)
            let chiLang = try await Fixtures.unit("chi-lang", app)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/me", token: token)
            // check
            #expect(reply.status == .ok)
            #expect(reply.object["username"] as? String == "chilang.officer")
            #expect(reply.object["display_name"] as? String == "Cán bộ đầu mối Chi Lăng")
            #expect(reply.object["role"] as? String == "officer")
            #expect(reply.object["unit_id"] as? String == chiLang.id?.uuidString)
            #expect(reply.object["password_hash"] == nil)
        }
    }

    @Test func theAdministratorHasNoUnitAndOptionalFieldsAreLeftOut() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.admin)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/me", token: token)
            // check: "never sent as null"
            #expect(reply.status == .ok)
            #expect(reply.object["role"] as? String == "administrator")
            #expect(reply.object.keys.contains("unit_id") == false)
            #expect(!reply.text.contains("null"))
        }
    }

    // MARK: Reading assessments

    @Test func theOfficerListsOnlyItsOwnUnitsAssessments() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments", token: token)
            // check: 2023's PAR Index and task-performance assessments of Chi Lăng, both drafts, and
            // the approved 2022 PAR Index
            #expect(reply.status == .ok)
            #expect(reply.array.count == 3)
            #expect(Set(reply.array.compactMap { $0["unit_code"] as? String }) == ["chi-lang"])
            #expect(reply.array.map { $0["state"] as? String } == ["draft", "draft", "approved"])
            let par = try #require(reply.array.first { $0["period"] as? String == Fixtures.parPeriodTitle })
            #expect(par["self_total"] as? String == "64.06")
        }
    }

    @Test func theAppraiserListsEveryAssignedUnitsAssessmentsExceptDrafts() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.appraiser)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments", token: token)
            // check: four units are past drafting in both 2023 periods; the 11 of 2022 are approved
            #expect(reply.status == .ok)
            #expect(reply.array.count == 19)
            #expect(Set(reply.array.filter { ($0["period"] as? String)?.contains("2023") == true }.compactMap { $0["unit_code"] as? String })
                    == ["huu-lung", "loc-binh", "cao-loc", "bac-son"])
            #expect(!reply.array.contains { $0["state"] as? String == "draft" })
            let states = Dictionary(reply.array.filter { $0["period"] as? String == Fixtures.parPeriodTitle }
                .compactMap { row in (row["unit_code"] as? String).map { ($0, row["state"] as? String ?? "") } }, uniquingKeysWith: { a, _ in a })
            #expect(states == ["huu-lung": "submitted", "loc-binh": "submitted", "cao-loc": "appraisal_round_1", "bac-son": "finalised"])
            // newest period first, then by title, then by unit code
            let keys = reply.array.filter { ($0["period"] as? String)?.contains("2023") == true }
                .map { "\($0["period"] as? String ?? "")|\($0["unit_code"] as? String ?? "")" }
            #expect(keys == keys.sorted())
            #expect(reply.array.suffix(11).allSatisfy { ($0["period"] as? String)?.contains("2022") == true })
        }
    }

    @Test func oneAssessmentCarriesItsTotalsNodesAndActions() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let officer = try await Self.token(app, Demo.officer)
            let leader = try await Self.token(app, Demo.leader)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments/\(id)", token: officer)
            let asLeader = try await Self.call(app, .GET, "/api/v1/assessments/\(id)", token: leader)
            // check
            #expect(reply.status == .ok)
            let summary = try #require(reply.object["summary"] as? [String: Any])
            #expect(summary["self_total"] as? String == "64.06")
            #expect(summary["maximum"] as? String == "100")
            #expect(summary["state"] as? String == "draft")
            #expect(summary["unit_code"] as? String == "chi-lang")
            #expect(summary["appraised_total"] is NSNull)
            #expect(summary["standing"] as? String == "partial")
            #expect(summary["index"] is NSNull && summary["band"] is NSNull)
            #expect(reply.object["version"] as? Int == 1)
            #expect(reply.object["actions"] as? [String] == [])
            #expect((asLeader.object["actions"] as? [String]) == ["submit"])
            let nodes = try #require(reply.object["nodes"] as? [[String: Any]])
            let leaf = try #require(nodes.first { $0["code"] as? String == "3.6" })
            #expect(leaf["leaf"] as? Bool == true)
            #expect(leaf["maximum"] as? String == "3")
            #expect(leaf["self_points"] as? String == "2")
            let entries = try #require(leaf["entries"] as? [String: Any])
            let selfEntry = try #require(entries["self"] as? [String: Any])
            #expect((selfEntry["inputs"] as? [String: String])?["achieved"] == "40")
            #expect(selfEntry["version"] as? Int == 1)
            let survey = try #require(nodes.first { $0["code"] as? String == "9.1" })
            #expect(survey["kind"] as? String == "survey")
        }
    }

    @Test func anotherUnitsAssessmentIs404ForTheOfficer() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.officer)
            let other = try await Fixtures.parAssessment(of: "huu-lung", app).requireID()
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments/\(other)", token: token)
            let missing = try await Self.call(app, .GET, "/api/v1/assessments/\(UUID())", token: token)
            // check: exactly like one that does not exist
            #expect(reply.status == .notFound)
            #expect(reply.isJSON)
            #expect(reply.message == "Không tìm thấy nội dung yêu cầu.")
            #expect(missing.status == .notFound)
            #expect(Set(reply.object.keys) == Set(missing.object.keys))
            #expect(reply.message == missing.message)
            #expect(reply.object["message_en"] as? String == missing.object["message_en"] as? String)
        }
    }

    @Test func aDraftIs404ForTheAppraiser() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.appraiser)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments/\(try await Self.chiLangID(app))", token: token)
            // check
            #expect(reply.status == .notFound)
            #expect(reply.isJSON)
        }
    }

    // MARK: Saving entries

    @Test func aDecimalCommaIsSavedAndTheVersionMovesOn() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act: 3 × 45,5 ÷ 60 = 2,275 → 2,28 (half up)
            let reply = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token,
                                            json: ["achieved": "45,5", "note": "Số liệu quý IV", "version": 1])
            // check
            #expect(reply.status == .ok)
            #expect(reply.object["code"] as? String == "3.6")
            #expect(reply.object["layer"] as? String == "self")
            #expect(reply.object["points"] as? String == "2.28")
            #expect(reply.object["version"] as? Int == 2)
            let after = try await Self.call(app, .GET, "/api/v1/assessments/\(id)", token: token)
            #expect((after.object["summary"] as? [String: Any])?["self_total"] as? String == "64.34")
        }
    }

    @Test func theSameVersionTwiceIs409WithTheCurrentEntry() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            let first = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token, json: ["achieved": "45,5", "version": 1])
            // act
            let stale = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token, json: ["achieved": "30", "version": 1])
            // check
            #expect(first.status == .ok)
            #expect(stale.status == .conflict)
            #expect(stale.isJSON)
            #expect(stale.object["field"] as? String == "version")
            let current = try #require(stale.object["current"] as? [String: Any])
            #expect(current["version"] as? Int == 2)
            #expect(current["updated_by"] as? String == "Cán bộ đầu mối Chi Lăng")
            #expect((current["summary"] as? String)?.contains("45,5") == true)
            #expect(stale.message?.contains("3.6") == true)
            let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == id).filter(\.$nodeCode == "3.6")
                .filter(\.$layer == .selfAssessed).first())
            #expect(entry.version == 2)
            #expect(entry.inputs.contains("45.5"))
        }
    }

    @Test func aJSONNumberWithAFractionIsRefusedWith400AndNothingSaved() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token, json: ["achieved": 12.5, "version": 1])
            // check
            #expect(reply.status == .badRequest)
            #expect(reply.isJSON)
            #expect(reply.object["error"] as? Bool == true)
            let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == id).filter(\.$nodeCode == "3.6")
                .filter(\.$layer == .selfAssessed).first())
            #expect(entry.version == 1)
        }
    }

    @Test func anInvalidFigureIs422NamingTheField() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token, json: ["achieved": "4x,5", "version": 1])
            // check
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.object["field"] as? String == "achieved")
            #expect((reply.message ?? "").isEmpty == false)
        }
    }

    @Test func aMalformedVersionIs400NamingTheFieldAndNothingSaved() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            var replies: [Reply] = []
            for version: Any in ["x", -1, "1.5", true] {
                replies.append(try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token,
                                                   json: ["achieved": "30", "version": version]))
            }
            // check: 400, not the misleading 409 of a stale entry
            for reply in replies {
                #expect(reply.status == .badRequest, "\(reply)")
                #expect(reply.object["field"] as? String == "version")
                #expect(reply.object["current"] == nil)
            }
            let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == id).filter(\.$nodeCode == "3.6")
                .filter(\.$layer == .selfAssessed).first())
            #expect(entry.version == 1)
        }
    }

    @Test func surveyCriteriaAreRefusedToTheUnitWith403() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/9.1", token: token, json: ["score": "5"])
            // check
            #expect(reply.status == .forbidden)
            #expect(reply.message?.contains("9.1") == true)
            #expect(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == id).filter(\.$nodeCode == "9.1").count() == 0)
        }
    }

    // MARK: Workflow and history

    @Test func theLeaderSubmitsThroughTheAPI() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.leader)
            // act
            let reply = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, json: ["version": 1])
            // check
            #expect(reply.status == .ok)
            #expect(reply.object["state"] as? String == "submitted")
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .submitted)
            let events = try await AuditEvent.query(on: app.db).filter(\.$subject == .state).filter(\.$assessmentID == id).all()
            #expect(events.map(\.newValue) == ["submitted"])
        }
    }

    @Test func theOfficerCannotSubmitAndGets409() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, json: ["version": 1])
            // check
            #expect(reply.status == .conflict)
            #expect(reply.isJSON)
            #expect((reply.message ?? "").isEmpty == false)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .draft)
        }
    }

    @Test func aStaleVersionOrAnUnknownActionIsRefused() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.leader)
            // act
            let stale = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, json: ["version": 7])
            let unknown = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/fly", token: token, json: ["version": 1])
            // check
            #expect(stale.status == .conflict)
            #expect(unknown.status == .notFound)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .draft)
        }
    }

    @Test func aMalformedActionVersionOrBodyIs400AndNoStepIsTaken() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.leader)
            // act
            let word = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, json: ["version": "x"])
            let fraction = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, json: ["version": 1.5])
            let array = try await Self.call(app, .POST, "/api/v1/assessments/\(id)/actions/submit", token: token, text: "[]")
            // check
            #expect(word.status == .badRequest)
            #expect(word.object["field"] as? String == "version")
            #expect(fraction.status == .badRequest)
            #expect(array.status == .badRequest)
            #expect(try await Fixtures.parAssessment(of: "chi-lang", app).state == .draft)
        }
    }

    @Test func theHistoryListsTheChange() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            let officerID = try #require(try await User.query(on: app.db).filter(\.$username == Demo.officer.0).first()?.id)
            _ = try await Self.call(app, .PUT, "/api/v1/assessments/\(id)/entries/3.6", token: token,
                                json: ["achieved": "45,5", "note": "Số liệu quý IV", "version": 1])
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments/\(id)/history/3.6", token: token)
            // check
            #expect(reply.status == .ok)
            let change = try #require(reply.array.first { $0["subject"] as? String == "self_entry" })
            #expect(change["user_id"] as? String == officerID.uuidString)
            #expect((change["old"] as? String)?.contains("40") == true)
            #expect((change["new"] as? String)?.contains("45,5 → 2,28 điểm") == true)
            #expect(change["reason"] as? String == "Số liệu quý IV")
            #expect((change["at"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)
        }
    }

    @Test func theHistoryOfAnUnknownCriterionIsNotFoundAsDocumented() async throws {
        try await withApp { app in
            // setup
            let id = try await Self.chiLangID(app)
            let token = try await Self.token(app, Demo.officer)
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/assessments/\(id)/history/99.99", token: token)
            // check: openapi.yaml, getCriterionHistory: "An unknown criterion code answers 404"
            #expect(reply.status == .notFound)
            #expect(reply.text.contains("Không tìm thấy"))
        }
    }

    // MARK: Criteria sets and the document

    @Test func aBrokenCriteriaSetIsRefusedWith422NamingTheProblem() async throws {
        try await withApp { app in
            // setup: 1.1's maximum set to 0 in the shipped Decree 335 set
            let token = try await Self.token(app, Demo.admin)
            let broken = try Self.brokenDecreeSet()
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            // act
            let reply = try await Self.call(app, .POST, "/api/v1/criteria-sets", token: token, text: broken, contentType: HTTPMediaType(type: "application", subType: "yaml"))
            // check
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.object["field"] as? String == "yaml")
            let message = try #require(reply.message)
            #expect(message.contains("[1.1]"))
            #expect(message.contains("Điểm tối đa phải lớn hơn 0"))
            #expect(message.contains("111"))
            #expect((reply.object["message_en"] as? String)?.contains("[1.1]") == true)
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test func theAdministratorImportsAValidCriteriaSet() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.admin)
            // act
            let reply = try await Self.call(app, .POST, "/api/v1/criteria-sets", token: token, text: try Self.decreeSet(), contentType: .plainText)
            // check
            #expect(reply.status == .created)
            #expect(reply.object["key"] as? String == "decree-335-2025-agency")
            #expect(reply.object["year"] as? Int == 2026)
            #expect(reply.object["version"] as? Int == 1)
            let list = try await Self.call(app, .GET, "/api/v1/criteria-sets", token: token)
            #expect(list.array.contains { $0["key"] as? String == "decree-335-2025-agency" })
        }
    }

    @Test func anOfficerMayNotImportACriteriaSet() async throws {
        try await withApp { app in
            // setup
            let token = try await Self.token(app, Demo.officer)
            let before = try await CriteriaSetRecord.query(on: app.db).count()
            // act
            let reply = try await Self.call(app, .POST, "/api/v1/criteria-sets", token: token, text: try Self.decreeSet(), contentType: .plainText)
            // check
            #expect(reply.status == .forbidden)
            #expect(reply.isJSON)
            #expect(reply.message == "Bạn không có quyền truy cập nội dung này.")
            #expect(try await CriteriaSetRecord.query(on: app.db).count() == before)
        }
    }

    @Test func theOpenAPIDocumentIsServedWithoutAToken() async throws {
        try await withApp { app in
            // act
            let reply = try await Self.call(app, .GET, "/api/v1/openapi.yaml")
            // check
            #expect(reply.status == .ok)
            #expect(reply.text.hasPrefix("openapi: 3.1"))
            #expect(reply.text.contains("/api/v1/assessments/{assessmentID}/entries/{code}:"))
            #expect(reply.headers.contentType?.subType == "yaml")
        }
    }

    @Test func theReferenceListsAreScopedToTheCaller() async throws {
        try await withApp { app in
            // setup
            let officer = try await Self.token(app, Demo.officer)
            let admin = try await Self.token(app, Demo.admin)
            // act
            let ownUnits = try await Self.call(app, .GET, "/api/v1/units", token: officer)
            let allUnits = try await Self.call(app, .GET, "/api/v1/units", token: admin)
            let periods = try await Self.call(app, .GET, "/api/v1/periods", token: officer)
            // check
            #expect(ownUnits.array.compactMap { $0["code"] as? String } == ["chi-lang"])
            #expect(allUnits.array.count == 12)
            #expect((allUnits.array.first { $0["code"] as? String == "chi-lang" })?["valid_to"] as? String == "2025-06-30")
            #expect(periods.array.count == 3)
            #expect(periods.array.filter { $0["year"] as? Int == 2023 }.allSatisfy { $0["open"] as? Bool == true })
            #expect(periods.array.filter { $0["year"] as? Int == 2022 }.map { $0["open"] as? Bool } == [false])
        }
    }

    // MARK: Helpers

    static func decreeSet() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("criteria-sets/decree-335-2025-agency.yaml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The Decree 335 set with 1.1's maximum (line 111) set to 0.
    static func brokenDecreeSet() throws -> String {
        let text = try decreeSet()
        let range = try #require(text.range(of: "        maximum: 8\n"))
        return text.replacingCharacters(in: range, with: "        maximum: 0\n")
    }
}
}
