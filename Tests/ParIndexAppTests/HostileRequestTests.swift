import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// Requests a hostile client sends: each gets an answer in the right format, never a crash.
    /// (`scripts/check-hostile.py` sends the raw-byte cases to the real binary.)
    @Suite("Hostile requests")
    struct HostileRequestTests {
        @Test func pathsOutsideTheRoutesAnswer404PagesWithoutASession() async throws {
            try await withApp { app in
                // act: no cookie, so no session exists when the error page renders
                let dotDot = try await Browser(app).get("/../x")
                let encoded = try await Browser(app).get("/%2e%2e/%2e%2e/etc/passwd")
                let long = try await Browser(app).get("/" + String(repeating: "a", count: 10_000))
                let apiLong = try await Browser(app).get("/api/v1/" + String(repeating: "a", count: 10_000))
                // check
                for page in [dotDot, encoded, long] {
                    #expect(page.status == .notFound)
                    #expect(page.has("Không tìm thấy trang yêu cầu."))
                }
                #expect(apiLong.status == .notFound)
                #expect(apiLong.headers.contentType == .json)
                #expect(apiLong.has(#""error":true"#))
            }
        }

        @Test func methodsAPathDoesNotAnswerGet405WithAllow() async throws {
            try await withApp { app in
                // act
                let trace = try await Browser(app).send(.TRACE, "/", headers: [:], body: nil)
                let deleteHealth = try await Browser(app).send(.DELETE, "/health", headers: [:], body: nil)
                let patchUnits = try await Browser(app).send(.PATCH, "/api/v1/units", headers: [:], body: nil)
                let unknownPath = try await Browser(app).send(.DELETE, "/no-such-page", headers: [:], body: nil)
                // check
                #expect(trace.status == .methodNotAllowed)
                #expect(trace.headers.first(name: "Allow") == "GET, HEAD")
                #expect(deleteHealth.status == .methodNotAllowed)
                #expect(deleteHealth.has("không hỗ trợ phương thức"))
                #expect(patchUnits.status == .methodNotAllowed)
                #expect(patchUnits.headers.first(name: "Allow") == "GET, HEAD, POST")
                #expect(patchUnits.headers.contentType == .json)
                #expect(unknownPath.status == .notFound)
            }
        }

        @Test func controlCharactersInNamesAreRefusedNamingTheField() async throws {
            try await withApp { app in
                // setup
                let token = try await APITests.token(app, Demo.admin)
                let before = try await UnitGroup.query(on: app.db).count()
                // act
                let nul = try await APITests.call(app, .POST, "/api/v1/unit-groups", token: token, json: ["code": "g1", "name": "\u{0}"])
                let rlo = try await APITests.call(app, .POST, "/api/v1/unit-groups", token: token, json: ["code": "g2", "name": "Nhóm \u{202E}gnp.exe"])
                let badCode = try await APITests.call(app, .POST, "/api/v1/unit-groups", token: token, json: ["code": "g/../x", "name": "Nhóm"])
                // check
                #expect(nul.status == .unprocessableEntity)
                #expect(nul.object["field"] as? String == "name")
                #expect(nul.message?.contains("Tên nhóm chứa ký tự không được phép (U+0000)") == true)
                #expect(rlo.status == .unprocessableEntity)
                #expect(rlo.message?.contains("U+202E") == true)
                #expect(badCode.status == .unprocessableEntity)
                #expect(badCode.object["field"] as? String == "code")
                #expect(try await UnitGroup.query(on: app.db).count() == before)
            }
        }

        @Test func aNoteWithNULIsRefusedOnItsFieldAndNothingIsSaved() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                let page = try await browser.get(path)
                let version = Fixtures.version(of: "3.6", in: page.body)
                // act
                let refused = try await browser.post(path + "/entries/3.6", ["achieved": "50", "version": version, "note": "ghi chú\u{0}"])
                // check
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.has("Ghi chú, lý do chứa ký tự không được phép (U+0000)"))
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").first())
                #expect(String(entry.version) == version)
            }
        }
    }
}
