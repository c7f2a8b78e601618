import Fluent
import ParIndexCore
import Vapor

/// Assessment periods (criteria set × unit group × year) with their deadlines, the appraisers
/// assigned to units, and the approval of final results.
enum AdminPeriodsController {
    struct PeriodForm: Content {
        var title: String
        var criteria_set: String
        var unit_group: String
        var self_deadline: String?
        var explanation_deadline: String?
        var appraisal_deadline: String?
    }

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await renderIndex(request)
    }

    static func renderIndex(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = AdminPeriodsPage.Model(
            periods: try await Period.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all(),
            sets: try await CriteriaSetRecord.query(on: request.db).all(),
            groups: try await UnitGroup.query(on: request.db).all())
        let response = AdminPeriodsPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PeriodForm.self)
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
        guard let id = request.parameters.get("periodID", as: UUID.self), let period = try await Period.find(id, on: request.db) else { throw AppError.notFound() }
        return try await renderPeriod(request, period)
    }

    static func renderPeriod(_ request: Request, _ period: Period, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let id = try period.requireID()
        var rows: [AssessmentSummary] = []
        for record in try await AssessmentRecord.query(on: request.db).filter(\.$periodID == id).all() {
            rows.append(try AssessmentList.summary(of: try await AssessmentWorkspace.load(record, app: request.application, on: request.db)))
        }
        let assignments = try await AppraiserAssignment.query(on: request.db).filter(\.$periodID == id).all()
        let users = try await User.query(on: request.db).all()
        let units = try await Unit.query(on: request.db).filter(\.$unitGroupID == period.unitGroupID).sort(\.$code).all()
        let model = AdminPeriodPage.Model(period: period, rows: rows.sorted { $0.unitCode < $1.unitCode }, units: units,
                                          appraisers: users.filter { $0.role == .appraiser },
                                          assignments: assignments.map { assignment in
                                              (units.first { $0.id == assignment.unitID }?.name ?? "?", users.first { $0.id == assignment.userID }?.displayName ?? "?")
                                          })
        let response = AdminPeriodPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func assign(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("periodID", as: UUID.self), let period = try await Period.find(id, on: request.db) else { throw AppError.notFound() }
        let unitID = (try? request.content.get(String.self, at: "unit")).flatMap(UUID.init(uuidString:))
        let userID = (try? request.content.get(String.self, at: "appraiser")).flatMap(UUID.init(uuidString:))
        let context = request.pageContext()
        guard let unitID, let userID, let user = try await User.find(userID, on: request.db), user.role == .appraiser,
              try await Unit.find(unitID, on: request.db) != nil else {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t("Hãy chọn đơn vị và thẩm định viên.", "Choose a unit and an appraiser.")), status: .unprocessableEntity)
        }
        if try await AppraiserAssignment.query(on: request.db).filter(\.$periodID == id).filter(\.$unitID == unitID).filter(\.$userID == userID).count() == 0 {
            try await AppraiserAssignment(periodID: id, unitID: unitID, userID: userID).create(on: request.db)
        }
        request.flash(.success, context.t("Đã phân công thẩm định.", "Appraiser assigned."))
        return request.redirect(to: Paths.adminPeriod(id).href)
    }

    /// Approves every finalised assessment of the period; refuses while any is still in appraisal.
    @Sendable static func approve(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("periodID", as: UUID.self), let period = try await Period.find(id, on: request.db) else { throw AppError.notFound() }
        let user = try request.user
        let context = request.pageContext()
        let records = try await AssessmentRecord.query(on: request.db).filter(\.$periodID == id).all()
        let pending = records.filter { $0.state != .finalised && $0.state != .approved }
        guard !pending.isEmpty || records.contains(where: { $0.state == .finalised }) else {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t("Không có hồ sơ nào để phê duyệt.", "Nothing to approve.")), status: .conflict)
        }
        guard pending.isEmpty else {
            return try await renderPeriod(request, period, notice: .init(kind: .error, text: context.t(
                "Còn \(pending.count) hồ sơ chưa thẩm định xong; chưa thể phê duyệt kết quả của kỳ.",
                "\(pending.count) assessments are not finalised; the period cannot be approved yet.")), status: .conflict)
        }
        for record in records where record.state == .finalised {
            let workspace = try await AssessmentWorkspace.load(record, app: request.application, on: request.db)
            _ = try await WorkflowService.perform(.approve, on: workspace, expectedVersion: nil, by: user, today: request.today, db: request.db)
        }
        period.open = false
        try await period.update(on: request.db)
        request.flash(.success, context.t("Đã phê duyệt kết quả của kỳ.", "The period's results are approved."))
        return request.redirect(to: Paths.adminPeriod(id).href)
    }
}

/// Opening a period: creates the draft assessment of every unit in the group.
enum PeriodSetup {
    static func create(_ form: AdminPeriodsController.PeriodForm, on db: any Database) async throws -> Period {
        guard let setID = UUID(uuidString: form.criteria_set), let set = try await CriteriaSetRecord.find(setID, on: db) else {
            throw AppError.invalid(.init(vi: "Hãy chọn bộ chỉ số.", en: "Choose a criteria set."), field: "criteria_set")
        }
        guard let groupID = UUID(uuidString: form.unit_group), try await UnitGroup.find(groupID, on: db) != nil else {
            throw AppError.invalid(.init(vi: "Hãy chọn nhóm đơn vị.", en: "Choose a unit group."), field: "unit_group")
        }
        func date(_ text: String?, _ field: String) throws -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let date = CalendarDate(text) else { throw AppError.invalid(.init(vi: "Ngày phải có dạng dd/mm/yyyy.", en: "Dates are dd/mm/yyyy."), field: field) }
            return date.iso
        }
        let title = form.title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { throw AppError.invalid(.init(vi: "Hãy đặt tên kỳ đánh giá.", en: "Name the period."), field: "title") }
        let period = Period(criteriaSetID: setID, unitGroupID: groupID, title: title, year: set.year,
                            selfDeadline: try date(form.self_deadline, "self_deadline"),
                            explanationDeadline: try date(form.explanation_deadline, "explanation_deadline"),
                            appraisalDeadline: try date(form.appraisal_deadline, "appraisal_deadline"))
        try await db.transaction { db in
            try await period.create(on: db)
            // Only units that exist during the period's year: a merged unit stops being assessed.
            let units = try await Unit.query(on: db).filter(\.$unitGroupID == groupID).all()
            for unit in units where unit.isValid(duringYear: set.year) {
                try await AssessmentRecord(periodID: period.requireID(), unitID: unit.requireID()).create(on: db)
            }
        }
        return period
    }
}
