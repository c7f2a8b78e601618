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
        var filter = request.listFilter
        filter.period = id
        let listing = try await AssessmentList.page(for: try request.user, filter: filter, page: request.listPage,
                                                    cache: request.criteriaSetCache, on: request.db)
        var choices = ListControls.Choices.of(listing.visibility, bands: listing.bands)
        choices.periods = []
        let list = AssessmentTable.Model(page: listing.page, filter: filter, choices: choices, path: Paths.adminPeriod(id).href,
                                         showsPeriod: false)
        let assignments = try await AppraiserAssignment.query(on: request.db).filter(\.$periodID == id).all()
        let users = try await User.query(on: request.db).all()
        let units = try await Unit.query(on: request.db).filter(\.$unitGroupID == period.unitGroupID).sort(\.$code).all()
        // By id, so a period of thousands of assignments is not a search per line.
        let unitNames = Dictionary(units.compactMap { unit in unit.id.map { ($0, unit.name) } }, uniquingKeysWith: { first, _ in first })
        let userNames = Dictionary(users.compactMap { user in user.id.map { ($0, user.displayName) } }, uniquingKeysWith: { first, _ in first })
        let unitNamesByID = Dictionary(units.compactMap { unit in unit.id.map { ($0, unit.name) } }, uniquingKeysWith: { first, _ in first })
        let ranking = try await AssessmentRecord.query(on: request.db).filter(\.$periodID == id).all().map { record in
            (id: try record.requireID(), unit: unitNamesByID[record.unitID] ?? "?", ranked: record.ranked)
        }.sorted { $0.unit < $1.unit }
        let model = AdminPeriodPage.Model(period: try PeriodRow(period), list: list, ranking: ranking, units: try units.map(UnitRow.init),
                                          appraisers: try users.filter { $0.role == .appraiser }.map(UserRow.init),
                                          assignments: assignments.map { assignment in
                                              (unitNames[assignment.unitID] ?? "?", userNames[assignment.userID] ?? "?")
                                          }.sorted { ($0.unit, $0.appraiser) < ($1.unit, $1.appraiser) })
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

    /// Keeps a unit out of the period's ranking (`ranked=0`, with a reason) or brings it back;
    /// the form names the assessment (`assessment`), which must belong to this period.
    @Sendable static func setRanked(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        let assessmentID = (try? request.content.get(String.self, at: "assessment")).flatMap(UUID.init(uuidString:))
        let ranked = (try? request.content.get(String.self, at: "ranked")) == "1"
        let reason = (try? request.content.get(String.self, at: "reason")) ?? ""
        let context = request.pageContext()
        do {
            guard let assessmentID, let record = try await AssessmentRecord.find(assessmentID, on: request.db),
                  record.periodID == period.id else { throw AppError.notFound() }
            try await PeriodSetup.setRanked(assessmentID, ranked: ranked, reason: reason, by: try request.user, on: request.db)
        } catch let error as AppError {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, ranked ? context.t("Đơn vị được xếp hạng trở lại.", "The unit is ranked again.")
                                       : context.t("Đơn vị không được xếp hạng trong kỳ này.", "The unit is kept out of this period's ranking."))
        return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
    }

    /// Publishes the approved results on the public portal.
    @Sendable static func publish(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        let context = request.pageContext()
        do {
            _ = try await Publication.publish(period.id, by: try request.user, on: request.db)
        } catch let error as AppError {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã công bố kết quả của kỳ trên trang công khai.", "The period's results are published on the public portal."))
        return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
    }

    /// Withdraws the publication: the period's pages answer 404 without an account again.
    @Sendable static func withdraw(_ request: Request) async throws -> Response {
        let period = try await request.record(Period.self, .period)
        let reason = (try? request.content.get(String.self, at: "reason")) ?? ""
        let context = request.pageContext()
        do {
            _ = try await Publication.withdraw(period.id, reason: reason, by: try request.user, on: request.db)
        } catch let error as AppError {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã thu hồi công bố kết quả của kỳ.", "The publication is withdrawn."))
        return request.redirect(to: Paths.adminPeriod(try period.requireID()).href)
    }
}
