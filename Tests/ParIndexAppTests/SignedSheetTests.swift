import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
    /// The signed and stamped score sheet: attached by the leader before submitting (a PDF checked
    /// like any evidence), audited, kept with the submission, shown to the appraiser.
    @Suite("Signed score sheet")
    struct SignedSheetTests {
        @Test func theLeaderAttachesTheScanItGoesWithTheSubmissionAndTheAppraiserSeesIt() async throws {
            try await withApp { app in
                // setup
                let leader = Browser(app)
                try await leader.login(Demo.leader.0, Demo.leader.1)
                let path = try await Fixtures.chiLangPath(app)
                let page = try await leader.get(path)
                #expect(page.has("id=\"signed-sheet-form\""))
                // act
                let attached = try await leader.upload(path + "/signed-sheet", fields: [("document_number", "15/BC-UBND")],
                                                       fileName: "bang-diem-da-ky.pdf", content: EvidenceSamples.pdf())
                let submitted = try await leader.post(path + "/actions/submit", ["version": "1"])
                // check
                #expect(attached.status == .seeOther && submitted.status == .seeOther)
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let sheetID = try #require(record.signedSheetID)
                let document = try #require(try await EvidenceDocument.find(sheetID, on: app.db))
                #expect(document.contentType == "application/pdf" && document.documentNumber == "15/BC-UBND")
                let audit = try await AuditEvent.query(on: app.db).filter(\.$subject == .signedSheet).all()
                #expect(audit.count == 1 && audit.first?.newValue?.contains("sha256") == true)
                let appraiser = Browser(app)
                try await appraiser.login(Demo.appraiser.0, Demo.appraiser.1)
                let seen = try await appraiser.get(path)
                #expect(seen.has("id=\"signed-sheet-link\"") && seen.has(Paths.evidenceFile(sheetID).href))
                #expect(!seen.has("id=\"signed-sheet-form\""))
                #expect(try await appraiser.get(Paths.evidenceFile(sheetID).href).status == .ok)
                // Once submitted, the scan stays as it was sent.
                let late = try await leader.upload(path + "/signed-sheet", fields: [], fileName: "khac.pdf", content: EvidenceSamples.pdf(padding: 10))
                #expect(late.status == .conflict)
                #expect(try await Fixtures.parAssessment(of: "chi-lang", app).signedSheetID == sheetID)
            }
        }

        @Test func onlyAPDFFromTheLeaderIsAttached() async throws {
            try await withApp { app in
                // setup
                let leader = Browser(app)
                try await leader.login(Demo.leader.0, Demo.leader.1)
                let officer = Browser(app)
                try await officer.login(Demo.officer.0, Demo.officer.1)
                let path = try await Fixtures.chiLangPath(app)
                try await leader.get(path)
                try await officer.get(path)
                // act
                let picture = try await leader.upload(path + "/signed-sheet", fields: [], fileName: "scan.png", content: EvidenceSamples.png)
                let fake = try await leader.upload(path + "/signed-sheet", fields: [], fileName: "scan.pdf", content: EvidenceSamples.png)
                let byOfficer = try await officer.upload(path + "/signed-sheet", fields: [], fileName: "scan.pdf", content: EvidenceSamples.pdf())
                // check
                #expect(picture.status == .unprocessableEntity && picture.has("phải là tệp PDF"))
                #expect(fake.status == .unprocessableEntity)
                #expect(byOfficer.status == .forbidden)
                #expect(try await Fixtures.parAssessment(of: "chi-lang", app).signedSheetID == nil)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$subject == .signedSheet).count() == 0)
            }
        }
    }
}
