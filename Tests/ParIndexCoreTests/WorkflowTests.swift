import Testing
import ParIndexCore

@Suite("Workflow")
struct WorkflowTests {
    let today = CalendarDate(year: 2023, month: 11, day: 20)!
    let open = WorkflowDeadlines()

    /// Every legal step, as PAR-INDEX.md §5 describes the year.
    static let legal: [(WorkflowAction, AssessmentState, WorkflowRole, AssessmentState)] = [
        (.submit, .draft, .leader, .submitted),
        (.withdraw, .submitted, .leader, .draft),
        (.startAppraisal, .submitted, .appraiser, .appraisalRound1),
        (.requestExplanation, .appraisalRound1, .appraiser, .explanation),
        (.sendExplanation, .explanation, .officer, .appraisalRound2),
        (.sendExplanation, .explanation, .leader, .appraisalRound2),
        (.finalise, .appraisalRound1, .appraiser, .finalised),
        (.finalise, .appraisalRound2, .appraiser, .finalised),
        (.approve, .finalised, .administrator, .approved),
    ]

    @Test func everyLegalStepLeadsWhereTheWorkflowSays() throws {
        for (action, from, role, to) in Self.legal {
            let result = Workflow.transition(action, from: from, by: role, on: today, deadlines: open)
            #expect(try result.get() == to, "\(action) from \(from) by \(role)")
        }
    }

    @Test func everyOtherCombinationIsRefusedWithAMessage() {
        var refused = 0
        for action in WorkflowAction.allCases {
            for state in AssessmentState.allCases {
                for role in WorkflowRole.allCases {
                    let isLegal = Self.legal.contains { $0.0 == action && $0.1 == state && $0.2 == role }
                    let result = Workflow.transition(action, from: state, by: role, on: today, deadlines: open)
                    switch result {
                    case .success: #expect(isLegal, "\(action) from \(state) by \(role) should be refused")
                    case let .failure(refusal):
                        #expect(!isLegal)
                        #expect(!refusal.message.vi.isEmpty && !refusal.message.en.isEmpty)
                        refused += 1
                    }
                }
            }
        }
        #expect(refused == WorkflowAction.allCases.count * AssessmentState.allCases.count * WorkflowRole.allCases.count - Self.legal.count)
    }

    @Test func submittingAfterTheDeadlineIsRefused() {
        let deadlines = WorkflowDeadlines(selfAssessment: CalendarDate(year: 2023, month: 11, day: 19)!)
        let result = Workflow.transition(.submit, from: .draft, by: .leader, on: today, deadlines: deadlines)
        guard case let .failure(refusal) = result else { Issue.record("accepted after the deadline"); return }
        #expect(refusal.message.vi.contains("19/11/2023"))
    }

    @Test func submittingOnTheDeadlineDayIsAllowed() {
        let deadlines = WorkflowDeadlines(selfAssessment: today)
        let result = Workflow.transition(.submit, from: .draft, by: .leader, on: today, deadlines: deadlines)
        #expect((try? result.get()) == .submitted)
    }

    @Test func explanationsAfterTheirDeadlineAreRefused() {
        let deadlines = WorkflowDeadlines(explanation: CalendarDate(year: 2023, month: 11, day: 1)!)
        let result = Workflow.transition(.sendExplanation, from: .explanation, by: .officer, on: today, deadlines: deadlines)
        #expect((try? result.get()) == nil)
    }

    @Test func availableActionsMatchTheLegalSteps() {
        #expect(Workflow.availableActions(from: .draft, by: .leader) == [.submit])
        #expect(Workflow.availableActions(from: .draft, by: .officer) == [])
        #expect(Workflow.availableActions(from: .appraisalRound1, by: .appraiser) == [.requestExplanation, .finalise])
        #expect(Workflow.availableActions(from: .finalised, by: .administrator) == [.approve])
    }

    @Test func editingPermissionsFollowTheState() {
        #expect(AssessmentState.allCases.filter(\.unitMayEditSelfAssessment) == [.draft])
        #expect(AssessmentState.allCases.filter(\.appraiserMayScore) == [.appraisalRound1, .appraisalRound2])
        #expect(!AssessmentState.draft.surveyMayBeEntered && !AssessmentState.approved.surveyMayBeEntered)
    }
}
