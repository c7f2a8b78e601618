import Fluent
import Testing
import Vapor
@testable import ParIndexApp

extension AppTests {
    /// Who may open or post what: every role against every kind of route, with the records of
    /// their own unit and of another. The browser is never trusted, so each case goes to the server.
    @Suite("Access matrix")
    struct AccessMatrixTests {
        enum Role: CaseIterable {
            case anonymous, officer, leader, appraiser, admin

            var account: (String, String)? {
                switch self {
                case .anonymous: nil
                case .officer: Demo.officer
                case .leader: Demo.leader
                case .appraiser: Demo.appraiser
                case .admin: Demo.admin
                }
            }
        }

        struct Case {
            var name: String
            var method: HTTPMethod
            var path: String
            /// The status each role gets; anonymous users are always sent to the login page.
            var expected: [Role: HTTPStatus]
        }

        static func cases(_ app: Application) async throws -> [Case] {
            let own = try await Fixtures.parAssessment(of: "chi-lang", app)
            let other = try await Fixtures.parAssessment(of: "huu-lung", app)   // submitted
            let ownPath = Paths.assessment(try own.requireID()).href
            let otherPath = Paths.assessment(try other.requireID()).href
            let ownUnit = try await Fixtures.unit("chi-lang", app).requireID()
            let otherUnit = try await Fixtures.unit("huu-lung", app).requireID()
            let period = try #require(try await Period.query(on: app.db).first()).requireID()
            let set = try #require(try await CriteriaSetRecord.query(on: app.db).first()).requireID()
            let otherUser = try #require(try await User.query(on: app.db).filter(\.$username == "chilang.leader").first()).requireID()
            func all(_ status: HTTPStatus) -> [Role: HTTPStatus] {
                [.officer: status, .leader: status, .appraiser: status, .admin: status]
            }
            let adminOnly: [Role: HTTPStatus] = [.officer: .forbidden, .leader: .forbidden, .appraiser: .forbidden, .admin: .ok]
            return [
                Case(name: "home", method: .GET, path: "/", expected: all(.ok)),
                Case(name: "own draft", method: .GET, path: ownPath, expected: [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                Case(name: "other unit's assessment", method: .GET, path: otherPath, expected: [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                Case(name: "other unit's history", method: .GET, path: otherPath + "/history/3.6", expected: [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                Case(name: "print view of own draft", method: .GET, path: ownPath + "/print", expected: [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                Case(name: "self entry on own draft", method: .POST, path: ownPath + "/entries/1.2", expected: [.officer: .seeOther, .leader: .seeOther, .appraiser: .notFound, .admin: .forbidden]),
                Case(name: "self entry on another unit", method: .POST, path: otherPath + "/entries/1.2", expected: [.officer: .notFound, .leader: .notFound, .appraiser: .forbidden, .admin: .forbidden]),
                Case(name: "appraisal of a submitted assessment", method: .POST, path: otherPath + "/appraisal/1.2", expected: [.officer: .notFound, .leader: .notFound, .appraiser: .conflict, .admin: .forbidden]),
                Case(name: "own evidence library", method: .GET, path: Paths.evidenceLibrary(unit: ownUnit).href, expected: [.officer: .ok, .leader: .ok, .appraiser: .ok, .admin: .ok]),
                Case(name: "other unit's evidence library", method: .GET, path: Paths.evidenceLibrary(unit: otherUnit).href, expected: [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                Case(name: "appraisal queue", method: .GET, path: Paths.appraisalQueue.href, expected: [.officer: .forbidden, .leader: .forbidden, .appraiser: .ok, .admin: .ok]),
                Case(name: "survey import", method: .POST, path: Paths.surveyImport(period: period).href, expected: [.officer: .forbidden, .leader: .forbidden, .appraiser: .unprocessableEntity, .admin: .unprocessableEntity]),
                Case(name: "admin units", method: .GET, path: Paths.adminUnits.href, expected: adminOnly),
                Case(name: "admin users", method: .GET, path: Paths.adminUsers.href, expected: adminOnly),
                Case(name: "admin unit", method: .GET, path: Paths.adminUnit(ownUnit).href, expected: adminOnly),
                Case(name: "admin criteria sets", method: .GET, path: Paths.adminCriteriaSets.href, expected: adminOnly),
                Case(name: "admin criteria set", method: .GET, path: Paths.adminCriteriaSet(set).href, expected: adminOnly),
                Case(name: "admin periods", method: .GET, path: Paths.adminPeriods.href, expected: adminOnly),
                Case(name: "admin period", method: .GET, path: Paths.adminPeriod(period).href, expected: adminOnly),
                Case(name: "deactivate an account", method: .POST, path: Paths.adminUserActive(otherUser).href,
                     expected: [.officer: .forbidden, .leader: .forbidden, .appraiser: .forbidden, .admin: .seeOther]),
                Case(name: "criterion evidence page", method: .GET, path: Paths.criterionEvidence(try own.requireID(), code: "1.2").href,
                     expected: [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .forbidden]),
                Case(name: "create a user", method: .POST, path: Paths.adminUsers.href,
                     expected: [.officer: .forbidden, .leader: .forbidden, .appraiser: .forbidden, .admin: .badRequest]),
            ]
        }

        @Test(arguments: Role.allCases)
        func everyRoleGetsWhatItMayAndNothingElse(role: Role) async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                if let account = role.account { try await browser.login(account.0, account.1) } else { try await browser.get("/login") }
                for check in try await Self.cases(app) {
                    // act
                    let page = check.method == .GET
                        ? try await browser.get(check.path)
                        : try await browser.post(check.path, ["answer": "yes", "version": "1"])
                    // check
                    if role == .anonymous {
                        #expect(page.status == .seeOther, "\(check.name)")
                        #expect(page.location?.hasPrefix("/login") == true, "\(check.name)")
                    } else {
                        #expect(page.status == check.expected[role], "\(check.name) as \(role): \(page.status)")
                    }
                }
            }
        }

        @Test func evidenceFilesAreServedOnlyToThoseWhoMaySeeThem() async throws {
            try await withApp { app in
                // setup: a document in Hữu Lũng's library
                let unit = try await Fixtures.unit("huu-lung", app)
                let document = EvidenceDocument(unitID: try unit.requireID(), uploadedBy: nil, title: "Báo cáo", documentNumber: "", issuer: "",
                                                issuedOn: nil, contentHash: String(repeating: "a", count: 64), originalName: "bc.pdf",
                                                contentType: "application/pdf", byteCount: 4)
                try await document.create(on: app.db)
                let store = EvidenceStore(root: app.settings.evidenceDirectory)
                let path = store.path(forHash: document.contentHash)
                try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("%PDF".utf8).write(to: path)
                let href = Paths.evidenceFile(try document.requireID()).href
                // act / check
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                #expect(try await officer.get(href).status == .notFound)
                let appraiser = Browser(app)
                try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
                let served = try await appraiser.get(href)
                #expect(served.status == .ok)
                #expect(served.headers.first(name: .contentType) == "application/pdf")
                #expect(served.headers.first(name: "Content-Security-Policy")?.contains("sandbox") == true)
            }
        }
    }
}
