import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// Every page and form target of the site: the one route table. Each case gives both its link
/// (`href`) and its route pattern (`pattern`), from the same segments, so no link can point at a
/// missing route; `routes.swift` registers every route from here.
enum Paths {
    case home
    case health
    case login(back: String?)
    case logout
    case preferences
    case styleSheet
    case script
    case assessment(UUID)
    case assessmentPrint(UUID)
    case assessmentAnalysis(UUID)
    case reconcile(UUID)
    case meeting(UUID, field: Int?)
    case saveCommitteeNote(UUID, code: String)
    case minutes(UUID)
    case saveEntry(UUID, code: String)
    case saveAppraisal(UUID, code: String)
    case saveSurvey(UUID, code: String)
    case previewEntry(UUID, code: String, layer: EntryLayer?)
    case requestExplanation(UUID, code: String)
    case answerExplanation(UUID, request: UUID)
    case workflowAction(UUID, action: WorkflowAction)
    case saveReport(UUID)
    case criterionHistory(UUID, code: String)
    case criterionEvidence(UUID, code: String)
    case linkEvidence(UUID, code: String)
    case unlinkEvidence(UUID, link: UUID)
    case evidenceLibrary(unit: UUID)
    case uploadEvidence(unit: UUID)
    case evidenceFile(UUID)
    case appraisalQueue
    case surveyImport(period: UUID)
    case periodResults(UUID)
    case adminUnits
    case adminUnitGroups
    case adminUnit(UUID)
    case adminUsers
    case adminUserActive(UUID)
    case adminCriteriaSets
    case adminCriteriaSet(UUID)
    case adminCloneCriteriaSet(UUID)
    case adminCriteriaSetOutline(UUID)
    case adminPeriods
    case adminPeriod(UUID)
    case adminAssignments(period: UUID)
    case adminApprove(period: UUID)
    case adminRanking(period: UUID)
    case adminPublish(period: UUID)
    case adminWithdraw(period: UUID)
    case sheet(UUID)
    case sheetXLSX(UUID)
    case templateXLSX(UUID)
    case importScores(UUID)
    case signedSheet(UUID)
    case resultsXLSX(UUID)
    case resultsCSV(UUID)
    case portal
    case portalPeriod(UUID)
    case portalUnit(UUID, unit: String)
    case portalResultsXLSX(UUID)
    case portalResultsCSV(UUID)
    case surveyForm(String)
    case surveyThanks(String)
    case surveyQR(String)
    case surveyPoster(String)
    case surveys
    case adminQuestionnaires
    case adminCampaigns
    case adminQuestionnaireYAML(UUID)
    case adminQuestionnaire(UUID)
    case adminCloneQuestionnaire(UUID)
    case campaign(UUID)
    case campaignAnswersCSV(UUID)
    case campaignAnswersXLSX(UUID)
    case adminCloseCampaign(UUID)
    case adminVoidResponse(UUID)
    case adminCountResponse(UUID)
    case paperEntry(campaign: UUID)

    var segments: [PathSegment] {
        func assessmentPath(_ id: UUID, _ rest: PathSegment...) -> [PathSegment] {
            [.constant("assessments"), .value(.assessment, id)] + rest
        }
        let code = { (text: String) in PathSegment.value(.criterion, text) }
        return switch self {
        case .home: []
        case .health: [.constant("health")]
        case .login: [.constant("login")]
        case .logout: [.constant("logout")]
        case .preferences: [.constant("preferences")]
        case .styleSheet: [.constant("assets"), .constant("app.css")]
        case .script: [.constant("assets"), .constant("app.js")]
        case let .assessment(id): assessmentPath(id)
        case let .assessmentPrint(id): assessmentPath(id, .constant("print"))
        case let .assessmentAnalysis(id): assessmentPath(id, .constant("analysis"))
        case let .reconcile(id): assessmentPath(id, .constant("reconcile"))
        case let .meeting(id, _): assessmentPath(id, .constant("meeting"))
        case let .saveCommitteeNote(id, text): assessmentPath(id, .constant("meeting"), code(text))
        case let .minutes(id): assessmentPath(id, .constant("minutes"))
        case let .saveEntry(id, text): assessmentPath(id, .constant("entries"), code(text))
        case let .saveAppraisal(id, text): assessmentPath(id, .constant("appraisal"), code(text))
        case let .saveSurvey(id, text): assessmentPath(id, .constant("survey"), code(text))
        case let .previewEntry(id, text, _): assessmentPath(id, .constant("preview"), code(text))
        case let .requestExplanation(id, text): assessmentPath(id, .constant("explanations"), code(text))
        case let .answerExplanation(id, request): assessmentPath(id, .constant("answers"), .value(.explanationRequest, request))
        case let .workflowAction(id, action): assessmentPath(id, .constant("actions"), .value(.action, action))
        case let .saveReport(id): assessmentPath(id, .constant("report"))
        case let .criterionHistory(id, text): assessmentPath(id, .constant("history"), code(text))
        case let .criterionEvidence(id, text): assessmentPath(id, .constant("evidence"), code(text))
        case let .linkEvidence(id, text): assessmentPath(id, .constant("links"), code(text))
        case let .unlinkEvidence(id, link): assessmentPath(id, .constant("unlink"), .value(.link, link))
        case let .evidenceLibrary(unit), let .uploadEvidence(unit): [.constant("units"), .value(.unit, unit), .constant("evidence")]
        case let .evidenceFile(id): [.constant("evidence"), .value(.document, id), .constant("file")]
        case .appraisalQueue: [.constant("appraisal")]
        case let .surveyImport(period): [.constant("periods"), .value(.period, period), .constant("survey-import")]
        case let .periodResults(period): [.constant("periods"), .value(.period, period), .constant("results")]
        case .adminUnits: [.constant("admin"), .constant("units")]
        case .adminUnitGroups: [.constant("admin"), .constant("unit-groups")]
        case let .adminUnit(id): [.constant("admin"), .constant("units"), .value(.unit, id)]
        case .adminUsers: [.constant("admin"), .constant("users")]
        case let .adminUserActive(id): [.constant("admin"), .constant("users"), .value(.user, id), .constant("active")]
        case .adminCriteriaSets: [.constant("admin"), .constant("criteria-sets")]
        case let .adminCriteriaSet(id): [.constant("admin"), .constant("criteria-sets"), .value(.criteriaSet, id)]
        case let .adminCloneCriteriaSet(id): [.constant("admin"), .constant("criteria-sets"), .value(.criteriaSet, id), .constant("clone")]
        case let .adminCriteriaSetOutline(id): [.constant("admin"), .constant("criteria-sets"), .value(.criteriaSet, id), .constant("outline")]
        case .adminPeriods: [.constant("admin"), .constant("periods")]
        case let .adminPeriod(id): [.constant("admin"), .constant("periods"), .value(.period, id)]
        case let .adminAssignments(period): [.constant("admin"), .constant("periods"), .value(.period, period), .constant("assignments")]
        case let .adminApprove(period): [.constant("admin"), .constant("periods"), .value(.period, period), .constant("approve")]
        case let .adminRanking(period): [.constant("admin"), .constant("periods"), .value(.period, period), .constant("ranking")]
        case let .adminPublish(period): [.constant("admin"), .constant("periods"), .value(.period, period), .constant("publish")]
        case let .adminWithdraw(period): [.constant("admin"), .constant("periods"), .value(.period, period), .constant("withdraw")]
        case let .sheet(id): assessmentPath(id, .constant("sheet"))
        case let .sheetXLSX(id): assessmentPath(id, .constant("sheet.xlsx"))
        case let .templateXLSX(id): assessmentPath(id, .constant("template.xlsx"))
        case let .importScores(id): assessmentPath(id, .constant("import"))
        case let .signedSheet(id): assessmentPath(id, .constant("signed-sheet"))
        case let .resultsXLSX(period): [.constant("periods"), .value(.period, period), .constant("results.xlsx")]
        case let .resultsCSV(period): [.constant("periods"), .value(.period, period), .constant("results.csv")]
        case .portal: [.constant("public")]
        case let .portalPeriod(period): [.constant("public"), .value(.period, period)]
        case let .portalUnit(period, unit): [.constant("public"), .value(.period, period), .constant("units"), .value(.unitCode, unit)]
        case let .portalResultsXLSX(period): [.constant("public"), .value(.period, period), .constant("results.xlsx")]
        case let .portalResultsCSV(period): [.constant("public"), .value(.period, period), .constant("results.csv")]
        case let .surveyForm(code): [.constant("s"), .value(.surveyCode, code)]
        case let .surveyThanks(code): [.constant("s"), .value(.surveyCode, code), .constant("thanks")]
        case let .surveyQR(code): [.constant("s"), .value(.surveyCode, code), .constant("qr.svg")]
        case let .surveyPoster(code): [.constant("s"), .value(.surveyCode, code), .constant("poster")]
        case .surveys: [.constant("surveys")]
        case .adminQuestionnaires: [.constant("admin"), .constant("questionnaires")]
        case .adminCampaigns: [.constant("admin"), .constant("campaigns")]
        case let .adminQuestionnaireYAML(id): [.constant("admin"), .constant("questionnaires"), .value(.questionnaire, id), .constant("yaml")]
        case let .adminQuestionnaire(id): [.constant("admin"), .constant("questionnaires"), .value(.questionnaire, id)]
        case let .adminCloneQuestionnaire(id): [.constant("admin"), .constant("questionnaires"), .value(.questionnaire, id), .constant("clone")]
        case let .campaign(id): [.constant("campaigns"), .value(.campaign, id)]
        case let .campaignAnswersCSV(id): [.constant("campaigns"), .value(.campaign, id), .constant("answers.csv")]
        case let .campaignAnswersXLSX(id): [.constant("campaigns"), .value(.campaign, id), .constant("answers.xlsx")]
        case let .adminCloseCampaign(id): [.constant("admin"), .constant("campaigns"), .value(.campaign, id), .constant("close")]
        case let .adminVoidResponse(id): [.constant("admin"), .constant("survey-responses"), .value(.surveyResponse, id), .constant("void")]
        case let .adminCountResponse(id): [.constant("admin"), .constant("survey-responses"), .value(.surveyResponse, id), .constant("count")]
        case let .paperEntry(campaign): [.constant("campaigns"), .value(.campaign, campaign), .constant("paper")]
        }
    }

    /// The link, with the query some pages carry.
    var href: String {
        let path = "/" + segments.map(\.linkText).joined(separator: "/")
        switch self {
        case let .login(back?): return path + "?back=" + PathSegment.encode(back)
        case let .previewEntry(_, _, layer?): return path + "?layer=" + layer.rawValue
        case let .meeting(_, field?): return path + "?field=" + String(field)
        default: return path
        }
    }

    /// The route's path components, parameters by name, whatever values the case holds.
    var pattern: [PathComponent] { segments.map(\.routeComponent) }

    static func encode(_ text: String) -> String { PathSegment.encode(text) }
}
