import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

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
            /// The route, as its table names it; the link and the route pattern both come from it.
            var route: Route
            /// The status each role gets; anonymous users are always sent to the login page
            /// (pages) or answered 401 (API).
            var expected: [Role: HTTPStatus]

            enum Route {
                case page(Paths)
                case api(APIPaths)

                var href: String {
                    switch self {
                    case let .page(path): path.href
                    case let .api(path): path.href
                    }
                }

                var pattern: String {
                    switch self {
                    case let .page(path): "/" + path.pattern.map(\.description).joined(separator: "/")
                    case let .api(path): "/" + path.pattern.map(\.description).joined(separator: "/")
                    }
                }
            }
        }

        /// Everyone reaches these without signing in: health, assets, display controls, the login
        /// form, the API's document and its token endpoint, and the public results portal (whose
        /// 404 for anything unpublished `PortalTests` checks).
        static let publicRoutes: Set<String> = [
            "GET /health", "GET /assets/app.css", "GET /assets/app.js", "GET /preferences", "GET /login", "POST /login",
            "GET /api/v1/openapi.yaml", "POST /api/v1/tokens",
            "GET /public", "GET /public/:periodID", "GET /public/:periodID/units/:unitCode",
            "GET /public/:periodID/results.xlsx", "GET /public/:periodID/results.csv",
            "GET /api/v1/public/periods", "GET /api/v1/public/periods/:periodID/results",
            "GET /s/:surveyCode", "POST /s/:surveyCode", "GET /s/:surveyCode/thanks", "GET /s/:surveyCode/qr.svg", "GET /s/:surveyCode/poster",
            "POST /api/v1/public/surveys/:surveyCode/responses",
        ]

        static var apiBody: [String: Any] { ["answer": "yes", "version": 1, "difficulties": "", "proposals": ""] }

        static func cases(_ app: Application) async throws -> [Case] {
            let own = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
            let other = try await Fixtures.parAssessment(of: "huu-lung", app).requireID()   // submitted
            let ownUnit = try await Fixtures.unit("chi-lang", app).requireID()
            let otherUnit = try await Fixtures.unit("huu-lung", app).requireID()
            let period = try #require(try await Period.query(on: app.db).first()).requireID()
            let set = try #require(try await CriteriaSetRecord.query(on: app.db).first()).requireID()
            let openPeriod = try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first()).requireID()
            let otherUser = try #require(try await User.query(on: app.db).filter(\.$username == "chilang.leader").first()).requireID()
            let document = UUID(), link = UUID(), request = UUID()
            func all(_ status: HTTPStatus) -> [Role: HTTPStatus] {
                [.officer: status, .leader: status, .appraiser: status, .admin: status]
            }
            func adminOnly(_ status: HTTPStatus) -> [Role: HTTPStatus] {
                [.officer: .forbidden, .leader: .forbidden, .appraiser: .forbidden, .admin: status]
            }
            func surveyStaff(_ status: HTTPStatus) -> [Role: HTTPStatus] {
                [.officer: .forbidden, .leader: .forbidden, .appraiser: status, .admin: status]
            }
            let campaign = UUID(), response = UUID(), questionnaire = UUID()
            let page = { (name: String, method: HTTPMethod, path: Paths, expected: [Role: HTTPStatus]) in
                Case(name: name, method: method, route: .page(path), expected: expected)
            }
            let api = { (name: String, method: HTTPMethod, path: APIPaths, expected: [Role: HTTPStatus]) in
                Case(name: "API " + name, method: method, route: .api(path), expected: expected)
            }
            return [
                page("home", .GET, .home, all(.ok)),
                page("own draft", .GET, .assessment(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                page("other unit's assessment", .GET, .assessment(other), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                page("other unit's history", .GET, .criterionHistory(other, code: "3.6"), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                page("print view of own draft", .GET, .assessmentPrint(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                page("self entry on own draft", .POST, .saveEntry(own, code: "1.2"), [.officer: .seeOther, .leader: .seeOther, .appraiser: .notFound, .admin: .forbidden]),
                page("self entry on another unit", .POST, .saveEntry(other, code: "1.2"), [.officer: .notFound, .leader: .notFound, .appraiser: .forbidden, .admin: .forbidden]),
                page("appraisal of a submitted assessment", .POST, .saveAppraisal(other, code: "1.2"), [.officer: .notFound, .leader: .notFound, .appraiser: .conflict, .admin: .forbidden]),
                page("survey points on a submitted assessment", .POST, .saveSurvey(other, code: "6.1"), [.officer: .notFound, .leader: .notFound, .appraiser: .unprocessableEntity, .admin: .unprocessableEntity]),
                page("preview of own draft", .POST, .previewEntry(own, code: "1.2", layer: .selfAssessed), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .forbidden]),
                page("explanation request on a submitted assessment", .POST, .requestExplanation(other, code: "1.2"), [.officer: .notFound, .leader: .notFound, .appraiser: .conflict, .admin: .forbidden]),
                page("answer on own draft", .POST, .answerExplanation(own, request: request), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .forbidden]),
                page("withdraw own draft", .POST, .workflowAction(own, action: .withdraw), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .conflict]),
                page("report of own draft", .POST, .saveReport(own), [.officer: .seeOther, .leader: .seeOther, .appraiser: .notFound, .admin: .forbidden]),
                page("criterion evidence page", .GET, .criterionEvidence(own, code: "1.2"), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .forbidden]),
                page("link evidence on own draft", .POST, .linkEvidence(own, code: "1.2"), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .forbidden]),
                page("unlink evidence on own draft", .POST, .unlinkEvidence(own, link: link), [.officer: .notFound, .leader: .notFound, .appraiser: .notFound, .admin: .notFound]),
                page("own evidence library", .GET, .evidenceLibrary(unit: ownUnit), all(.ok)),
                page("other unit's evidence library", .GET, .evidenceLibrary(unit: otherUnit), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                page("upload to another unit's library", .POST, .uploadEvidence(unit: otherUnit), [.officer: .notFound, .leader: .notFound, .appraiser: .notFound, .admin: .notFound]),
                page("an evidence file that does not exist", .GET, .evidenceFile(document), all(.notFound)),
                page("appraisal queue", .GET, .appraisalQueue, [.officer: .forbidden, .leader: .forbidden, .appraiser: .ok, .admin: .ok]),
                page("survey import", .POST, .surveyImport(period: period), [.officer: .forbidden, .leader: .forbidden, .appraiser: .unprocessableEntity, .admin: .unprocessableEntity]),
                page("a period's results", .GET, .periodResults(period), all(.ok)),
                page("reconcile own draft without figures", .POST, .reconcile(own), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .unprocessableEntity]),
                page("meeting on own draft", .GET, .meeting(own, field: 2), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                page("minutes of own draft", .GET, .minutes(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                // The matrix sends version 1 where no note exists yet: past the permission, refused as a conflict.
                page("committee notes on own draft", .POST, .saveCommitteeNote(own, code: "6"), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .forbidden]),
                page("committee notes on another unit", .POST, .saveCommitteeNote(other, code: "6"), [.officer: .notFound, .leader: .notFound, .appraiser: .forbidden, .admin: .forbidden]),
                page("analysis of own draft", .GET, .assessmentAnalysis(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                page("analysis of another unit's assessment", .GET, .assessmentAnalysis(other), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                page("results of a period that does not exist", .GET, .periodResults(document), all(.notFound)),
                page("admin units", .GET, .adminUnits, adminOnly(.ok)),
                page("create a unit", .POST, .adminUnits, adminOnly(.badRequest)),
                page("create a unit group", .POST, .adminUnitGroups, adminOnly(.badRequest)),
                page("admin unit", .GET, .adminUnit(ownUnit), adminOnly(.ok)),
                page("edit a unit", .POST, .adminUnit(ownUnit), adminOnly(.badRequest)),
                page("admin users", .GET, .adminUsers, adminOnly(.ok)),
                page("create a user", .POST, .adminUsers, adminOnly(.badRequest)),
                page("deactivate an account", .POST, .adminUserActive(otherUser), adminOnly(.seeOther)),
                page("admin criteria sets", .GET, .adminCriteriaSets, adminOnly(.ok)),
                page("import a criteria set", .POST, .adminCriteriaSets, adminOnly(.unprocessableEntity)),
                page("admin criteria set", .GET, .adminCriteriaSet(set), adminOnly(.ok)),
                page("edit a criteria set", .POST, .adminCriteriaSet(set), adminOnly(.unprocessableEntity)),
                page("edit a criteria set's outline", .POST, .adminCriteriaSetOutline(set), adminOnly(.seeOther)),
                page("clone a criteria set", .POST, .adminCloneCriteriaSet(set), adminOnly(.seeOther)),
                page("admin periods", .GET, .adminPeriods, adminOnly(.ok)),
                page("open a period", .POST, .adminPeriods, adminOnly(.badRequest)),
                page("admin period", .GET, .adminPeriod(period), adminOnly(.ok)),
                page("assign an appraiser", .POST, .adminAssignments(period: period), adminOnly(.unprocessableEntity)),
                page("approve a period", .POST, .adminApprove(period: period), adminOnly(.conflict)),
                page("keep a unit out of the ranking", .POST, .adminRanking(period: period), adminOnly(.notFound)),
                page("results as .xlsx", .GET, .resultsXLSX(period), all(.ok)),
                page("results as .csv", .GET, .resultsCSV(period), all(.ok)),
                page("score sheet of own draft", .GET, .sheet(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                page("score sheet of another unit as .xlsx", .GET, .sheetXLSX(other), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                page("template of own draft", .GET, .templateXLSX(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                // The matrix posts a form, not a file: past the permission, refused as a file that is not there.
                page("import into own draft", .POST, .importScores(own), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .forbidden]),
                page("import into another unit's draft", .POST, .importScores(other), [.officer: .notFound, .leader: .notFound, .appraiser: .forbidden, .admin: .forbidden]),
                // The matrix posts a form, not a file: the leader gets past the permission to a missing file.
                page("signed sheet on own draft", .POST, .signedSheet(own), [.officer: .forbidden, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .forbidden]),
                page("publish an open period", .POST, .adminPublish(period: openPeriod), adminOnly(.conflict)),
                page("withdraw a publication without a reason", .POST, .adminWithdraw(period: openPeriod), adminOnly(.unprocessableEntity)),
                page("surveys", .GET, .surveys, surveyStaff(.ok)),
                page("a campaign that does not exist", .GET, .campaign(campaign), surveyStaff(.notFound)),
                page("answers of a campaign that does not exist", .GET, .campaignAnswersCSV(campaign), surveyStaff(.notFound)),
                page("answers of a campaign that does not exist as .xlsx", .GET, .campaignAnswersXLSX(campaign), surveyStaff(.notFound)),
                page("paper form of a campaign that does not exist", .GET, .paperEntry(campaign: campaign), surveyStaff(.notFound)),
                page("paper questionnaire for a campaign that does not exist", .POST, .paperEntry(campaign: campaign), surveyStaff(.notFound)),
                page("import an empty questionnaire", .POST, .adminQuestionnaires, adminOnly(.unprocessableEntity)),
                page("a questionnaire that does not exist", .GET, .adminQuestionnaireYAML(questionnaire), adminOnly(.notFound)),
                page("the page of a questionnaire that does not exist", .GET, .adminQuestionnaire(questionnaire), adminOnly(.notFound)),
                page("a new version of a questionnaire that does not exist", .POST, .adminQuestionnaire(questionnaire), adminOnly(.notFound)),
                page("next year's copy of a questionnaire that does not exist", .POST, .adminCloneQuestionnaire(questionnaire), adminOnly(.notFound)),
                page("open a campaign without a questionnaire", .POST, .adminCampaigns, adminOnly(.unprocessableEntity)),
                page("close a campaign that does not exist", .POST, .adminCloseCampaign(campaign), adminOnly(.notFound)),
                page("void an answer that does not exist", .POST, .adminVoidResponse(response), adminOnly(.notFound)),
                page("count an answer that does not exist", .POST, .adminCountResponse(response), adminOnly(.notFound)),

                api("me", .GET, .me, all(.ok)),
                api("units", .GET, .units, all(.ok)),
                api("periods", .GET, .periods, all(.ok)),
                api("criteria sets", .GET, .criteriaSets, all(.ok)),
                api("unit groups", .GET, .unitGroups, all(.ok)),
                api("assessments", .GET, .assessments, all(.ok)),
                api("a period's results", .GET, .periodResults(period: period), all(.ok)),
                // Without a target the plan is refused past the permission check.
                api("committee notes of own draft", .GET, .committeeNotes(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                api("committee notes on own draft", .PUT, .committeeNote(own, code: "6"), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .forbidden]),
                api("reconcile own draft", .POST, .reconcile(own), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .unprocessableEntity]),
                api("YAML of own draft", .GET, .assessmentYAML(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                api("keep a unit out of the ranking", .PUT, .ranking(own), adminOnly(.badRequest)),
                api("plan of own draft", .GET, .plan(own), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .unprocessableEntity]),
                api("results of a period that does not exist", .GET, .periodResults(period: document), all(.notFound)),
                api("own draft", .GET, .assessment(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                api("other unit's assessment", .GET, .assessment(other), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                // The page case above saved 1.2 already, so version 1 is stale: past the permission, refused as a conflict.
                api("self entry on own draft", .PUT, .selfEntry(own, code: "1.2"), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .forbidden]),
                api("appraisal of a submitted assessment", .PUT, .appraisal(other, code: "1.2"), [.officer: .notFound, .leader: .notFound, .appraiser: .conflict, .admin: .forbidden]),
                api("survey points", .PUT, .survey(other, code: "6.1"), [.officer: .notFound, .leader: .notFound, .appraiser: .unprocessableEntity, .admin: .unprocessableEntity]),
                api("withdraw own draft", .POST, .action(own, action: .withdraw), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .conflict]),
                api("explanation request", .POST, .explanations(other, code: "1.2"), [.officer: .notFound, .leader: .notFound, .appraiser: .conflict, .admin: .forbidden]),
                api("answer on own draft", .POST, .answer(own, request: request), [.officer: .conflict, .leader: .conflict, .appraiser: .notFound, .admin: .forbidden]),
                api("link evidence", .POST, .links(own, code: "1.2"), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .forbidden]),
                api("unlink evidence", .DELETE, .link(own, code: "1.2", link: link), [.officer: .notFound, .leader: .notFound, .appraiser: .notFound, .admin: .notFound]),
                api("report of own draft", .PUT, .report(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .forbidden]),
                api("history", .GET, .history(other, code: "3.6"), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                api("upload to another unit's library", .POST, .evidenceLibrary(unit: otherUnit), [.officer: .notFound, .leader: .notFound, .appraiser: .notFound, .admin: .notFound]),
                api("other unit's library", .GET, .evidenceLibrary(unit: otherUnit), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                api("an evidence file that does not exist", .GET, .evidenceFile(document), all(.notFound)),
                api("survey import", .POST, .surveyImport(period: period), [.officer: .forbidden, .leader: .forbidden, .appraiser: .unprocessableEntity, .admin: .unprocessableEntity]),
                api("import a criteria set", .POST, .criteriaSets, adminOnly(.unprocessableEntity)),
                api("edit a criteria set", .PUT, .criteriaSet(set), adminOnly(.unprocessableEntity)),
                api("clone a criteria set", .POST, .cloneCriteriaSet(set), adminOnly(.created)),
                api("create a unit", .POST, .units, adminOnly(.badRequest)),
                api("edit a unit", .PUT, .unit(ownUnit), adminOnly(.badRequest)),
                api("create a unit group", .POST, .unitGroups, adminOnly(.badRequest)),
                api("create a user", .POST, .users, adminOnly(.badRequest)),
                api("deactivate an account", .PUT, .userActive(otherUser), adminOnly(.badRequest)),
                api("open a period", .POST, .periods, adminOnly(.badRequest)),
                api("assign an appraiser", .POST, .assignments(period: period), adminOnly(.badRequest)),
                api("approve a period", .POST, .approve(period: period), adminOnly(.conflict)),
                api("results as .xlsx", .GET, .resultsXLSX(period: document), all(.notFound)),
                api("results as .csv", .GET, .resultsCSV(period: period), all(.ok)),
                api("score sheet of own draft as .xlsx", .GET, .sheetXLSX(own), [.officer: .ok, .leader: .ok, .appraiser: .notFound, .admin: .ok]),
                api("template of another unit", .GET, .templateXLSX(other), [.officer: .notFound, .leader: .notFound, .appraiser: .ok, .admin: .ok]),
                api("import a body that is not a workbook", .POST, .importScores(own), [.officer: .unprocessableEntity, .leader: .unprocessableEntity, .appraiser: .notFound, .admin: .forbidden]),
                api("publish an open period", .POST, .publication(period: openPeriod), adminOnly(.conflict)),
                api("withdraw a publication without a reason", .DELETE, .publication(period: openPeriod), adminOnly(.unprocessableEntity)),
                api("questionnaires", .GET, .questionnaires, adminOnly(.ok)),
                api("import a questionnaire that is not one", .POST, .questionnaires, adminOnly(.unprocessableEntity)),
                api("a questionnaire that does not exist", .GET, .questionnaireYAML(questionnaire), adminOnly(.notFound)),
                api("campaigns", .GET, .campaigns, adminOnly(.ok)),
                api("open a campaign without its fields", .POST, .campaigns, adminOnly(.badRequest)),
                api("close a campaign that does not exist", .POST, .closeCampaign(campaign), adminOnly(.notFound)),
                api("results of a campaign that does not exist", .GET, .campaignResults(campaign), surveyStaff(.notFound)),
                api("paper questionnaire for a campaign that does not exist", .POST, .paperResponses(campaign: campaign), surveyStaff(.notFound)),
                api("void without a reason", .POST, .voidResponse(response), adminOnly(.badRequest)),
                api("count an answer that does not exist", .POST, .countResponse(response), adminOnly(.notFound)),
                // Last: it ends the browser's session.
                page("log out", .POST, .logout, all(.seeOther)),
            ]
        }

        @Test(arguments: Role.allCases)
        func everyRoleGetsWhatItMayAndNothingElse(role: Role) async throws {
            try await withApp { app in
                // setup
                let browser = Browser(app)
                if let account = role.account { try await browser.login(account.0, account.1) } else { try await browser.get("/login") }
                var token: String?
                if let account = role.account { token = try await APITests.token(app, account) }
                for check in try await Self.cases(app) {
                    // act: forms and API bodies carry the fields most of them read
                    let status: HTTPStatus
                    switch check.route {
                    case .page:
                        let page = check.method == .GET
                            ? try await browser.get(check.route.href)
                            : try await browser.post(check.route.href, ["answer": "yes", "version": "1"])
                        status = page.status
                        if role == .anonymous { #expect(page.location?.hasPrefix("/login") == true, "\(check.name)") }
                    case .api:
                        status = try await APITests.call(app, check.method, check.route.href, token: token,
                                                         json: check.method == .GET || check.method == .DELETE ? nil : Self.apiBody).status
                    }
                    // check
                    let expected: HTTPStatus? = switch (role, check.route) {
                    case (.anonymous, .page): .seeOther
                    case (.anonymous, .api): .unauthorized
                    default: check.expected[role]
                    }
                    #expect(status == expected, "\(check.name) as \(role): \(status)")
                }
            }
        }

        @Test func theMatrixCoversEveryRouteOfThePagesAndTheAPI() async throws {
            try await withApp { app in
                // setup
                let registered = Set(app.routes.all.map { route in
                    route.method.rawValue + " /" + route.path.map(\.description).joined(separator: "/")
                })
                // act
                let covered = Set(try await Self.cases(app).map { $0.method.rawValue + " " + $0.route.pattern })
                // check
                #expect(registered.subtracting(covered).subtracting(Self.publicRoutes).sorted() == [])
                #expect(covered.subtracting(registered).sorted() == [])
                #expect(Self.publicRoutes.subtracting(registered).sorted() == [])
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
