import Vapor

/// Every route of the app, grouped by who may reach it. Paths mirror `Paths`.
func routes(_ app: Application) throws {
    // Public: health check, assets, display preferences, login
    app.get("health", use: SiteController.health)
    app.get("assets", "app.css", use: SiteController.styleSheet)
    app.get("assets", "app.js", use: SiteController.script)

    let site = app.grouped(CurrentUserMiddleware())
    site.get("preferences", use: SiteController.preferences)
    site.get("login", use: AuthController.loginPage)
    site.grouped(CSRFMiddleware()).post("login", use: AuthController.login)

    // Signed in: every role; each handler checks the record against the user (Access)
    let signedIn = site.grouped(RequireLoginMiddleware(), CSRFMiddleware())
    signedIn.post("logout", use: AuthController.logout)
    signedIn.get(use: HomeController.home)

    // Assessments: the unit's self-assessment, the appraisal, explanations, workflow
    let assessment = signedIn.grouped("assessments", ":assessmentID")
    assessment.get(use: AssessmentController.show)
    assessment.get("print", use: AssessmentController.print)
    assessment.post("entries", ":code", use: AssessmentController.saveEntry)
    assessment.post("appraisal", ":code", use: AssessmentController.saveAppraisal)
    assessment.post("survey", ":code", use: AssessmentController.saveSurvey)
    assessment.post("preview", ":code", use: AssessmentController.preview)
    assessment.post("explanations", ":code", use: AssessmentController.requestExplanation)
    assessment.post("answers", ":requestID", use: AssessmentController.answerExplanation)
    assessment.post("actions", ":action", use: AssessmentController.performAction)
    assessment.post("report", use: AssessmentController.saveReport)
    assessment.get("history", ":code", use: AssessmentController.history)
    assessment.get("evidence", ":code", use: EvidenceController.criterionPage)
    assessment.post("links", ":code", use: EvidenceController.link)
    assessment.post("unlink", ":linkID", use: EvidenceController.unlink)

    // Evidence library: uploads stream to disk, so their body is not collected
    signedIn.get("units", ":unitID", "evidence", use: EvidenceController.library)
    signedIn.on(.POST, "units", ":unitID", "evidence", body: .stream, use: EvidenceController.upload)
    signedIn.get("evidence", ":documentID", "file", use: EvidenceController.file)

    // Appraisal: the queue and survey points
    signedIn.get("appraisal", use: AppraisalController.queue)
    signedIn.on(.POST, "periods", ":periodID", "survey-import", body: .collect(maxSize: "2mb"), use: AppraisalController.importSurvey)

    // Administration (Department of Home Affairs)
    let admin = signedIn.grouped(RequireRoleMiddleware(roles: [.administrator])).grouped("admin")
    admin.get("units", use: AdminUnitsController.index)
    admin.post("units", use: AdminUnitsController.create)
    admin.post("unit-groups", use: AdminUnitsController.createGroup)
    admin.get("units", ":unitID", use: AdminUnitsController.edit)
    admin.post("units", ":unitID", use: AdminUnitsController.update)
    admin.get("users", use: AdminUsersController.index)
    admin.post("users", use: AdminUsersController.create)
    admin.post("users", ":userID", "active", use: AdminUsersController.setActive)
    admin.get("criteria-sets", use: AdminCriteriaSetsController.index)
    admin.on(.POST, "criteria-sets", body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.importSet)
    admin.get("criteria-sets", ":setID", use: AdminCriteriaSetsController.show)
    admin.on(.POST, "criteria-sets", ":setID", body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.update)
    admin.post("criteria-sets", ":setID", "clone", use: AdminCriteriaSetsController.clone)
    admin.on(.POST, "criteria-sets", ":setID", "outline", body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.updateOutline)
    admin.get("periods", use: AdminPeriodsController.index)
    admin.post("periods", use: AdminPeriodsController.create)
    admin.get("periods", ":periodID", use: AdminPeriodsController.show)
    admin.post("periods", ":periodID", "assignments", use: AdminPeriodsController.assign)
    admin.post("periods", ":periodID", "approve", use: AdminPeriodsController.approve)

    // JSON API, token authentication (docs: GET /api/v1/openapi.yaml)
    try apiRoutes(app)
}

/// Pages only some roles may open.
struct RequireRoleMiddleware: AsyncMiddleware {
    let roles: Set<User.Role>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard roles.contains(try request.user.role) else { throw AppError.forbidden() }
        return try await next.respond(to: request)
    }
}
