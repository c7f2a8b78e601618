import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

/// Files out: a period's results as the province's annex (`.xlsx`, `.csv`) and one assessment's
/// official score sheet (`.xlsx`, and an A4 page to print). The same handlers answer the pages
/// (session) and the API (token); who sees what is asked of `Access` as for the screens.
enum DocumentsController {
    @Sendable static func resultsXLSX(_ request: Request) async throws -> Response {
        let (annex, context) = try await resultsAnnex(request)
        let set = context.results.compiled.set.metadata
        let workbook = annex.workbook(setTitle: context.results.criteriaSetTitle, setKey: set.id,
                                      created: FileAnswer.createdStamp(request.settings.clock()))
        return FileAnswer.response(try xlsx(workbook), type: FileAnswer.xlsxType, fileName: fileName(context.results) + ".xlsx")
    }

    @Sendable static func resultsCSV(_ request: Request) async throws -> Response {
        let (annex, context) = try await resultsAnnex(request)
        return FileAnswer.response(Data(annex.csv().utf8), type: FileAnswer.csvType, fileName: fileName(context.results) + ".csv")
    }

    @Sendable static func sheetXLSX(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let sheet = OfficialSheet(opened.workspace, language: request.language, today: request.today)
        let workbook = sheet.workbook(request.language, created: FileAnswer.createdStamp(request.settings.clock()))
        let name = "bang-diem-" + FileAnswer.slug(opened.workspace.unit.name + " " + String(opened.workspace.period.year))
        return FileAnswer.response(try xlsx(workbook), type: FileAnswer.xlsxType, fileName: name + ".xlsx")
    }

    /// The sheet as an A4 page to print or save as PDF: no navigation, the heading row repeated on
    /// every page, page numbers in the margin.
    @Sendable static func sheetPage(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let sheet = OfficialSheet(opened.workspace, language: request.language, today: request.today)
        return ScoreSheetPage.render(request.pageContext(), sheet: sheet, assessmentID: try opened.record.requireID())
    }

    /// The rows the user may see (the whole period, or the unit's own row), ranked first.
    static func resultsAnnex(_ request: Request) async throws -> (ResultsAnnex, ResultsContext) {
        let periodID = try request.parameter(.period)
        let scope = try await Access.resultsScope(of: try request.user, period: periodID, on: request.db)
        guard let context = try await ResultsContext.load(period: periodID, withReasons: false, cache: request.criteriaSetCache,
                                                          on: request.db) else { throw AppError.notFound() }
        let rows = context.results.rows(context.results.ordered, in: scope)
        return (ResultsAnnex(context, rows: rows, language: request.language), context)
    }

    static func fileName(_ results: PeriodResults) -> String {
        "ket-qua-" + FileAnswer.slug(results.periodTitle)
    }

    /// The writer refuses only what the code above would never build (overlapping merges, a
    /// reference off the grid): a defect of ours, reported as such, never half a file.
    static func xlsx(_ workbook: Workbook) throws -> Data {
        do {
            return try workbook.xlsxData()
        } catch {
            throw AppError(.internalFailure, message: .init(vi: "Không tạo được tệp Excel.", en: "The Excel file could not be made."))
        }
    }
}
