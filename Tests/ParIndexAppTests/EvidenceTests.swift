import Fluent
import Testing
import Vapor
@testable import ParIndexApp

extension AppTests {
    @Suite("Evidence uploads")
    struct EvidenceTests {
        static func officerOnLibrary(_ app: Application) async throws -> (Browser, String) {
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let unit = try await Fixtures.unit("chi-lang", app)
            let path = Paths.uploadEvidence(unit: try unit.requireID()).href
            try await browser.get(path)
            return (browser, path)
        }

        @Test func aPDFIsStoredOnceByContentAndCitedFromTheCriterion() async throws {
            try await withApp { app in
                // setup
                let (browser, library) = try await Self.officerOnLibrary(app)
                let assessment = try await Fixtures.parAssessment(of: "chi-lang", app)
                let fields = [("title", "Kế hoạch CCHC năm 2023"), ("document_number", "12/KH-UBND"), ("issuer", "UBND huyện Chi Lăng"),
                              ("issued_on", "15/01/2023"), ("anchor", "tr. 2")]
                let fromCriterion = library + "?assessment=\(try assessment.requireID())&code=1.1.1"
                try await browser.get(Paths.criterionEvidence(try assessment.requireID(), code: "1.1.1").href)
                // act: the same file twice
                let first = try await browser.upload(fromCriterion, fields: fields, fileName: "ke-hoach.pdf", content: Multipart.pdf)
                let second = try await browser.upload(library, fields: [("title", "Bản sao")], fileName: "ban-sao.pdf", content: Multipart.pdf)
                // check
                #expect(first.status == .seeOther)
                #expect(first.location?.hasSuffix("#c-1.1.1") == true)
                #expect(second.status == .seeOther)
                let documents = try await EvidenceDocument.query(on: app.db).all()
                #expect(documents.count == 2)
                #expect(Set(documents.map(\.contentHash)).count == 1)
                #expect(documents.first { $0.title == "Kế hoạch CCHC năm 2023" }?.issuedOn == "2023-01-15")
                let stored = try FileManager.default.subpathsOfDirectory(atPath: app.settings.evidenceDirectory.path).filter { !$0.hasPrefix("incoming") && $0.count > 3 }
                #expect(stored.count == 1)
                let link = try #require(try await EvidenceLink.query(on: app.db).first())
                #expect(link.nodeCode == "1.1.1")
                #expect(link.anchor == "tr. 2")
                let page = try await browser.get(Paths.assessment(try assessment.requireID()).href)
                #expect(page.has("Kế hoạch CCHC năm 2023</a> — tr. 2"))
                let audit = try await AuditEvent.query(on: app.db).filter(\.$subject == .evidenceLink).count()
                #expect(audit == 1)
            }
        }

        @Test func textUnderAPDFNameIsRefusedByContent() async throws {
            try await withApp { app in
                let (browser, library) = try await Self.officerOnLibrary(app)
                let refused = try await browser.upload(library, fields: [("title", "Giả mạo")], fileName: "bien-ban.pdf", content: Data("Đây không phải PDF".utf8))
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.has("Nội dung tệp không phải là PDF như tên tệp cho biết."))
                #expect(try await EvidenceDocument.query(on: app.db).count() == 0)
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: app.settings.evidenceDirectory.appendingPathComponent("incoming").path)
                #expect(leftovers.isEmpty)
            }
        }

        @Test func anOversizeFileIsRefusedAndNothingIsKept() async throws {
            try await withApp(maxUploadBytes: 64 * 1024) { app in
                let (browser, library) = try await Self.officerOnLibrary(app)
                let big = Multipart.pdf + Data(repeating: 0x20, count: 100 * 1024)
                let refused = try await browser.upload(library, fields: [("title", "Quá lớn")], fileName: "lon.pdf", content: big)
                #expect(refused.status == .payloadTooLarge)
                #expect(refused.has("Tệp vượt quá dung lượng cho phép"))
                #expect(try await EvidenceDocument.query(on: app.db).count() == 0)
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: app.settings.evidenceDirectory.appendingPathComponent("incoming").path)
                #expect(leftovers.isEmpty)
            }
        }

        @Test func aNameWithDotDotNeverReachesTheFileSystem() async throws {
            try await withApp { app in
                let (browser, library) = try await Self.officerOnLibrary(app)
                let saved = try await browser.upload(library, fields: [("title", "Đường dẫn lạ")], fileName: "../../etc/passwd.pdf", content: Multipart.pdf)
                #expect(saved.status == .seeOther)
                let document = try #require(try await EvidenceDocument.query(on: app.db).first())
                #expect(document.originalName == "../../etc/passwd.pdf")
                let path = EvidenceStore(root: app.settings.evidenceDirectory).path(forHash: document.contentHash)
                #expect(path.path.hasPrefix(app.settings.evidenceDirectory.path))
                #expect(FileManager.default.fileExists(atPath: path.path))
                #expect(!FileManager.default.fileExists(atPath: app.settings.dataDirectory.deletingLastPathComponent().appendingPathComponent("etc/passwd.pdf").path))
                let served = try await browser.get(Paths.evidenceFile(try document.requireID()).href)
                #expect(served.headers.first(name: .contentDisposition)?.contains("/") == false)
            }
        }

        @Test func anotherUnitsLibraryCannotBeUploadedTo() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                try await browser.get("/")
                let other = try await Fixtures.unit("huu-lung", app)
                let refused = try await browser.upload(Paths.uploadEvidence(unit: try other.requireID()).href, fields: [("title", "x")], fileName: "a.pdf", content: Multipart.pdf)
                #expect(refused.status == .notFound)
                #expect(try await EvidenceDocument.query(on: app.db).count() == 0)
            }
        }

        @Test func anUploadWithoutTheCSRFTokenIsRefused() async throws {
            try await withApp { app in
                let (browser, library) = try await Self.officerOnLibrary(app)
                let refused = try await browser.upload(library, fields: [("title", "x")], fileName: "a.pdf", content: Multipart.pdf, csrf: false)
                #expect(refused.status == .forbidden)
            }
        }

        @Test func officeFilesAreRecognisedByTheirParts() {
            let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
            #expect(EvidenceFileType.detect(head: zip, tail: Array("word/document.xml".utf8)) == .docx)
            #expect(EvidenceFileType.detect(head: zip, tail: Array("xl/workbook.xml".utf8)) == .xlsx)
            #expect(EvidenceFileType.detect(head: zip, tail: Array("other.txt".utf8)) == nil)
            #expect(EvidenceFileType.detect(head: [0xFF, 0xD8, 0xFF, 0xE0], tail: []) == .jpeg)
            #expect(EvidenceFileType.detect(head: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], tail: []) == .png)
            #expect(EvidenceFileType.expected(forName: "BAO-CAO.PDF") == .pdf)
            #expect(EvidenceFileType.expected(forName: "script.exe") == nil)
        }
    }
}
