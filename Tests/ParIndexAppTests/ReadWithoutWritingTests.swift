import Fluent
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// Reading never writes: a page view changes no row, and a save writes its entry and its audit
    /// line and nothing else (no session update, no notice stored). Counted by SQLite itself
    /// (`total_changes()` of every connection), so the count cannot miss a write Fluent did not log.
    @Suite(.disabled(if: runsOnPostgres, "SQLite counts the rows each connection changed; the sessions logic is the same on PostgreSQL"))
    struct ReadWithoutWritingTests {
        @Test func pageViewsWriteNothingAndASaveWritesOnlyItsEntryAndAudit() async throws {
            try await withApp { app in
                // setup: signed in, the page seen once (which takes the login's notice)
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                let first = try await browser.get(path)
                // act: the everyday reads
                let before = try await RowChanges.total(app)
                for _ in 0..<3 { #expect(try await browser.get(path).status == .ok) }
                #expect(try await browser.get("/").status == .ok)
                #expect(try await browser.get(path + "/print").status == .ok)
                let afterReads = try await RowChanges.total(app)
                // act: one save, then the page that shows its notice
                let saved = try await browser.post(path + "/entries/3.6", ["achieved": "45,5", "note": "Số liệu quý IV",
                                                                          "version": Fixtures.version(of: "3.6", in: first.body)])
                let afterSave = try await RowChanges.total(app)
                let shown = try await browser.get(path)
                let afterNotice = try await RowChanges.total(app)
                // check
                #expect(afterReads - before == 0, "page views changed \(afterReads - before) rows")
                #expect(saved.status == .seeOther)
                // SQLite counts the rows its triggers change too: each of the two bumps the data revision.
                #expect(afterSave - afterReads == 4, "a save should change its entry and add one audit line (and bump the revision for each), changed \(afterSave - afterReads) rows")
                #expect(shown.has("Đã lưu tiêu chí 3.6: 2,28 điểm."))
                #expect(afterNotice - afterSave == 0, "showing the notice changed \(afterNotice - afterSave) rows")
            }
        }

        @Test func aVisitorSeesTheLoginFormWithoutASessionRowAndCanStillLogIn() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                let sessionsBefore = try await SessionRecord.query(on: app.db).count()
                // act
                let form = try await browser.get("/login")
                let again = try await browser.get("/login")
                let sessionsAfterViews = try await SessionRecord.query(on: app.db).count()
                let loggedIn = try await browser.post("/login", ["username": Demo.officer.0, "password": Demo.officer.1, "back": "/"])
                // check: the same token both times, from a cookie, and no session until the login
                #expect(form.status == .ok)
                #expect(Browser.csrfToken(in: form.body) == Browser.csrfToken(in: again.body))
                #expect(sessionsAfterViews == sessionsBefore)
                #expect(loggedIn.status == .seeOther)
                #expect(try await SessionRecord.query(on: app.db).count() == sessionsBefore + 1)
            }
        }

        @Test func aVisitorTokenIsRefusedOnceSignedIn() async throws {
            try await withApp { app in
                // setup: a visitor token, kept, then a login
                let browser = Browser(app)
                let form = try await browser.get("/login")
                let visitorToken = try #require(Browser.csrfToken(in: form.body))
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                let page = try await browser.get(path)
                // act: a form posted with the visitor's token instead of the session's
                let refused = try await browser.post(path + "/entries/3.6", ["achieved": "45,5", "_csrf": visitorToken,
                                                                            "version": Fixtures.version(of: "3.6", in: page.body)])
                // check
                #expect(refused.status == .forbidden)
            }
        }

        @Test func aForgedNoticeIsNotShown() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                // act: a notice the server did not sign
                let forged = Base64URL.encode(Data("success|Mật khẩu đã hết hạn, gọi 0123".utf8)) + ".AAAA"
                browser.setCookie(Request.flashCookie, forged)
                let page = try await browser.get(path)
                // check
                #expect(page.status == .ok)
                #expect(!page.has("Mật khẩu đã hết hạn"))
            }
        }

        @Test func aNoticeLeftForTheNextPageSurvivesReadingTheOldOne() async throws {
            try await withApp(seed: false) { app in
                // setup: a request that brings last page's notice
                let signer = app.configured(CookieSignerKey.self)
                let old = signer.sign("success|cũ", purpose: "notice")
                let request = Request(application: app, method: .POST, url: URI(path: "/"), headers: ["Cookie": "\(Request.flashCookie)=\(old)"],
                                      on: app.eventLoopGroup.any())
                // act: it leaves a new notice, then reads (takes) the old one
                request.flash(.success, "mới")
                let taken = request.takeFlash()
                let response = try await LaterCookiesMiddleware().respond(to: request, chainingTo: AsyncBasicResponder { _ in Response() })
                // check
                #expect(taken?.text == "cũ")
                let sent = try #require(response.cookies[Request.flashCookie]?.string)
                #expect(signer.verify(sent, purpose: "notice") == "success|mới")
            }
        }

        @Test func everyConnectionIsSetUpForAServer() async throws {
            try await withApp { app in
                for eventLoop in app.eventLoopGroup.makeIterator() {
                    let database = try #require(app.databases.database(.sqlite, logger: app.logger, on: eventLoop))
                    let settings = try await database.withConnection { connection in
                        connection.eventLoop.makeFutureWithTask { try await SQLiteServerSetup.settings(of: connection) }
                    }.get()
                    #expect(settings == SQLiteServerSetup.Settings(journalMode: "wal", synchronous: 2,
                                                                   busyTimeout: SQLiteServerSetup.busyTimeoutMilliseconds, foreignKeys: 1,
                                                                   cacheSize: -SQLiteServerSetup.cacheKibibytes, tempStore: 2))
                }
            }
        }
    }
}

/// Rows changed by INSERT, UPDATE and DELETE on every connection of the app's SQLite pool.
enum RowChanges {
    static func total(_ app: Application) async throws -> Int {
        var total = 0
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(.sqlite, logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            total += try await sql.raw("SELECT total_changes() AS n").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return total
    }
}
