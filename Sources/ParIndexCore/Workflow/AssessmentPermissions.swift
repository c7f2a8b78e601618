/// What one assessment may be asked to do: read, changed in one of its layers, moved along the
/// workflow, or administered.
public enum AssessmentCapability: String, Sendable, CaseIterable {
    case view
    /// The self layer: inputs, notes, the report on difficulties and proposals.
    case editSelfAssessment
    /// The appraised layer of the current round.
    case appraise
    /// Survey points of survey-derived criteria.
    case enterSurvey
    case requestExplanation
    case answerExplanation
    /// Citing the unit's evidence documents from criteria.
    case linkEvidence
    /// The Department of Home Affairs' own powers over every assessment.
    case administer
}

/// Why a capability is refused: the person may never do it here (403, or 404 for reading), or
/// may, but not in the assessment's present state (409).
public enum PermissionRefusal: Error, Sendable, Equatable {
    case notYours
    case notNow(AssessmentState)
}

/// The one rule for what a person may do with an assessment, from their role, whether the
/// assessment is their unit's, whether they are assigned to appraise it, its state and the
/// period's deadlines. Pages, forms and the API all ask this value; none works it out itself.
public struct AssessmentPermissions: Sendable, Equatable {
    public let role: WorkflowRole
    /// The assessment is of the person's own unit (officers and leaders).
    public let isOwnUnit: Bool
    /// The person is assigned to appraise this unit in this period (appraisers).
    public let isAssigned: Bool
    public let state: AssessmentState
    public let today: CalendarDate
    public let deadlines: WorkflowDeadlines

    public init(role: WorkflowRole, isOwnUnit: Bool, isAssigned: Bool, state: AssessmentState,
                today: CalendarDate, deadlines: WorkflowDeadlines) {
        self.role = role
        self.isOwnUnit = isOwnUnit
        self.isAssigned = isAssigned
        self.state = state
        self.today = today
        self.deadlines = deadlines
    }

    private var isUnitMember: Bool { (role == .officer || role == .leader) && isOwnUnit }
    private var isAppraiserOfIt: Bool { role == .appraiser && isAssigned }

    /// Why the capability is refused now; nil when it is granted.
    public func refusal(for capability: AssessmentCapability) -> PermissionRefusal? {
        let (yours, now): (Bool, Bool) = switch capability {
        // A draft is the unit's own business until it is submitted.
        case .view: (role == .administrator || isUnitMember || (isAppraiserOfIt && state != .draft), true)
        case .editSelfAssessment: (isUnitMember, state.unitMayEditSelfAssessment)
        case .appraise: (isAppraiserOfIt, state.appraiserMayScore)
        case .enterSurvey: (isAppraiserOfIt || role == .administrator, state.surveyMayBeEntered)
        case .requestExplanation: (isAppraiserOfIt, state == .appraisalRound1)
        case .answerExplanation: (isUnitMember, state.unitMayExplain)
        case .linkEvidence: (isUnitMember, state.unitMayEditSelfAssessment || state.unitMayExplain)
        case .administer: (role == .administrator, true)
        }
        guard yours else { return .notYours }
        guard now else { return .notNow(state) }
        return nil
    }

    public func may(_ capability: AssessmentCapability) -> Bool { refusal(for: capability) == nil }

    /// The workflow actions offered now, in the order a page shows them: those the role may take
    /// from this state, on an assessment the person may see. Deadlines are checked on `transition`
    /// so that a late click is told which deadline passed.
    public var actions: [WorkflowAction] {
        guard may(.view) else { return [] }
        return Workflow.availableActions(from: state, by: role)
    }

    /// The state `action` leads to, or why it is refused (another unit's assessment, a role that
    /// may not take it, the wrong state, a passed deadline).
    public func transition(_ action: WorkflowAction) -> Result<AssessmentState, WorkflowRefusal> {
        guard may(.view) else {
            return .failure(WorkflowRefusal(message: LocalizedText(
                vi: "Bạn không có quyền thao tác trên hồ sơ này.", en: "You may not act on this assessment.")))
        }
        return Workflow.transition(action, from: state, by: role, on: today, deadlines: deadlines)
    }
}
