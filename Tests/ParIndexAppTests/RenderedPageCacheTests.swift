import Fluent
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
    /// A page kept in memory is served again only while nothing it shows has changed: a write by
    /// anyone — another user, another process, a hand-typed statement — shows at once.
    @Suite("Rendered pages kept while the data is unchanged")
    struct RenderedPageCacheTests {
        @Test func theSecondViewIsServedFromMemoryAndIsTheSamePage() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                _ = try await browser.get(path) // takes the login's notice: not kept
                // act
                let first = try await browser.get(path)
                let before = app.renderedPages.counts
                let second = try await browser.get(path)
                let after = app.renderedPages.counts
                // check
                #expect(first.status == .ok && second.status == .ok)
                #expect(after.hits == before.hits + 1)
                #expect(second.body == first.body)
                #expect(second.headers.first(name: "Content-Security-Policy") != nil, "security headers are added to a kept page too")
            }
        }

        @Test func aWriteByAnotherUserOrProcessShowsAtOnce() async throws {
            try await withApp { app in
                // setup: the officer's page kept
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                _ = try await officer.get(path)
                let kept = try await officer.get(path)
                #expect(kept.has("UBND huyện Chi Lăng"))
                // act: the leader saves a criterion; then a statement outside the app renames the unit
                let leader = Browser(app)
                try await leader.login(Demo.leader.0, Demo.leader.1)
                let page = try await leader.get(path)
                let saved = try await leader.post(path + "/entries/3.6", ["achieved": "45,5", "note": "Ghi chú của lãnh đạo 7Q",
                                                                         "version": Fixtures.version(of: "3.6", in: page.body)])
                let afterSave = try await officer.get(path)
                let sql = try #require(app.db as? any SQLDatabase)
                try await sql.raw("UPDATE units SET name = 'UBND huyện Chi Lăng (đổi tên)' WHERE code = 'chi-lang'").run()
                let afterRename = try await officer.get(path)
                // check
                #expect(saved.status == .seeOther)
                #expect(afterSave.has("Ghi chú của lãnh đạo 7Q"))
                #expect(afterRename.has("UBND huyện Chi Lăng (đổi tên)"))
            }
        }

        @Test func aPageIsKeptPerReaderAndNeverCarriesAnotherReadersNameOrToken() async throws {
            try await withApp { app in
                // setup: the officer's page kept
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                _ = try await officer.get(path)
                let officersPage = try await officer.get(path)
                // act: the leader reads the same address, then in English
                let leader = Browser(app)
                try await leader.login(Demo.leader.0, Demo.leader.1)
                _ = try await leader.get(path)
                let leadersPage = try await leader.get(path)
                leader.setCookie("lang", "en")
                let english = try await leader.get(path)
                // check
                #expect(leadersPage.has("<span class=\"who\">Lãnh đạo UBND huyện Chi Lăng"))
                #expect(officersPage.has("<span class=\"who\">Cán bộ đầu mối Chi Lăng"))
                #expect(Browser.csrfToken(in: leadersPage.body) != Browser.csrfToken(in: officersPage.body))
                #expect(english.body.contains("lang=\"en\""))
            }
        }

        @Test func aNoticeIsShownOnceAndTheNextViewHasNone() async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                let page = try await browser.get(path)
                _ = try await browser.get(path)
                // act
                _ = try await browser.post(path + "/entries/3.6", ["achieved": "45,5", "version": Fixtures.version(of: "3.6", in: page.body)])
                let withNotice = try await browser.get(path)
                let next = try await browser.get(path)
                // check
                #expect(withNotice.has("Đã lưu tiêu chí 3.6"))
                #expect(!next.has("Đã lưu tiêu chí 3.6"))
            }
        }

        @Test func theCacheHoldsNoMoreThanItsBudget() throws {
            // setup: room for four pages of 500 bytes (a page may take up to a quarter of the budget)
            let today = try #require(CalendarDate(year: 2026, month: 12, day: 2))
            let tomorrow = try #require(CalendarDate(year: 2026, month: 12, day: 3))
            let cache = RenderedPageCache(byteBudget: 2_000)
            let validity = RenderedPageCache.Validity(revision: "r1", day: today)
            let readers = (0..<5).map { n in
                RenderedPageCache.Reader(userID: UUID(), csrfToken: "t\(n)", path: "/p", language: .vi, display: DisplayPreferences())
            }
            func page(_ bytes: Int) -> Response { Response(status: .ok, body: .init(buffer: ByteBuffer(repeating: 0x41, count: bytes))) }
            // act: four pages kept, the first read again, then a fifth
            for reader in readers.prefix(4) { cache.keep(page(500), for: reader, validity: validity) }
            _ = cache.page(for: readers[0], validity: validity)
            cache.keep(page(500), for: readers[4], validity: validity)
            cache.keep(page(501), for: readers[3], validity: validity)
            // check: the least recently read (the second) went; a page over a quarter is not kept
            #expect(cache.counts.bytes <= cache.byteBudget)
            #expect(cache.page(for: readers[0], validity: validity) != nil)
            #expect(cache.page(for: readers[1], validity: validity) == nil)
            #expect(cache.page(for: readers[4], validity: validity) != nil)
            #expect(cache.page(for: readers[3], validity: validity) != nil, "the earlier page stays when a larger one is refused")
            #expect(cache.page(for: readers[4], validity: .init(revision: "r2", day: today)) == nil)
            #expect(cache.page(for: readers[4], validity: .init(revision: "r1", day: tomorrow)) == nil)
            cache.keep(Response(status: .notFound, body: .init(buffer: ByteBuffer(repeating: 0x41, count: 10))), for: readers[1], validity: validity)
            #expect(cache.page(for: readers[1], validity: validity) == nil, "only a 200 is kept")
        }
    }

    /// The revision the kept pages stand on.
    @Suite("Data revision")
    struct DataRevisionTests {
        @Test func aCommittedWriteMovesTheRevisionAndAReadDoesNot() async throws {
            try await withApp { app in
                // act
                let first = try await DataRevision.current(on: app.db)
                _ = try await ParIndexData.Unit.query(on: app.db).count()
                let afterRead = try await DataRevision.current(on: app.db)
                try await app.db.transaction { db in
                    try await ParIndexData.Unit.query(on: db).filter(\.$code == "chi-lang").set(\.$name, to: "Chi Lăng mới").update()
                }
                let afterWrite = try await DataRevision.current(on: app.db)
                // check
                #expect(!first.isEmpty)
                #expect(afterRead == first)
                #expect(afterWrite != first)
            }
        }

        @Test(.disabled(if: runsOnPostgres, "PostgreSQL's revision is its snapshot: no trigger to check"))
        func everySQLiteTableButTheExemptOnesBumpsTheRevision() async throws {
            try await withApp { app in
                // setup
                let sql = try #require(app.db as? any SQLDatabase)
                let tables = try await DataRevision.watchableTables(on: sql)
                let triggers = Set(try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'trigger'").all()
                    .map { try $0.decode(column: "name", as: String.self) })
                // check: a table added by a later migration without `DataRevision.watch` fails here
                #expect(tables.count >= 10)
                for table in tables {
                    for operation in DataRevision.operations {
                        #expect(triggers.contains(DataRevision.triggerName(table, operation)), "\(table) has no \(operation) trigger")
                    }
                }
            }
        }
    }
}
