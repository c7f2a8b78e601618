import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The assessment page and everything done on it. Each handler opens the assessment through
/// `Access` (404 for one the user may not see, with what the user may do), then leaves the rules
/// to the services.
enum AssessmentController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await request.keptPage { try await showRendered(request) }
    }

    private static func showRendered(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        var form: AssessmentPage.FormState?
        if let pending = PendingForm.peek(request), pending.action.hasPrefix(Paths.assessment(try opened.record.requireID()).href + "/") {
            form = restoredForm(pending)
            _ = PendingForm.take(for: pending.action, from: request)
        }
        return try await render(request, opened, form: form)
    }

    @Sendable static func print(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let model = try AssessmentPage.Model(opened, library: [], form: nil)
        return AssessmentPage.render(request.pageContext(), model: model, printing: true)
    }

    /// Renders the page, with a form sent back (what was typed and why it was not saved).
    static func render(_ request: Request, _ opened: OpenAssessment, form: AssessmentPage.FormState? = nil,
                       notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let unitID = opened.record.unitID
        let library = opened.permissions.may(.linkEvidence) || opened.permissions.may(.editSelfAssessment)
            ? try await EvidenceDocument.choices(ofUnit: unitID, on: request.db).map { AssessmentPage.DocumentChoice(id: $0.id, title: $0.title) } : []
        var model = try AssessmentPage.Model(opened, library: library, form: form)
        if opened.permissions.may(.enterSurvey) {
            // Survey points a campaign feeds are the system's: shown with their campaign, never a form.
            let feeds = try await SurveyFeed.feeds(periodID: opened.record.periodID, unitID: unitID, questionnaires: .shared, on: request.db)
            for index in model.rows.indices {
                guard let campaign = feeds[model.rows[index].code]?.first?.campaign else { continue }
                model.rows[index].fedByCampaign = campaign.title
                model.rows[index].permissions.enterSurvey = false
            }
        }
        let response = AssessmentPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    static func restoredForm(_ pending: PendingForm) -> AssessmentPage.FormState? {
        let parts = pending.action.split(separator: "/").map(String.init)
        guard parts.count == 4 else { return nil }
        let layer: EntryLayer
        switch parts[2] {
        case "entries": layer = .selfAssessed
        case "survey": layer = .survey
        default: return nil
        }
        let code = parts[3].removingPercentEncoding ?? parts[3]
        return AssessmentPage.FormState(code: code, layer: layer, values: pending.fields, note: pending.fields["note"] ?? "", restored: true)
    }

    @Sendable static func saveEntry(_ request: Request) async throws -> Response {
        try await save(request, layer: { _ in .selfAssessed })
    }

    @Sendable static func saveAppraisal(_ request: Request) async throws -> Response {
        try await save(request, layer: { state in EntryLayer.appraisal(round: state.appraisalRound ?? 1) })
    }

    @Sendable static func saveSurvey(_ request: Request) async throws -> Response {
        try await save(request, layer: { _ in .survey })
    }

    private static func save(_ request: Request, layer: (AssessmentState) -> EntryLayer) async throws -> Response {
        let user = try request.user
        let code = try request.parameter(.criterion)
        let opened = try await request.openAssessment(.criterion(code))
        let record = opened.record
        var fields = try request.formFields()
        fields[CSRFMiddleware.fieldName] = nil
        let form = EntryForm(fields: fields)
        let entryLayer = layer(record.state)
        do {
            let saved = try await EntryService.save(form, code: code, layer: entryLayer, in: opened, by: user, on: request.db)
            let context = request.pageContext()
            request.flash(.success, context.t("Đã lưu tiêu chí \(code): \(saved.outcome.points.formatted(.vi)) điểm.",
                                              "Saved criterion \(code): \(saved.outcome.points.formatted(.en)) points."))
            return request.redirect(to: Paths.assessment(try record.requireID()).href + "#c-" + code)
        } catch let error as StaleEntryError {
            let state = AssessmentPage.FormState(code: code, layer: entryLayer, values: fields, note: form.note, error: error.message,
                                                 field: nil, conflict: (error.current, error.yours))
            return try await render(request, try await request.openAssessment(), form: state, status: .conflict)
        } catch let error as AppError where error.status == .conflict {
            // Not the input's fault (the state changed, someone saved first): say so at the top.
            return try await render(request, try await request.openAssessment(),
                                    notice: .init(kind: .error, text: request.pageContext().t(error.message)), status: error.status)
        } catch let error as AppError where error.status != .forbidden && error.status != .notFound {
            // The save read only the entries; the page shown again needs everything.
            let state = AssessmentPage.FormState(code: code, layer: entryLayer, values: fields, note: form.note, error: error.message,
                                                 field: error.field, conflict: nil)
            return try await render(request, try await request.openAssessment(), form: state, status: error.status)
        }
    }

    /// Runs a change; on success returns to the page with a notice, on a refusal shows the page
    /// again with the message where the user is.
    static func act(_ request: Request, anchor: String?, _ change: (OpenAssessment) async throws -> String) async throws -> Response {
        let opened = try await request.openAssessment()
        do {
            let message = try await change(opened)
            request.flash(.success, message)
            return request.redirect(to: Paths.assessment(try opened.record.requireID()).href + (anchor.map { "#c-" + $0 } ?? ""))
        } catch let error as AppError where error.status != .forbidden && error.status != .notFound {
            // Shown on the page as it is now: the refusal may come from a change made meanwhile.
            let context = request.pageContext()
            return try await render(request, try await request.openAssessment(), notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    @Sendable static func history(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let record = opened.record
        let code = try request.parameter(.criterion)
        let workspace = opened.workspace
        guard let index = workspace.compiled.tree.nodeIndex(of: code) else { throw AppError.notFound() }
        let events = try await Audit.history(assessment: record.requireID(), code: code, on: request.db)
        let userIDs = Set(events.compactMap(\.userID))
        let names = userIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await User.query(on: request.db).filter(\.$id ~~ userIDs).all().compactMap { user in user.id.map { ($0, user.displayName) } })
        let model = HistoryPage.Model(assessmentID: try record.requireID(), unitName: workspace.unit.name, code: code,
                                      title: workspace.compiled.tree.nodes[index].definition.title,
                                      events: events.map { HistoryPage.Event(at: $0.at, who: Self.who($0, names: names, request.pageContext()), subject: $0.subject,
                                                                             old: $0.oldValue, new: $0.newValue, reason: $0.reason) })
        return HistoryPage.render(request.pageContext(), model: model)
    }

    /// Who made a change: a person's name, or the system for survey points fed by a campaign.
    private static func who(_ event: AuditEvent, names: [UUID: String], _ context: PageContext) -> String {
        if let userID = event.userID { return names[userID] ?? "—" }
        return event.subject == .surveyEntry ? context.t("Hệ thống (khảo sát)", "System (survey)") : "—"
    }
}

extension Request {
    /// Today in Vietnam, for deadlines.
    var today: CalendarDate { CalendarDate(isoDate: settings.clock()) }

    /// The assessment the route names, opened for the signed-in user: 404 when it is not theirs to see.
    func openAssessment(_ parts: AssessmentWorkspace.Parts = .everything) async throws -> OpenAssessment {
        try await Access.open(try parameter(.assessment), for: user, today: today, parts: parts, cache: criteriaSetCache, on: db)
    }
}
