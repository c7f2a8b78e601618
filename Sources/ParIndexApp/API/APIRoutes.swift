import Vapor

/// The JSON API under /api/v1: the same operations as the pages, with token authentication.
/// Described by `openapi.yaml` (served at /api/v1/openapi.yaml).
func apiRoutes(_ app: Application) throws {
    let api = app.grouped("api", "v1")
    api.get("openapi.yaml", use: APIController.openAPI)
    api.post("tokens", use: APIController.createToken)

    let authed = api.grouped(TokenAuthenticator(), RequireTokenMiddleware())
    authed.get("me", use: APIController.me)
    authed.get("units", use: APIController.units)
    authed.get("periods", use: APIController.periods)
    authed.get("criteria-sets", use: APIController.criteriaSets)
    authed.on(.POST, "criteria-sets", body: .collect(maxSize: "4mb"), use: APIController.importCriteriaSet)
    authed.on(.PUT, "criteria-sets", ":setID", body: .collect(maxSize: "4mb"), use: APIController.updateCriteriaSet)
    authed.post("criteria-sets", ":setID", "clone", use: APIController.cloneCriteriaSet)
    authed.post("units", use: APIController.createUnit)
    authed.get("unit-groups", use: APIController.unitGroups)
    authed.post("unit-groups", use: APIController.createUnitGroup)
    authed.post("users", use: APIController.createUser)
    authed.put("users", ":userID", "active", use: APIController.setUserActive)
    authed.post("periods", use: APIController.createPeriod)
    authed.post("periods", ":periodID", "assignments", use: APIController.assignAppraiser)
    authed.post("periods", ":periodID", "approve", use: APIController.approvePeriod)
    authed.on(.POST, "periods", ":periodID", "survey-import", body: .collect(maxSize: "2mb"), use: APIController.importSurvey)

    let assessment = authed.grouped("assessments")
    assessment.get(use: APIController.assessments)
    assessment.get(":assessmentID", use: APIController.assessment)
    assessment.put(":assessmentID", "entries", ":code", use: APIController.saveSelfEntry)
    assessment.put(":assessmentID", "appraisal", ":code", use: APIController.saveAppraisal)
    assessment.put(":assessmentID", "survey", ":code", use: APIController.saveSurvey)
    assessment.post(":assessmentID", "actions", ":action", use: APIController.performAction)
    assessment.post(":assessmentID", "explanations", ":code", use: APIController.requestExplanation)
    assessment.post(":assessmentID", "answers", ":requestID", use: APIController.answerExplanation)
    assessment.post(":assessmentID", "links", ":code", use: APIController.linkEvidence)
    assessment.delete(":assessmentID", "links", ":linkID", use: APIController.unlinkEvidence)
    assessment.put(":assessmentID", "report", use: APIController.saveReport)
    assessment.get(":assessmentID", "history", ":code", use: APIController.history)
    authed.on(.POST, "units", ":unitID", "evidence", body: .stream, use: APIController.uploadEvidence)
    authed.get("units", ":unitID", "evidence", use: APIController.library)
    authed.get("evidence", ":documentID", "file", use: EvidenceController.file)
}
