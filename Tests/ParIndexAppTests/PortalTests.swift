import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
    /// The public results portal: publishing and withdrawing (administrator, audited), 404 for
    /// anything unpublished, no session and no cookie, ETags, the visitors' count, the public API.
    @Suite("Public results portal")
    struct PortalTests {
        static func period(year: Int, _ app: Application) async throws -> Period {
            try #require(try await Period.query(on: app.db).filter(\.$year == year).sort(\.$title).first())
        }

        @Test func theDemoPublishesItsApprovedYearAndAnyoneReadsItWithoutAnAccount() async throws {
            try await withApp { app in
                // setup
                let published = try await Self.period(year: 2022, app)
                let id = try published.requireID()
                let browser = Browser(app)
                // act
                let index = try await browser.get(Paths.portal.href)
                let page = try await browser.get(Paths.portalPeriod(id).href)
                let unit = try await browser.get(Paths.portalUnit(id, unit: "chi-lang").href)
                // check: the list, the ranking with its summary and charts, the unit's criteria
                #expect(index.status == .ok && index.has(Paths.portalPeriod(id).href))
                #expect(page.status == .ok && page.has("id=\"ranking\"") && page.has("id=\"bands\"") && page.has("heat-map"))
                #expect(page.has(Paths.portalUnit(id, unit: "chi-lang").href))
                #expect(!page.has("href=\"/assessments/"), "no link into signed-in pages")
                #expect(unit.status == .ok && unit.has("id=\"unit-criteria\"") && unit.has("1.1.1"))
                // No session, no CSRF token, no cookie of any kind, no officials' names.
                #expect(browser.cookies.isEmpty)
                #expect(!page.has("_csrf") && !unit.has("_csrf"))
                for name in ["Nguyễn", "snv.appraiser", "chilang.officer"] { #expect(!unit.has(name), "\(name)") }
                #expect(page.headers.first(name: .cacheControl) == "public, max-age=60")
                // The annex for anyone working in Excel, every unit ranked.
                let csv = try await browser.get(Paths.portalResultsCSV(id).href)
                #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
                #expect(csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 12)
                #expect(try await browser.get(Paths.portalResultsXLSX(id).href).status == .ok)
            }
        }

        @Test func anUnpublishedPeriodIsNotFoundWithoutAnAccountWhateverIsAsked() async throws {
            try await withApp { app in
                // setup: 2023 is open; 2022 withdrawn
                let open = try await Self.period(year: 2023, app)
                let admin = try #require(try await User.query(on: app.db).filter(\.$username == "admin").first())
                let withdrawn = try await Self.period(year: 2022, app)
                _ = try await Publication.withdraw(withdrawn.id, reason: "Rà soát lại số liệu", by: admin, on: app.db)
                let browser = Browser(app)
                // act + check
                for period in [open, withdrawn] {
                    let id = try period.requireID()
                    for path in [Paths.portalPeriod(id).href, Paths.portalUnit(id, unit: "chi-lang").href,
                                 Paths.portalResultsXLSX(id).href, Paths.portalResultsCSV(id).href, APIPaths.publicResults(period: id).href] {
                        #expect(try await browser.get(path).status == .notFound, "\(path)")
                    }
                }
                let list = try await APITests.call(app, .GET, APIPaths.publicPeriods.href)
                #expect(list.status == .ok && list.array.isEmpty)
                #expect(try await browser.get(Paths.portal.href).has("Chưa có kết quả nào được công bố."))
            }
        }

        @Test func onlyTheAdministratorPublishesAnApprovedPeriodAndBothStepsAreAudited() async throws {
            try await withApp { app in
                // setup
                let older = try await Self.period(year: 2022, app)
                let id = try older.requireID()
                let open = try await Self.period(year: 2023, app)
                let admin = try await APITests.token(app, Demo.admin)
                let appraiser = try await APITests.token(app, Demo.appraiser)
                // act + check: the appraiser may not; an open period may not be published
                #expect(try await APITests.call(app, .DELETE, APIPaths.publication(period: id).href + "?reason=x", token: appraiser).status == .forbidden)
                let refused = try await APITests.call(app, .POST, APIPaths.publication(period: open.requireID()).href, token: admin)
                #expect(refused.status == .conflict && refused.message?.contains("chưa được phê duyệt") == true)
                // a reason is required to withdraw
                let noReason = try await APITests.call(app, .DELETE, APIPaths.publication(period: id).href, token: admin)
                #expect(noReason.status == .unprocessableEntity)
                let withdrawn = try await APITests.call(app, .DELETE, APIPaths.publication(period: id).href + "?reason=S%E1%BB%ADa%20s%E1%BB%91%20li%E1%BB%87u", token: admin)
                #expect(withdrawn.status == .ok && withdrawn.object["published_at"] == nil)
                let again = try await APITests.call(app, .POST, APIPaths.publication(period: id).href, token: admin)
                #expect(again.status == .ok && (again.object["published_at"] as? String)?.isEmpty == false)
                let events = try await AuditEvent.query(on: app.db).filter(\.$subject == .publication).sort(\.$at).all()
                #expect(events.count == 3) // the demo's own publication, the withdrawal, the new publication
                #expect(events.map(\.newValue?.isEmpty) == [false, false, false])
                #expect(events[1].reason == "Sửa số liệu")
            }
        }

        @Test func aPublishedRankingIsFrozenUntilWithdrawn() async throws {
            try await withApp { app in
                // setup
                let older = try await Self.period(year: 2022, app)
                let record = try #require(try await AssessmentRecord.query(on: app.db).filter(\.$periodID == older.requireID()).first())
                let admin = try #require(try await User.query(on: app.db).filter(\.$username == "admin").first())
                // act + check
                await #expect(throws: AppError.self) {
                    try await PeriodSetup.setRanked(record.id, ranked: false, reason: "Sáp nhập", by: admin, on: app.db)
                }
                _ = try await Publication.withdraw(older.id, reason: "Điều chỉnh xếp hạng", by: admin, on: app.db)
                try await PeriodSetup.setRanked(record.id, ranked: false, reason: "Sáp nhập", by: admin, on: app.db)
                #expect(try await AssessmentRecord.find(record.id, on: app.db)?.ranked == false)
            }
        }

        @Test func pagesAndAPICarryAnETagAndAnswer304WhenItMatches() async throws {
            try await withApp { app in
                // setup
                let id = try await Self.period(year: 2022, app).requireID()
                let browser = Browser(app)
                for path in [Paths.portal.href, Paths.portalPeriod(id).href, APIPaths.publicPeriods.href, APIPaths.publicResults(period: id).href] {
                    // act
                    let first = try await browser.get(path)
                    let tag = try #require(first.headers.first(name: .eTag), "\(path)")
                    let again = try await browser.get(path, headers: ["If-None-Match": tag])
                    let other = try await browser.get(path, headers: ["If-None-Match": "\"other\""])
                    // check
                    #expect(again.status == .notModified && again.body.isEmpty, "\(path)")
                    #expect(other.status == .ok && other.headers.first(name: .eTag) == tag, "\(path)")
                }
            }
        }

        @Test func thePublicResultsHaveTheShapeAndFiguresOfTheSignedInResults() async throws {
            try await withApp { app in
                // setup
                let id = try await Self.period(year: 2022, app).requireID()
                let token = try await APITests.token(app, Demo.admin)
                // act
                let signedIn = try await APITests.call(app, .GET, APIPaths.periodResults(period: id).href + "?all=1", token: token)
                let open = try await APITests.call(app, .GET, APIPaths.publicResults(period: id).href + "?all=1")
                // check
                #expect(open.status == .ok && signedIn.status == .ok)
                #expect((open.object["rows"] as? [[String: Any]])?.count == 11)
                #expect(NSDictionary(dictionary: open.object).isEqual(to: signedIn.object))
            }
        }

        @Test func visitorsAreCountedOncePerDayWithoutCookiesAndOnlyTheCountIsKept() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                // act: the same visitor three times, then another browser
                for _ in 0..<3 { _ = try await browser.get(Paths.portal.href, headers: ["User-Agent": "Firefox"]) }
                let page = try await browser.get(Paths.portal.href, headers: ["User-Agent": "Chromium"])
                // check
                #expect(page.has("Số người xem hôm nay: 2"))
                #expect(browser.cookies.isEmpty)
                let days = try await PublicVisitDay.query(on: app.db).all()
                #expect(days.map(\.visitors) == [2])
                #expect(days.first?.id == CalendarDateFixture.date(TestClock.today).iso)
            }
        }
    }
}
