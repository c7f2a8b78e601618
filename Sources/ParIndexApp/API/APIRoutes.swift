import Vapor
import ParIndexData

/// The JSON API under /api/v1: the same operations as the pages, with token authentication,
/// registered from `APIPaths` and behind the same role middleware as the pages.
/// Described by `openapi.yaml` (served at /api/v1/openapi.yaml).
func apiRoutes(_ app: Application) throws {
    app.get(APIPaths.openAPI.pattern, use: APIController.openAPI)
    app.post(APIPaths.tokens.pattern, use: APIController.createToken)

    // The public portal's figures: published periods only, no token
    app.get(APIPaths.publicPeriods.pattern, use: APIController.publicPeriods)
    app.get(APIPaths.publicResults(period: .any).pattern, use: APIController.publicResults)
    app.on(.POST, APIPaths.publicSurveyResponses(.any).pattern, body: .collect(maxSize: "64kb"), use: APIController.submitSurveyResponse)

    // Every role; each handler asks `Access` what this user may do with the record
    let authed = RouteGroup(app, [TokenAuthenticator(), RequireTokenMiddleware()])
    authed.get(APIPaths.me.pattern, use: APIController.me)
    authed.get(APIPaths.units.pattern, use: APIController.units)
    authed.get(APIPaths.periods.pattern, use: APIController.periods)
    authed.get(APIPaths.criteriaSets.pattern, use: APIController.criteriaSets)
    authed.get(APIPaths.unitGroups.pattern, use: APIController.unitGroups)

    // Results of a period (who sees what: Access.resultsScope, as on the page)
    authed.get(APIPaths.periodResults(period: .any).pattern, use: APIController.periodResults)
    authed.get(APIPaths.resultsXLSX(period: .any).pattern, use: DocumentsController.resultsXLSX)
    authed.get(APIPaths.resultsCSV(period: .any).pattern, use: DocumentsController.resultsCSV)
    authed.get(APIPaths.sheetXLSX(.any).pattern, use: DocumentsController.sheetXLSX)
    authed.get(APIPaths.templateXLSX(.any).pattern, use: DocumentsController.templateXLSX)
    authed.on(.POST, APIPaths.importScores(.any).pattern, body: .collect(maxSize: "10mb"), use: DocumentsController.importAPI)

    // Assessments
    authed.get(APIPaths.assessments.pattern, use: APIController.assessments)
    authed.get(APIPaths.assessment(.any).pattern, use: APIController.assessment)
    authed.put(APIPaths.selfEntry(.any, code: .any).pattern, use: APIController.saveSelfEntry)
    authed.put(APIPaths.appraisal(.any, code: .any).pattern, use: APIController.saveAppraisal)
    authed.put(APIPaths.survey(.any, code: .any).pattern, use: APIController.saveSurvey)
    authed.post(APIPaths.action(.any, action: .any).pattern, use: APIController.performAction)
    authed.post(APIPaths.explanations(.any, code: .any).pattern, use: APIController.requestExplanation)
    authed.post(APIPaths.answer(.any, request: .any).pattern, use: APIController.answerExplanation)
    authed.post(APIPaths.links(.any, code: .any).pattern, use: APIController.linkEvidence)
    authed.delete(APIPaths.link(.any, code: .any, link: .any).pattern, use: APIController.unlinkEvidence)
    authed.put(APIPaths.report(.any).pattern, use: APIController.saveReport)
    authed.get(APIPaths.history(.any, code: .any).pattern, use: APIController.history)
    authed.get(APIPaths.plan(.any).pattern, use: APIController.plan)
    authed.get(APIPaths.assessmentYAML(.any).pattern, use: APIController.assessmentYAML)
    authed.post(APIPaths.reconcile(.any).pattern, use: APIController.reconcile)
    authed.get(APIPaths.committeeNotes(.any).pattern, use: APIController.committeeNotes)
    authed.put(APIPaths.committeeNote(.any, code: .any).pattern, use: APIController.saveCommitteeNote)

    // Evidence library: uploads stream to disk, so their body is not collected
    authed.on(.POST, APIPaths.evidenceLibrary(unit: .any).pattern, body: .stream, use: APIController.uploadEvidence)
    authed.get(APIPaths.evidenceLibrary(unit: .any).pattern, use: APIController.library)
    authed.get(APIPaths.evidenceFile(.any).pattern, use: EvidenceController.file)

    // Survey points: appraisers and the administrator, as on the pages
    authed.grouped(RequireRoleMiddleware(roles: [.appraiser, .administrator]))
        .on(.POST, APIPaths.surveyImport(period: .any).pattern, body: .collect(maxSize: "2mb"), use: APIController.importSurvey)

    // Survey results and paper questionnaires: appraisers and the administrator
    let surveyStaff = authed.grouped(RequireRoleMiddleware(roles: [.appraiser, .administrator]))
    surveyStaff.get(APIPaths.campaignResults(.any).pattern, use: APIController.campaignResults)
    surveyStaff.post(APIPaths.paperResponses(campaign: .any).pattern, use: APIController.enterPaperResponse)

    // Administration (Department of Home Affairs): the operations of the admin pages
    let admin = authed.grouped(RequireRoleMiddleware(roles: [.administrator]))
    admin.get(APIPaths.questionnaires.pattern, use: APIController.questionnaires)
    admin.on(.POST, APIPaths.questionnaires.pattern, body: .collect(maxSize: "1mb"), use: APIController.importQuestionnaire)
    admin.get(APIPaths.questionnaireYAML(.any).pattern, use: APIController.questionnaireYAML)
    admin.get(APIPaths.campaigns.pattern, use: APIController.campaigns)
    admin.post(APIPaths.campaigns.pattern, use: APIController.createCampaign)
    admin.post(APIPaths.closeCampaign(.any).pattern, use: APIController.closeCampaign)
    admin.post(APIPaths.voidResponse(.any).pattern, use: APIController.voidSurveyResponse)
    admin.post(APIPaths.countResponse(.any).pattern, use: APIController.countSurveyResponse)
    admin.on(.POST, APIPaths.criteriaSets.pattern, body: .collect(maxSize: "4mb"), use: APIController.importCriteriaSet)
    admin.on(.PUT, APIPaths.criteriaSet(.any).pattern, body: .collect(maxSize: "4mb"), use: APIController.updateCriteriaSet)
    admin.post(APIPaths.cloneCriteriaSet(.any).pattern, use: APIController.cloneCriteriaSet)
    admin.post(APIPaths.units.pattern, use: APIController.createUnit)
    admin.put(APIPaths.unit(.any).pattern, use: APIController.updateUnit)
    admin.post(APIPaths.unitGroups.pattern, use: APIController.createUnitGroup)
    admin.post(APIPaths.users.pattern, use: APIController.createUser)
    admin.put(APIPaths.userActive(.any).pattern, use: APIController.setUserActive)
    admin.post(APIPaths.periods.pattern, use: APIController.createPeriod)
    admin.post(APIPaths.assignments(period: .any).pattern, use: APIController.assignAppraiser)
    admin.post(APIPaths.approve(period: .any).pattern, use: APIController.approvePeriod)
    admin.put(APIPaths.ranking(.any).pattern, use: APIController.setRanked)
    admin.post(APIPaths.publication(period: .any).pattern, use: APIController.publish)
    admin.delete(APIPaths.publication(period: .any).pattern, use: APIController.withdraw)
}
