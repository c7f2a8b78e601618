/// Who acts on an assessment, as far as the workflow cares.
public enum WorkflowRole: String, Sendable, CaseIterable, Codable {
    /// Cán bộ đầu mối of the unit.
    case officer
    /// The unit's leader, who signs off and submits.
    case leader
    /// Thẩm định viên of the Department of Home Affairs.
    case appraiser
    /// Administrator of the Department of Home Affairs.
    case administrator
}

/// The actions that move an assessment from one state to another.
public enum WorkflowAction: String, Sendable, CaseIterable, Codable {
    case submit
    case withdraw
    case startAppraisal = "start_appraisal"
    case requestExplanation = "request_explanation"
    case sendExplanation = "send_explanation"
    case finalise
    case approve

    public var title: LocalizedText {
        switch self {
        case .submit: LocalizedText(vi: "Gửi thẩm định", en: "Submit")
        case .withdraw: LocalizedText(vi: "Rút lại hồ sơ", en: "Withdraw")
        case .startAppraisal: LocalizedText(vi: "Bắt đầu thẩm định", en: "Start appraisal")
        case .requestExplanation: LocalizedText(vi: "Gửi yêu cầu giải trình", en: "Send explanation requests")
        case .sendExplanation: LocalizedText(vi: "Gửi giải trình", en: "Send explanations")
        case .finalise: LocalizedText(vi: "Hoàn tất thẩm định", en: "Finalise appraisal")
        case .approve: LocalizedText(vi: "Phê duyệt kết quả", en: "Approve results")
        }
    }
}

/// The period's deadlines, each the last day on which the step is allowed.
public struct WorkflowDeadlines: Sendable, Equatable {
    public var selfAssessment: CalendarDate?
    public var explanation: CalendarDate?
    public var appraisal: CalendarDate?

    public init(selfAssessment: CalendarDate? = nil, explanation: CalendarDate? = nil, appraisal: CalendarDate? = nil) {
        self.selfAssessment = selfAssessment
        self.explanation = explanation
        self.appraisal = appraisal
    }
}

/// Why an action was refused, worded for the person who tried it.
public struct WorkflowRefusal: Error, Sendable, Equatable {
    public var message: LocalizedText
}

/// The one place that says which state changes are legal, for whom and until when.
public enum Workflow {
    struct Step {
        var from: Set<AssessmentState>
        var to: AssessmentState
        var roles: Set<WorkflowRole>
    }

    static func step(for action: WorkflowAction) -> Step {
        switch action {
        case .submit: Step(from: [.draft], to: .submitted, roles: [.leader])
        case .withdraw: Step(from: [.submitted], to: .draft, roles: [.leader])
        case .startAppraisal: Step(from: [.submitted], to: .appraisalRound1, roles: [.appraiser])
        case .requestExplanation: Step(from: [.appraisalRound1], to: .explanation, roles: [.appraiser])
        case .sendExplanation: Step(from: [.explanation], to: .appraisalRound2, roles: [.officer, .leader])
        case .finalise: Step(from: [.appraisalRound1, .appraisalRound2], to: .finalised, roles: [.appraiser])
        case .approve: Step(from: [.finalised], to: .approved, roles: [.administrator])
        }
    }

    /// The state `action` leads to, or why it is refused.
    public static func transition(
        _ action: WorkflowAction, from state: AssessmentState, by role: WorkflowRole,
        on today: CalendarDate, deadlines: WorkflowDeadlines
    ) -> Result<AssessmentState, WorkflowRefusal> {
        let step = step(for: action)
        guard step.roles.contains(role) else {
            return .failure(WorkflowRefusal(message: LocalizedText(
                vi: "Vai trò của bạn không được thực hiện thao tác “\(action.title.vi)”.",
                en: "Your role may not \(action.title.en.lowercased()).")))
        }
        guard step.from.contains(state) else {
            return .failure(WorkflowRefusal(message: LocalizedText(
                vi: "Không thể “\(action.title.vi)” khi hồ sơ ở trạng thái “\(state.title.vi)”.",
                en: "Cannot \(action.title.en.lowercased()) while the assessment is “\(state.title.en)”.")))
        }
        if let deadline = deadline(for: action, in: deadlines), today > deadline {
            return .failure(WorkflowRefusal(message: LocalizedText(
                vi: "Đã quá hạn \(deadline.displayed) cho thao tác “\(action.title.vi)”.",
                en: "The deadline for this step was \(deadline.displayed).")))
        }
        return .success(step.to)
    }

    /// The actions `role` may take now, in the order a page offers them.
    public static func availableActions(from state: AssessmentState, by role: WorkflowRole) -> [WorkflowAction] {
        WorkflowAction.allCases.filter { action in
            let step = step(for: action)
            return step.from.contains(state) && step.roles.contains(role)
        }
    }

    static func deadline(for action: WorkflowAction, in deadlines: WorkflowDeadlines) -> CalendarDate? {
        switch action {
        case .submit: deadlines.selfAssessment
        case .sendExplanation: deadlines.explanation
        default: nil
        }
    }
}
