import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// Assessment periods (criteria set × unit group × year) with their deadlines, the appraisers
/// assigned to units, and the approval of final results.
enum AdminPeriodsController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        try await renderIndex(request)
    }

    static func renderIndex(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = AdminPeriodsPage.Model(
            periods: try await Period.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all().map(PeriodRow.init),
            sets: try await CriteriaSetRecord.query(on: request.db).all().map(CriteriaSetRow.init),
            groups: try await UnitGroup.query(on: request.db).all().map(UnitGroupRow.init))
        let response = AdminPeriodsPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PeriodSetup.Draft.self)
        let context = request.pageContext()
        do {
            let period = try await PeriodSetup.create(form, on: request.db)
            request.flash(.success, context.t("Đã mở kỳ đánh giá “\(period.title)”.", "Opened period “\(period.title)”."))
            return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
        } catch let error as AppError {
            return try await renderIndex(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        return try await renderPeriod(request, period)
    }

    static func renderPeriod(_ request: Request, _ period: Period, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let id = try period.requireID()
        var rows: [AssessmentSummary] = []
        for record in try await AssessmentRecord.query(on: request.db).filter(\.$periodID == id).all() {
            rows.append(try AssessmentList.summary(of: try await AssessmentWorkspace.load(record, cache: request.criteriaSetCache, on: request.db)))
        }
        let assignments = try await AppraiserAssignment.query(on: request.db).filter(\.$periodID == id).all()
        let users = try await User.query(on: request.db).all()
        let units = try await Unit.query(on: request.db).filter(\.$unitGroupID == period.unitGroupID).sort(\.$code).all()
        let model = AdminPeriodPage.Model(period: try PeriodRow(period), rows: rows.sorted { $0.unitCode < $1.unitCode }, units: try units.map(UnitRow.init),
                                          appraisers: try users.filter { $0.role == .appraiser }.map(UserRow.init),
                                          assignments: assignments.map { assignment in
                                              (units.first { $0.id == assignment.unitID }?.name ?? "?", users.first { $0.id == assignment.userID }?.displayName ?? "?")
                                          })
        let response = AdminPeriodPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func assign(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        let unitID = (try? request.content.get(String.self, at: "unit")).flatMap(UUID.init(uuidString:))
        let userID = (try? request.content.get(String.self, at: "appraiser")).flatMap(UUID.init(uuidString:))
        let context = request.pageContext()
        do {
            try await PeriodSetup.assign(unitID: unitID, appraiserID: userID, in: period, on: request.db)
        } catch let error as AppError {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã phân công thẩm định.", "Appraiser assigned."))
        return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
    }

    /// Approves the period's results: every assessment must be finalised first.
    @Sendable static func approve(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        let context = request.pageContext()
        do {
            try await PeriodSetup.approve(period, by: try request.user, today: request.today, cache: request.criteriaSetCache, on: request.db)
        } catch let error as AppError {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã phê duyệt kết quả của kỳ.", "The period's results are approved."))
        return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
    }
}
