import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// Every operation of the JSON API under /api/v1: its route table, like `Paths` for the pages.
/// `APIRoutes.swift` registers from here; `scripts/check-openapi.py` compares the registered
/// table (`parindex routes`) with openapi.yaml.
enum APIPaths {
    case openAPI
    case tokens
    case me
    case units
    case unit(UUID)
    case unitGroups
    case users
    case userActive(UUID)
    case periods
    case assignments(period: UUID)
    case approve(period: UUID)
    case surveyImport(period: UUID)
    case periodResults(period: UUID)
    case publication(period: UUID)
    case resultsXLSX(period: UUID)
    case resultsCSV(period: UUID)
    case sheetXLSX(UUID)
    case templateXLSX(UUID)
    case importScores(UUID)
    case publicPeriods
    case publicResults(period: UUID)
    case publicSurveyResponses(String)
    case questionnaires
    case questionnaireYAML(UUID)
    case campaigns
    case closeCampaign(UUID)
    case campaignResults(UUID)
    case paperResponses(campaign: UUID)
    case voidResponse(UUID)
    case countResponse(UUID)
    case criteriaSets
    case criteriaSet(UUID)
    case cloneCriteriaSet(UUID)
    case assessments
    case assessment(UUID)
    case selfEntry(UUID, code: String)
    case appraisal(UUID, code: String)
    case survey(UUID, code: String)
    case action(UUID, action: WorkflowAction)
    case explanations(UUID, code: String)
    case answer(UUID, request: UUID)
    case links(UUID, code: String)
    case link(UUID, code: String, link: UUID)
    case report(UUID)
    case plan(UUID)
    case ranking(UUID)
    case assessmentYAML(UUID)
    case reconcile(UUID)
    case committeeNotes(UUID)
    case committeeNote(UUID, code: String)
    case history(UUID, code: String)
    case evidenceLibrary(unit: UUID)
    case evidenceFile(UUID)

    var segments: [PathSegment] {
        func assessmentPath(_ id: UUID, _ rest: PathSegment...) -> [PathSegment] {
            [.constant("assessments"), .value(.assessment, id)] + rest
        }
        let code = { (text: String) in PathSegment.value(.criterion, text) }
        let path: [PathSegment] = switch self {
        case .openAPI: [.constant("openapi.yaml")]
        case .tokens: [.constant("tokens")]
        case .me: [.constant("me")]
        case .units: [.constant("units")]
        case let .unit(id): [.constant("units"), .value(.unit, id)]
        case .unitGroups: [.constant("unit-groups")]
        case .users: [.constant("users")]
        case let .userActive(id): [.constant("users"), .value(.user, id), .constant("active")]
        case .periods: [.constant("periods")]
        case let .assignments(period): [.constant("periods"), .value(.period, period), .constant("assignments")]
        case let .approve(period): [.constant("periods"), .value(.period, period), .constant("approve")]
        case let .surveyImport(period): [.constant("periods"), .value(.period, period), .constant("survey-import")]
        case let .periodResults(period): [.constant("periods"), .value(.period, period), .constant("results")]
        case let .publication(period): [.constant("periods"), .value(.period, period), .constant("publication")]
        case let .resultsXLSX(period): [.constant("periods"), .value(.period, period), .constant("results.xlsx")]
        case let .resultsCSV(period): [.constant("periods"), .value(.period, period), .constant("results.csv")]
        case let .sheetXLSX(id): assessmentPath(id, .constant("sheet.xlsx"))
        case let .templateXLSX(id): assessmentPath(id, .constant("template.xlsx"))
        case let .importScores(id): assessmentPath(id, .constant("import"))
        case .publicPeriods: [.constant("public"), .constant("periods")]
        case let .publicResults(period): [.constant("public"), .constant("periods"), .value(.period, period), .constant("results")]
        case let .publicSurveyResponses(code): [.constant("public"), .constant("surveys"), .value(.surveyCode, code), .constant("responses")]
        case .questionnaires: [.constant("questionnaires")]
        case let .questionnaireYAML(id): [.constant("questionnaires"), .value(.questionnaire, id), .constant("yaml")]
        case .campaigns: [.constant("campaigns")]
        case let .closeCampaign(id): [.constant("campaigns"), .value(.campaign, id), .constant("close")]
        case let .campaignResults(id): [.constant("campaigns"), .value(.campaign, id), .constant("results")]
        case let .paperResponses(id): [.constant("campaigns"), .value(.campaign, id), .constant("responses")]
        case let .voidResponse(id): [.constant("survey-responses"), .value(.surveyResponse, id), .constant("void")]
        case let .countResponse(id): [.constant("survey-responses"), .value(.surveyResponse, id), .constant("count")]
        case .criteriaSets: [.constant("criteria-sets")]
        case let .criteriaSet(id): [.constant("criteria-sets"), .value(.criteriaSet, id)]
        case let .cloneCriteriaSet(id): [.constant("criteria-sets"), .value(.criteriaSet, id), .constant("clone")]
        case .assessments: [.constant("assessments")]
        case let .assessment(id): assessmentPath(id)
        case let .selfEntry(id, text): assessmentPath(id, .constant("entries"), code(text))
        case let .appraisal(id, text): assessmentPath(id, .constant("appraisal"), code(text))
        case let .survey(id, text): assessmentPath(id, .constant("survey"), code(text))
        case let .action(id, action): assessmentPath(id, .constant("actions"), .value(.action, action))
        case let .explanations(id, text): assessmentPath(id, .constant("explanations"), code(text))
        case let .answer(id, request): assessmentPath(id, .constant("answers"), .value(.explanationRequest, request))
        case let .links(id, text): assessmentPath(id, .constant("links"), code(text))
        // Under its criterion, so it is not the same path as `links` with another parameter name.
        case let .link(id, text, link): assessmentPath(id, .constant("links"), code(text), .value(.link, link))
        case let .report(id): assessmentPath(id, .constant("report"))
        case let .plan(id): assessmentPath(id, .constant("plan"))
        case let .ranking(id): assessmentPath(id, .constant("ranking"))
        case let .assessmentYAML(id): assessmentPath(id, .constant("yaml"))
        case let .reconcile(id): assessmentPath(id, .constant("reconcile"))
        case let .committeeNotes(id): assessmentPath(id, .constant("committee"))
        case let .committeeNote(id, text): assessmentPath(id, .constant("committee"), code(text))
        case let .history(id, text): assessmentPath(id, .constant("history"), code(text))
        case let .evidenceLibrary(unit): [.constant("units"), .value(.unit, unit), .constant("evidence")]
        case let .evidenceFile(id): [.constant("evidence"), .value(.document, id), .constant("file")]
        }
        return [.constant("api"), .constant("v1")] + path
    }

    var href: String { "/" + segments.map(\.linkText).joined(separator: "/") }
    var pattern: [PathComponent] { segments.map(\.routeComponent) }
}
