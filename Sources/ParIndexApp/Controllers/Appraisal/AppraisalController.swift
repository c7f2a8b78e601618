import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The appraiser's queue and the import of survey points.
enum AppraisalController {
    @Sendable static func queue(_ request: Request) async throws -> Response {
        try await renderQueue(request)
    }

    static func renderQueue(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let user = try request.user
        let waiting: Set<AssessmentState> = [.submitted, .appraisalRound1, .explanation, .appraisalRound2, .finalised, .approved]
        var filter = request.listFilter
        filter.states = filter.states.map { $0.intersection(waiting) } ?? waiting
        let listing = try await AssessmentList.page(for: user, filter: filter, page: request.listPage,
                                                    cache: request.criteriaSetCache, on: request.db)
        var choices = ListControls.Choices.of(listing.visibility, bands: listing.bands)
        choices.states = AssessmentState.allCases.filter(waiting.contains)
        let list = AssessmentTable.Model(page: listing.page, filter: filter, choices: choices, path: Paths.appraisalQueue.href)
        let periods = try await Period.query(on: request.db).filter(\.$open == true).sort(\.$title).all()
        let model = AppraisalQueuePage.Model(list: list, periods: periods.compactMap { period in period.id.map { ($0, period.title) } })
        let response = AppraisalQueuePage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    /// CSV with a header: `unit_code,criterion_code,points` or `…,satisfaction`. Every line is
    /// checked first; if any is wrong nothing is saved and every problem is listed.
    @Sendable static func importSurvey(_ request: Request) async throws -> Response {
        let user = try request.user
        let period = try await request.record(Period.self, .period)
        let context = request.pageContext()
        do {
            // CSV or an Excel workbook with the same columns, told apart by content, not by name.
            let text = if let file = try? request.content.get(File.self, at: "file") {
                try SurveyFile.csvText(from: Data(buffer: file.data))
            } else {
                (try? request.content.get(String.self, at: "csv")) ?? ""
            }
            let count = try await SurveyImport.run(text, period: period, by: user, today: request.today, cache: request.criteriaSetCache, on: request.db)
            request.flash(.success, context.t("Đã nhập \(count) điểm khảo sát.", "Imported \(count) survey scores."))
            return request.redirect(to: Paths.appraisalQueue.href)
        } catch let error as AppError {
            return try await renderQueue(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }
}
