import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    @Suite("Session expiry")
    struct SessionExpiryTests {
        @Test func whatWasTypedSurvivesAnExpiredSessionAndIsNotSavedUntilConfirmed() async throws {
            try await withApp { app in
                // setup: the officer has the page open, then the session expires on the server
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                try await browser.get(path)
                try await SessionRecord.query(on: app.db).delete()
                // act: the save goes to the login page; logging in comes back to the form
                let kept = try await browser.post(path + "/entries/3.6", ["achieved": "47,5", "note": "Gõ trước khi hết phiên", "version": "1"])
                #expect(kept.status == .seeOther)
                let login = try await browser.get(try #require(kept.location))
                #expect(login.has("Dữ liệu bạn vừa nhập đã được giữ lại"))
                // The login form carries the page to come back to: the assessment, at the criterion.
                let back = try #require(Browser.hiddenValue("back", in: login.body)).replacingOccurrences(of: "&#39;", with: "'")
                #expect(back.hasPrefix(path))
                let loggedIn = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": back])
                let page = try await browser.get(try #require(loggedIn.location))
                // check: the typed values are on the form, marked unsaved; the database still has the old entry
                #expect(page.has("value=\"47,5\""))
                #expect(page.has("Gõ trước khi hết phiên"))
                #expect(page.has("chưa được lưu"))
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").first())
                #expect(entry.version == 1)
                #expect(entry.inputs.contains("\"40\""))
                // and saving it now works
                let saved = try await browser.post(path + "/entries/3.6", ["achieved": "47,5", "note": "Gõ trước khi hết phiên", "version": "1"])
                #expect(saved.status == .seeOther)
            }
        }
    
        @Test func aLoginEndsAfterItsLifetimeWhateverTheCookieSays() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                #expect(try await browser.get(path).status == .ok)
                // act: nine hours later, the same cookie
                app.storage[SettingsKey.self]?.clock = { TestClock.today.addingTimeInterval(9 * 3600) }
                let later = try await browser.get(path)
                // check
                #expect(later.status == .seeOther)
                #expect(later.location?.hasPrefix("/login") == true)
            }
        }
}
}
