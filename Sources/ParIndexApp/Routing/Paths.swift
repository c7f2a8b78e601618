import Foundation

/// Every page and form target of the site. Views build links from here and `routes.swift`
/// registers the same shapes, so no link can point at a missing route.
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
    case saveEntry(UUID, code: String)
    case saveAppraisal(UUID, code: String)
    case saveSurvey(UUID, code: String)
    case previewEntry(UUID, code: String, layer: String)
    case requestExplanation(UUID, code: String)
    case answerExplanation(UUID, request: UUID)
    case workflowAction(UUID, action: String)
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

    var href: String {
        switch self {
        case .home: "/"
        case .health: "/health"
        case let .login(back): back.map { "/login?back=" + Self.encode($0) } ?? "/login"
        case .logout: "/logout"
        case .preferences: "/preferences"
        case .styleSheet: "/assets/app.css"
        case .script: "/assets/app.js"
        case let .assessment(id): "/assessments/\(id)"
        case let .assessmentPrint(id): "/assessments/\(id)/print"
        case let .saveEntry(id, code): "/assessments/\(id)/entries/\(Self.encode(code))"
        case let .saveAppraisal(id, code): "/assessments/\(id)/appraisal/\(Self.encode(code))"
        case let .saveSurvey(id, code): "/assessments/\(id)/survey/\(Self.encode(code))"
        case let .previewEntry(id, code, layer): "/assessments/\(id)/preview/\(Self.encode(code))?layer=\(layer)"
        case let .requestExplanation(id, code): "/assessments/\(id)/explanations/\(Self.encode(code))"
        case let .answerExplanation(id, request): "/assessments/\(id)/answers/\(request)"
        case let .workflowAction(id, action): "/assessments/\(id)/actions/\(action)"
        case let .saveReport(id): "/assessments/\(id)/report"
        case let .criterionHistory(id, code): "/assessments/\(id)/history/\(Self.encode(code))"
        case let .criterionEvidence(id, code): "/assessments/\(id)/evidence/\(Self.encode(code))"
        case let .linkEvidence(id, code): "/assessments/\(id)/links/\(Self.encode(code))"
        case let .unlinkEvidence(id, link): "/assessments/\(id)/unlink/\(link)"
        case let .evidenceLibrary(unit): "/units/\(unit)/evidence"
        case let .uploadEvidence(unit): "/units/\(unit)/evidence"
        case let .evidenceFile(id): "/evidence/\(id)/file"
        case .appraisalQueue: "/appraisal"
        case let .surveyImport(period): "/periods/\(period)/survey-import"
        case .adminUnits: "/admin/units"
        case .adminUnitGroups: "/admin/unit-groups"
        case let .adminUnit(id): "/admin/units/\(id)"
        case .adminUsers: "/admin/users"
        case let .adminUserActive(id): "/admin/users/\(id)/active"
        case .adminCriteriaSets: "/admin/criteria-sets"
        case let .adminCriteriaSet(id): "/admin/criteria-sets/\(id)"
        case let .adminCloneCriteriaSet(id): "/admin/criteria-sets/\(id)/clone"
        case let .adminCriteriaSetOutline(id): "/admin/criteria-sets/\(id)/outline"
        case .adminPeriods: "/admin/periods"
        case let .adminPeriod(id): "/admin/periods/\(id)"
        case let .adminAssignments(period): "/admin/periods/\(period)/assignments"
        case let .adminApprove(period): "/admin/periods/\(period)/approve"
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?&=#+"))) ?? text
    }
}
