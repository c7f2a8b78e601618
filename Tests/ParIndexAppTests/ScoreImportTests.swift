import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore
import ParIndexReports

extension AppTests {
    /// Scores typed offline in the Excel template: the template itself, a filled file saved as if
    /// typed, every error naming its cell, malformed files refused, and nothing saved on any error.
    @Suite("Excel import")
    struct ScoreImportTests {
        typealias Cell = RawWorkbook.RawCell

        static func officer(_ app: Application) async throws -> (Browser, String) {
            let browser = Browser(app)
            try await browser.login(Demo.officer.0, Demo.officer.1)
            let path = try await Fixtures.chiLangPath(app)
            try await browser.get(path)
            return (browser, path)
        }

        /// The version the template would carry for a code of Chi Lăng's draft (empty without an entry).
        static func version(_ code: String, _ app: Application) async throws -> Cell {
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            let entry = try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == code)
                .filter(\.$layer == .selfAssessed).first()
            return entry.map { .number(String($0.version)) } ?? .empty
        }

        static func counts(_ app: Application) async throws -> (entries: Int, audit: Int) {
            (try await EntryRecord.query(on: app.db).count(), try await AuditEvent.query(on: app.db).count())
        }

        static func entry(_ code: String, _ app: Application) async throws -> EntryRecord {
            let record = try await Fixtures.parAssessment(of: "chi-lang", app)
            return try #require(try await EntryRecord.query(on: app.db).filter(\.$assessmentID == record.requireID())
                .filter(\.$nodeCode == code).filter(\.$layer == .selfAssessed).first())
        }

        @Test func theTemplateHasARowPerCriterionTheUnitScoresWithItsSavedFigures() async throws {
            try await withApp { app in
                // setup
                let token = try await APITests.token(app, Demo.officer)
                let id = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
                var bytes = Data()
                var type: String?
                // act
                try await app.testing().test(.GET, APIPaths.templateXLSX(id).href, headers: ["Authorization": "Bearer " + token]) { response in
                    bytes = Data(buffer: response.body)
                    type = response.headers.first(name: .contentType)
                }
                // check
                #expect(type == FileAnswer.xlsxType)
                let sheet = try #require(try SpreadsheetReader.read(bytes).sheet(named: ScoreTemplateLayout.sheetName))
                #expect(sheet.cell("A3")?.value == .text("Mã") && sheet.cell("E3")?.value == .text("Phương án"))
                let codes = (4...sheet.rowCount).compactMap { row -> String? in
                    if case let .text(code)? = sheet.cell(column: 1, row: row)?.value { return code } else { return nil }
                }
                #expect(codes.first == "1.1.1" && !codes.contains("9.1") && !codes.contains("1"))
                let saved = try await Self.entry("1.1.1", app)
                #expect(sheet.cell("O4")?.value == .number(String(saved.version)))
            }
        }

        @Test func aFilledTemplateIsSavedAsIfTypedWithVersionsAndAnAuditMarkedAsAFile() async throws {
            try await withApp { app in
                // setup: a free score typed with a decimal comma, tiers as number cells, a formula with its value
                let (browser, path) = try await Self.officer(app)
                let before = try await Self.entry("6.2", app)
                let file = RawWorkbook.template([
                    ["code": .text("6.2"), "score": .text("1,3"), "note": .text("Theo báo cáo tài chính"), "version": try await Self.version("6.2", app)],
                    ["code": .text("1.1.2"), "numerator": .number("9"), "denominator": .formula("5*2", cached: "10"), "version": try await Self.version("1.1.2", app)],
                ])
                // act
                let page = try await browser.upload(path + "/import", fields: [], fileName: "mau.xlsx", content: file)
                // check
                #expect(page.status == .seeOther && page.location == path)
                #expect(try await browser.get(path).has("Đã lưu 2 tiêu chí từ tệp Excel"))
                let saved = try await Self.entry("6.2", app)
                let typed = StoredInput(try EntryForm(fields: ["score": "1,3"]).leafInput(for: CriteriaNode(code: "6.2", title: LocalizedText("x"), maximum: Points(hundredths: 150))))
                #expect(saved.inputs == typed.json && saved.note == "Theo báo cáo tài chính" && saved.version == before.version + 1)
                let tiers = try await Self.entry("1.1.2", app)
                #expect(StoredInput.decode(tiers.inputs)?.numerator == "9" && StoredInput.decode(tiers.inputs)?.denominator == "10")
                let audit = try await AuditEvent.query(on: app.db).filter(\.$nodeCode == "6.2").sort(\.$at, .descending).first()
                #expect(audit?.newValue?.hasSuffix("(nhập từ tệp xlsx)") == true)
            }
        }

        @Test func everyErrorNamesItsCellAndOneErrorSavesNothing() async throws {
            try await withApp { app in
                // setup
                let (browser, path) = try await Self.officer(app)
                let before = try await Self.counts(app)
                let file = RawWorkbook.template([
                    ["code": .text("1.1.2"), "numerator": .number("9"), "denominator": .number("10"), "version": try await Self.version("1.1.2", app)],
                    ["code": .text("6.2"), "score": .text("12,5"), "version": try await Self.version("6.2", app)],
                    ["code": .text("99.9"), "score": .number("1")],
                    ["code": .text("1.3"), "numerator": .text("mười"), "denominator": .number("10"), "version": try await Self.version("1.3", app)],
                    ["code": .text("1.4"), "option": .text("Làm rất tốt"), "version": try await Self.version("1.4", app)],
                    ["code": .text("1.2"), "numerator": .number("3"), "version": try await Self.version("1.2", app)],
                    ["code": .text("1.5"), "count": .formula("A1+1", cached: nil), "version": try await Self.version("1.5", app)],
                ])
                // act
                let page = try await browser.upload(path + "/import", fields: [], fileName: "mau.xlsx", content: file)
                // check
                #expect(page.status == .unprocessableEntity)
                for cell in ["L5", "A6", "F7", "E8", "F9", "K10"] { #expect(page.has("<th scope=\"row\">\(cell)</th>"), "\(cell)") }
                #expect(page.has("Điểm 12,5 nằm ngoài khoảng 0 – 1,5"))
                #expect(page.has("Tệp có 6 lỗi"))
                let after = try await Self.counts(app)
                #expect(after.entries == before.entries && after.audit == before.audit)
            }
        }

        @Test(arguments: [
            ("not a zip", "pdf"), ("zip bomb", "bomb"), ("missing sheet", "sheet"), ("merged cells", "merged"),
            ("headings moved", "headings"), ("stale version", "stale"),
        ])
        func malformedFilesAreRefusedWithAClearMessageAndChangeNothing(name: String, kind: String) async throws {
            try await withApp { app in
                // setup
                let (browser, path) = try await Self.officer(app)
                let row: [String: Cell] = ["code": .text("6.2"), "score": .number("1"), "version": try await Self.version("6.2", app)]
                let file: Data = switch kind {
                case "pdf": EvidenceSamples.pdf()
                case "bomb": RawWorkbook.bomb(megabytes: 60)
                case "sheet": RawWorkbook.template([row], sheetName: "Sheet1")
                case "merged": RawWorkbook.template([row], merges: ["L4:M4"])
                case "headings": RawWorkbook.template([row], headings: ScoreTemplateLayout.columns.map(\.vi).reversed())
                default: RawWorkbook.template([["code": .text("6.2"), "score": .number("1"), "version": .number("99")]])
                }
                let before = try await Self.counts(app)
                // act
                let page = try await browser.upload(path + "/import", fields: [], fileName: "mau.xlsx", content: file)
                // check
                #expect(page.status == .unprocessableEntity, "\(name)")
                let expected = switch kind {
                case "pdf": "không phải"
                case "bomb": "zip bomb"
                case "sheet": "Nhap diem"
                case "merged": "L4:M4"
                case "headings": "tiêu đề cột"
                default: "tải mẫu mới"
                }
                #expect(page.has(expected), "\(name)")
                let after = try await Self.counts(app)
                #expect(after.entries == before.entries && after.audit == before.audit, "\(name)")
            }
        }

        @Test func theAPIAnswersTheCodesSavedOrEveryCellErrorAsJSON() async throws {
            try await withApp { app in
                // setup
                let token = try await APITests.token(app, Demo.officer)
                let id = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
                let good = RawWorkbook.template([["code": .text("6.2"), "score": .number("1.5"), "version": try await Self.version("6.2", app)]])
                let bad = RawWorkbook.template([["code": .text("6.2"), "score": .number("7"), "version": try await Self.version("6.2", app)]])
                let path = APIPaths.importScores(id).href
                // act
                let refused = try await Self.post(app, path, token: token, body: bad)
                let saved = try await Self.post(app, path, token: token, body: good)
                let appraiser = try await Self.post(app, path, token: try await APITests.token(app, Demo.appraiser), body: good)
                // check
                #expect(refused.status == .unprocessableEntity)
                let errors = refused.object["errors"] as? [[String: Any]]
                #expect(errors?.count == 1 && errors?.first?["cell"] as? String == "L4")
                #expect(saved.status == .ok && saved.object["saved"] as? [String] == ["6.2"])
                #expect(appraiser.status == .notFound)
            }
        }

        @Test func surveyPointsArriveAsAnExcelWorkbookToo() async throws {
            try await withApp { app in
                // setup
                let token = try await APITests.token(app, Demo.appraiser)
                let period = try await SurveyImportTests.parPeriod(app).requireID()
                let file = RawWorkbook.make(sheetName: "Sheet1", grid: [
                    [.text("unit_code"), .text("criterion_code"), .text("points")],
                    [.text("huu-lung"), .text("9.1"), .number("5.5")],
                    [.text("huu-lung"), .text("9.2"), .text("4,75")],
                ])
                let before = try await SurveyImportTests.finalTotal("huu-lung", app)
                // act
                let reply = try await Self.post(app, APIPaths.surveyImport(period: period).href, token: token, body: file)
                // check
                #expect(reply.status == .ok && reply.object["imported"] as? Int == 2)
                #expect(try await SurveyImportTests.finalTotal("huu-lung", app).hundredths - before.hundredths == 1025)
            }
        }

        static func post(_ app: Application, _ path: String, token: String, body: Data) async throws -> APITests.Reply {
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            headers.replaceOrAdd(name: .contentType, value: FileAnswer.xlsxType)
            var reply: APITests.Reply?
            try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(data: body)) { response in
                reply = APITests.Reply(status: response.status, headers: response.headers, text: response.body.string)
            }
            return try #require(reply)
        }
    }
}
