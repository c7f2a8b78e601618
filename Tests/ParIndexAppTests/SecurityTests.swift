import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    @Suite("Security defaults")
    struct SecurityTests {
        @Test func theSessionCookieIsHttpOnlyAndSameSite() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.get("/login")
                let response = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "/"])
                let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("parindex-session=") })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
            }
        }

        @Test func pagesCarryACSPWithoutInlineScriptAndOtherHeaders() async throws {
            try await withApp { app in
                let page = try await Browser(app).get("/login")
                let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(page.headers.first(name: "X-Frame-Options") == "SAMEORIGIN")
                #expect(!page.body.contains("<script>"))
            }
        }

        @Test func aFormWithoutTheCSRFTokenIsRefusedAndNothingChanges() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                let refused = try await browser.post(path + "/entries/3.6", ["achieved": "50", "version": "1", "_csrf": "forged"])
                #expect(refused.status == .forbidden)
                #expect(refused.has("Biểu mẫu đã hết hạn hoặc không hợp lệ"))
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").first())
                #expect(entry.version == 1)
            }
        }

        @Test func wrongPasswordsAreThrottledWithAClearMessage() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.get("/login")
                for _ in 0..<5 {
                    let wrong = try await browser.post("/login", ["username": Demo.officer.0, "password": "sai-mat-khau", "back": "/"])
                    #expect(wrong.status == .unauthorized)
                    #expect(wrong.has("Tên đăng nhập hoặc mật khẩu không đúng."))
                }
                let throttled = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "/"])
                #expect(throttled.status == .tooManyRequests)
                #expect(throttled.has("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."))
            }
        }

        @Test func othersTyposFromTheSameAddressDoNotLockAnAccountOut() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.get("/login")
                for index in 0..<8 {
                    try await browser.post("/login", ["username": "nguoi.dung\(index)", "password": "sai", "back": "/"])
                }
                let allowed = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "/"])
                #expect(allowed.status == .seeOther)
            }
        }

        @Test func theServerHashesPasswordsWithBcrypt() async throws {
            try await withApp(seed: false) { app in
                app.passwords.use(.bcrypt)
                let hash = try await app.password.async.hash("mat-khau-dai-hon-10")
                #expect(hash.hasPrefix("$2b$") || hash.hasPrefix("$2a$") || hash.hasPrefix("$2y$"))
                #expect(try await app.password.async.verify("mat-khau-dai-hon-10", created: hash))
            }
        }

        @Test func loginNeverRedirectsOffSite() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.get("/login")
                let response = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "//evil.example/x"])
                #expect(response.location == "/")
                #expect(SiteController.safeBack("https://evil.example") == "/")
                #expect(SiteController.safeBack("/\\evil") == "/")
                #expect(SiteController.safeBack("/assessments") == "/assessments")
            }
        }

        @Test func loggingInGivesANewSessionID() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.get("/login")
                // Posting the login form creates the session that holds the CSRF token.
                let before = browser.cookies["parindex-session"]
                try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "/"])
                #expect(browser.cookies["parindex-session"] != nil)
                #expect(browser.cookies["parindex-session"] != before)
            }
        }

        @Test func loggingOutEndsTheSession() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                try await browser.post("/logout")
                let after = try await browser.get("/")
                #expect(after.status == .seeOther)
                #expect(after.location?.hasPrefix("/login") == true)
            }
        }
    }
}
