import Fluent
import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

/// The public results portal (công khai kết quả): published periods only, without an account or a
/// session. A period that is not published answers 404 here, whoever asks. Every answer carries an
/// ETag (`PublicAnswer`) and counts the day's visitor (`VisitorCounter`).
enum PortalController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        let periods = try await Publication.published(on: request.db)
        let context = request.publicPageContext(visitorsToday: await request.countPublicVisit())
        return PublicAnswer.finish(PortalIndexPage.render(context, periods: periods), for: request)
    }

    @Sendable static func period(_ request: Request) async throws -> Response {
        let loaded = try await publishedResults(request)
        let results = loaded.results
        var filter = request.listFilter
        filter.period = nil
        filter.states = nil
        let order = ResultsOrder(key: request.query[String.self, at: "sort"], direction: request.query[String.self, at: "dir"])
        let visible = results.rows(results.rows, in: .wholePeriod, filter: filter)
        let page = ListPage(all: order.sorted(visible, context: loaded), page: request.listPage)
        let model = PortalPeriodPage.Model(context: loaded, page: page, filter: filter, order: order,
                                           choices: ListControls.Choices(periods: [], states: [],
                                                                         bands: results.compiled.set.bands.map { ($0.key, $0.label) }),
                                           path: Paths.portalPeriod(results.periodID).href)
        let context = request.publicPageContext(visitorsToday: await request.countPublicVisit())
        return PublicAnswer.finish(PortalPeriodPage.render(context, model: model), for: request)
    }

    @Sendable static func unit(_ request: Request) async throws -> Response {
        let loaded = try await publishedResults(request)
        let code = try request.parameter(.unitCode)
        guard let row = loaded.results.rows.first(where: { $0.unitCode == code }),
              let scores = try await UnitScores.load(assessment: row.assessmentID, of: loaded.results, on: request.db)
        else { throw AppError.notFound() }
        let context = request.publicPageContext(visitorsToday: await request.countPublicVisit())
        let model = PortalUnitPage.Model(context: loaded, row: row, scores: scores)
        return PublicAnswer.finish(PortalUnitPage.render(context, model: model), for: request)
    }

    /// The published ranking as the province's annex, for the press and anyone working in Excel.
    @Sendable static func resultsXLSX(_ request: Request) async throws -> Response {
        let loaded = try await publishedResults(request)
        let results = loaded.results
        let workbook = ResultsAnnex(loaded, rows: results.ordered, language: request.language)
            .workbook(setTitle: results.criteriaSetTitle, setKey: results.compiled.set.metadata.id,
                      created: FileAnswer.createdStamp(request.settings.clock()))
        let response = FileAnswer.response(try DocumentsController.xlsx(workbook), type: FileAnswer.xlsxType,
                                           fileName: DocumentsController.fileName(results) + ".xlsx")
        return PublicAnswer.finish(response, for: request)
    }

    @Sendable static func resultsCSV(_ request: Request) async throws -> Response {
        let loaded = try await publishedResults(request)
        let csv = ResultsAnnex(loaded, rows: loaded.results.ordered, language: request.language).csv()
        let response = FileAnswer.response(Data(csv.utf8), type: FileAnswer.csvType, fileName: DocumentsController.fileName(loaded.results) + ".csv")
        return PublicAnswer.finish(response, for: request)
    }

    /// The route's period as published, from the portal's cache; 404 when it is not published.
    static func publishedResults(_ request: Request) async throws -> ResultsContext {
        let periodID = try request.parameter(.period)
        guard let stamp = try await Publication.stamp(of: periodID, on: request.db) else { throw AppError.notFound() }
        let cache = request.criteriaSetCache
        let db = request.db
        guard let context = try await request.application.publicResultsCache.context(of: periodID, stamp: stamp, load: {
            try await ResultsContext.load(period: periodID, withReasons: false, publishedOnly: true, cache: cache, on: db)
        }) else { throw AppError.notFound() }
        return context
    }
}
