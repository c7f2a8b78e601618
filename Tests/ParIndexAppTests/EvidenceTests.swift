import Fluent
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

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

        /// A refused upload: 422 with its message, no document, nothing in `incoming/` nor under a hash.
        static func expectNothingKept(_ app: Application, _ refused: Browser.Page, _ message: String) async throws {
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.has(message), "\(message)")
            #expect(try await EvidenceDocument.query(on: app.db).count() == 0)
            let evidence = app.settings.evidenceDirectory
            #expect(try FileManager.default.contentsOfDirectory(atPath: evidence.appendingPathComponent("incoming").path).isEmpty)
            #expect(try FileManager.default.subpathsOfDirectory(atPath: evidence.path).filter { !$0.hasPrefix("incoming") }.isEmpty)
        }

        @Test(arguments: HostileUpload.all)
        func aFileThatIsNotWhatItsNameSaysIsRefusedByItsStructure(_ upload: HostileUpload) async throws {
            try await withApp { app in
                // setup
                let (browser, library) = try await Self.officerOnLibrary(app)
                // act
                let refused = try await browser.upload(library, fields: [("title", "Tệp lạ")], fileName: upload.fileName, content: upload.content)
                // check
                try await Self.expectNothingKept(app, refused, upload.message)
            }
        }

        @Test func realFilesOfEveryTypeAreAccepted() async throws {
            try await withApp { app in
                // setup
                let (browser, library) = try await Self.officerOnLibrary(app)
                let files = [("bien-ban.pdf", EvidenceSamples.pdf()), ("bao-cao.docx", EvidenceSamples.docx), ("bang-diem.xlsx", EvidenceSamples.xlsx),
                             ("anh.jpg", EvidenceSamples.jpeg), ("so-do.png", EvidenceSamples.png)]
                // act
                var statuses: [HTTPStatus] = []
                for (name, content) in files {
                    statuses.append(try await browser.upload(library, fields: [("title", name)], fileName: name, content: content).status)
                }
                // check
                #expect(statuses == Array(repeating: .seeOther, count: files.count))
                let types = try await EvidenceDocument.query(on: app.db).all().map(\.contentType)
                #expect(Set(types) == Set(EvidenceFileType.allCases.map(\.contentType)))
            }
        }

        @Test func namesLoseNULControlAndDirectionCharactersAndStayWithin255Bytes() async throws {
            try await withApp { app in
                // setup
                let (browser, library) = try await Self.officerOnLibrary(app)
                let names = ["bien\u{0}ban.pdf": "bienban.pdf", "bao\u{1}\u{7F}\u{85}cao.pdf": "baocao.pdf",
                             "hoa-don\u{202E}fdp.pdf": "hoa-donfdp.pdf", String(repeating: "a", count: 296) + ".pdf": String(repeating: "a", count: 251) + ".pdf"]
                // act
                for (index, name) in names.keys.sorted().enumerated() {
                    let saved = try await browser.upload(library, fields: [("title", "Tệp \(index)")], fileName: name, content: Multipart.pdf)
                    #expect(saved.status == .seeOther, "\(name.debugDescription)")
                }
                // check
                let stored = try await EvidenceDocument.query(on: app.db).all().map(\.originalName)
                #expect(Set(stored) == Set(names.values))
                #expect(stored.allSatisfy { $0.utf8.count <= 255 })
            }
        }

        @Test func aNULCanNoLongerHideTheRealExtension() async throws {
            try await withApp { app in
                // setup
                let (browser, library) = try await Self.officerOnLibrary(app)
                // act
                let refused = try await browser.upload(library, fields: [("title", "Tệp lạ")], fileName: "bien-ban.pdf\u{0}.exe", content: Multipart.pdf)
                // check
                try await Self.expectNothingKept(app, refused, "Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG.")
            }
        }
    }
}
