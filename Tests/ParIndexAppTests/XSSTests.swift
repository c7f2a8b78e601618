import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// Every page, with hostile text in every string a user can type, shows it only escaped.
    @Suite("Escaping of user text")
    struct XSSTests {
        static let payloads = ["\"><script>alert(1)</script>", "' onmouseover='alert(1)"]
        static let hostile = payloads.joined(separator: " ")

        @Test func noPageRendersHostileTextUnescaped() async throws {
            try await withApp { app in
                // setup: hostile text in names, titles, notes, explanations, documents
                let unit = try await Fixtures.unit("chi-lang", app)
                unit.name = "Chi Lăng " + Self.hostile
                try await unit.update(on: app.db)
                for user in try await User.query(on: app.db).all() {
                    user.displayName = user.displayName + Self.hostile
                    try await user.update(on: app.db)
                }
                let period = try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
                period.title = Fixtures.parPeriodTitle
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                record.difficulties = Self.hostile
                record.proposals = Self.hostile
                try await record.update(on: app.db)
                let entry = try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == "3.6").first())
                entry.note = Self.hostile
                try await entry.update(on: app.db)
                try await Audit.record(.selfEntry, by: nil, assessment: record.id, code: "3.6", old: Self.hostile, new: Self.hostile, reason: Self.hostile, on: app.db)
                let document = EvidenceDocument(unitID: try unit.requireID(), uploadedBy: nil, title: Self.hostile, documentNumber: Self.hostile, issuer: Self.hostile,
                                                issuedOn: nil, contentHash: String(repeating: "b", count: 64), originalName: Self.hostile + ".pdf",
                                                contentType: "application/pdf", byteCount: 10)
                try await document.create(on: app.db)
                try await EvidenceLink(assessmentID: try record.requireID(), documentID: try document.requireID(), nodeCode: "3.6", anchor: Self.hostile, createdBy: nil).create(on: app.db)
                try await ExplanationRequest(assessmentID: try record.requireID(), nodeCode: "3.6", question: Self.hostile, askedBy: nil).create(on: app.db)
                let assessment = Paths.assessment(try record.requireID()).href
                let pages: [((String, String), [String])] = [
                    (Demo.officer, ["/", assessment, assessment + "/print", assessment + "/history/3.6", Paths.evidenceLibrary(unit: try unit.requireID()).href]),
                    (Demo.admin, ["/", assessment, Paths.appraisalQueue.href, Paths.adminUnits.href, Paths.adminUsers.href, Paths.adminPeriods.href,
                                  Paths.adminPeriod(try period.requireID()).href, Paths.adminCriteriaSets.href]),
                ]
                let published = try #require(try await Period.query(on: app.db).filter(\.$year == 2022).first()).requireID()
                let portal = [Paths.portalPeriod(published).href, Paths.portalUnit(published, unit: "chi-lang").href]
                for (account, paths) in pages + [(nil, portal)] as [((String, String)?, [String])] {
                    let browser = Browser(app)
                    if let account { try await browser.login(account.0, account.1) }
                    for path in paths {
                        // act
                        let page = try await browser.get(path)
                        // check
                        #expect(page.status == .ok, "\(path)")
                        for payload in Self.payloads {
                            #expect(!page.body.contains(payload), "\(path) shows \(payload) unescaped")
                        }
                        #expect(page.has("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path) lost the text")
                    }
                }
            }
        }
    }
}
