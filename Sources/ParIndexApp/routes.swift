import ParIndexCore
import Vapor
import ParIndexData

/// Every route of the site, registered from `Paths` and grouped by who may reach it. Handlers
/// read their parameters typed (`request.parameter(.assessment)`), never by a string of their own.
func routes(_ app: Application) throws {
    // Public: health check, assets, display preferences, login
    app.get(Paths.health.pattern, use: SiteController.health)
    app.get(Paths.styleSheet.pattern, use: SiteController.styleSheet)
    app.get(Paths.script.pattern, use: SiteController.script)

    // Public results portal: published periods only, no account, nothing read from a session
    app.get(Paths.portal.pattern, use: PortalController.index)
    app.get(Paths.portalPeriod(.any).pattern, use: PortalController.period)
    app.get(Paths.portalUnit(.any, unit: .any).pattern, use: PortalController.unit)
    app.get(Paths.portalResultsXLSX(.any).pattern, use: PortalController.resultsXLSX)
    app.get(Paths.portalResultsCSV(.any).pattern, use: PortalController.resultsCSV)

    // Public survey links: no account, no session; the device's cookie is the only state
    app.get(Paths.surveyForm(.any).pattern, use: PublicSurveyController.form)
    app.on(.POST, Paths.surveyForm(.any).pattern, body: .collect(maxSize: "64kb"), use: PublicSurveyController.submit)
    app.get(Paths.surveyThanks(.any).pattern, use: PublicSurveyController.thanks)
    app.get(Paths.surveyQR(.any).pattern, use: PublicSurveyController.qr)
    app.get(Paths.surveyPoster(.any).pattern, use: PublicSurveyController.poster)

    let site = RouteGroup(app, [CurrentUserMiddleware()])
    site.get(Paths.preferences.pattern, use: SiteController.preferences)
    site.get(Paths.login(back: nil).pattern, use: AuthController.loginPage)
    site.grouped(CSRFMiddleware()).post(Paths.login(back: nil).pattern, use: AuthController.login)

    // Signed in: every role; each handler asks `Access` what this user may do with the record
    let signedIn = site.grouped(RequireLoginMiddleware(), CSRFMiddleware())
    signedIn.post(Paths.logout.pattern, use: AuthController.logout)
    signedIn.get(Paths.home.pattern, use: HomeController.home)

    // Assessments: the unit's self-assessment, the appraisal, explanations, workflow
    signedIn.get(Paths.assessment(.any).pattern, use: AssessmentController.show)
    signedIn.get(Paths.assessmentPrint(.any).pattern, use: AssessmentController.print)
    signedIn.post(Paths.saveEntry(.any, code: .any).pattern, use: AssessmentController.saveEntry)
    signedIn.post(Paths.saveAppraisal(.any, code: .any).pattern, use: AssessmentController.saveAppraisal)
    signedIn.post(Paths.saveSurvey(.any, code: .any).pattern, use: AssessmentController.saveSurvey)
    signedIn.post(Paths.previewEntry(.any, code: .any, layer: nil).pattern, use: AssessmentController.preview)
    signedIn.post(Paths.requestExplanation(.any, code: .any).pattern, use: AssessmentController.requestExplanation)
    signedIn.post(Paths.answerExplanation(.any, request: .any).pattern, use: AssessmentController.answerExplanation)
    signedIn.post(Paths.workflowAction(.any, action: .any).pattern, use: AssessmentController.performAction)
    signedIn.post(Paths.saveReport(.any).pattern, use: AssessmentController.saveReport)
    signedIn.get(Paths.criterionHistory(.any, code: .any).pattern, use: AssessmentController.history)
    signedIn.get(Paths.criterionEvidence(.any, code: .any).pattern, use: EvidenceController.criterionPage)
    signedIn.post(Paths.linkEvidence(.any, code: .any).pattern, use: EvidenceController.link)
    signedIn.post(Paths.unlinkEvidence(.any, link: .any).pattern, use: EvidenceController.unlink)

    // Evidence library: uploads stream to disk, so their body is not collected
    signedIn.get(Paths.evidenceLibrary(unit: .any).pattern, use: EvidenceController.library)
    signedIn.on(.POST, Paths.uploadEvidence(unit: .any).pattern, body: .stream, use: EvidenceController.upload)
    signedIn.get(Paths.evidenceFile(.any).pattern, use: EvidenceController.file)

    // Results of a period (who sees what: Access.resultsScope)
    signedIn.get(Paths.periodResults(.any).pattern, use: ResultsController.period)
    signedIn.get(Paths.assessmentAnalysis(.any).pattern, use: AnalysisController.show)
    signedIn.post(Paths.reconcile(.any).pattern, use: AnalysisController.reconcile)
    signedIn.get(Paths.meeting(.any, field: nil).pattern, use: MeetingController.show)
    signedIn.post(Paths.saveCommitteeNote(.any, code: .any).pattern, use: MeetingController.save)
    signedIn.get(Paths.minutes(.any).pattern, use: MeetingController.minutes)

    // Documents out: the results annex and the official score sheet
    signedIn.get(Paths.resultsXLSX(.any).pattern, use: DocumentsController.resultsXLSX)
    signedIn.get(Paths.resultsCSV(.any).pattern, use: DocumentsController.resultsCSV)
    signedIn.get(Paths.sheet(.any).pattern, use: DocumentsController.sheetPage)
    signedIn.get(Paths.sheetXLSX(.any).pattern, use: DocumentsController.sheetXLSX)

    // Excel in: the template, and the filled template uploaded (checked whole before any save)
    signedIn.get(Paths.templateXLSX(.any).pattern, use: DocumentsController.templateXLSX)
    signedIn.on(.POST, Paths.importScores(.any).pattern, body: .collect(maxSize: "10mb"), use: DocumentsController.importPage)
    // The signed score sheet, a PDF streamed to the evidence store like any evidence
    signedIn.on(.POST, Paths.signedSheet(.any).pattern, body: .stream, use: DocumentsController.attachSignedSheet)

    // Appraisal: the queue and survey points
    let appraisal = signedIn.grouped(RequireRoleMiddleware(roles: [.appraiser, .administrator]))
    appraisal.get(Paths.appraisalQueue.pattern, use: AppraisalController.queue)
    appraisal.on(.POST, Paths.surveyImport(period: .any).pattern, body: .collect(maxSize: "2mb"), use: AppraisalController.importSurvey)

    // Surveys: campaigns, their progress and results, paper questionnaires
    appraisal.get(Paths.surveys.pattern, use: SurveysController.index)
    appraisal.get(Paths.campaign(.any).pattern, use: CampaignController.show)
    appraisal.get(Paths.campaignAnswersCSV(.any).pattern, use: CampaignController.answersCSV)
    appraisal.get(Paths.campaignAnswersXLSX(.any).pattern, use: CampaignController.answersXLSX)
    appraisal.get(Paths.paperEntry(campaign: .any).pattern, use: CampaignController.paperForm)
    appraisal.on(.POST, Paths.paperEntry(campaign: .any).pattern, body: .collect(maxSize: "64kb"), use: CampaignController.paperSubmit)

    // Administration (Department of Home Affairs)
    let admin = signedIn.grouped(RequireRoleMiddleware(roles: [.administrator]))
    admin.get(Paths.adminUnits.pattern, use: AdminUnitsController.index)
    admin.post(Paths.adminUnits.pattern, use: AdminUnitsController.create)
    admin.post(Paths.adminUnitGroups.pattern, use: AdminUnitsController.createGroup)
    admin.get(Paths.adminUnit(.any).pattern, use: AdminUnitsController.edit)
    admin.post(Paths.adminUnit(.any).pattern, use: AdminUnitsController.update)
    admin.get(Paths.adminUsers.pattern, use: AdminUsersController.index)
    admin.post(Paths.adminUsers.pattern, use: AdminUsersController.create)
    admin.post(Paths.adminUserActive(.any).pattern, use: AdminUsersController.setActive)
    admin.get(Paths.adminCriteriaSets.pattern, use: AdminCriteriaSetsController.index)
    admin.on(.POST, Paths.adminCriteriaSets.pattern, body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.importSet)
    admin.get(Paths.adminCriteriaSet(.any).pattern, use: AdminCriteriaSetsController.show)
    admin.on(.POST, Paths.adminCriteriaSet(.any).pattern, body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.update)
    admin.post(Paths.adminCloneCriteriaSet(.any).pattern, use: AdminCriteriaSetsController.clone)
    admin.on(.POST, Paths.adminCriteriaSetOutline(.any).pattern, body: .collect(maxSize: "4mb"), use: AdminCriteriaSetsController.updateOutline)
    admin.get(Paths.adminPeriods.pattern, use: AdminPeriodsController.index)
    admin.post(Paths.adminPeriods.pattern, use: AdminPeriodsController.create)
    admin.get(Paths.adminPeriod(.any).pattern, use: AdminPeriodsController.show)
    admin.post(Paths.adminAssignments(period: .any).pattern, use: AdminPeriodsController.assign)
    admin.post(Paths.adminApprove(period: .any).pattern, use: AdminPeriodsController.approve)
    admin.post(Paths.adminRanking(period: .any).pattern, use: AdminPeriodsController.setRanked)
    admin.post(Paths.adminPublish(period: .any).pattern, use: AdminPeriodsController.publish)
    admin.post(Paths.adminWithdraw(period: .any).pattern, use: AdminPeriodsController.withdraw)
    admin.on(.POST, Paths.adminQuestionnaires.pattern, body: .collect(maxSize: "1mb"), use: SurveysController.importQuestionnaire)
    admin.get(Paths.adminQuestionnaireYAML(.any).pattern, use: SurveysController.exportQuestionnaire)
    admin.get(Paths.adminQuestionnaire(.any).pattern, use: QuestionnaireController.show)
    admin.on(.POST, Paths.adminQuestionnaire(.any).pattern, body: .collect(maxSize: "1mb"), use: QuestionnaireController.saveVersion)
    admin.post(Paths.adminCloneQuestionnaire(.any).pattern, use: QuestionnaireController.clone)
    admin.post(Paths.adminCampaigns.pattern, use: SurveysController.createCampaign)
    admin.post(Paths.adminCloseCampaign(.any).pattern, use: CampaignController.close)
    admin.post(Paths.adminVoidResponse(.any).pattern, use: CampaignController.void)
    admin.post(Paths.adminCountResponse(.any).pattern, use: CampaignController.count)

    // JSON API, token authentication (docs: GET /api/v1/openapi.yaml)
    try apiRoutes(app)
}

/// Routes only some roles may reach, pages and API alike.
struct RequireRoleMiddleware: AsyncMiddleware {
    let roles: Set<User.Role>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard roles.contains(try request.user.role) else { throw AppError.forbidden() }
        return try await next.respond(to: request)
    }
}
