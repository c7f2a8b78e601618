import Testing
import ParIndexCore

@Suite("Assessment permissions")
struct AssessmentPermissionsTests {
    let today = CalendarDate(year: 2023, month: 11, day: 20)!

    func permissions(_ role: WorkflowRole, own: Bool = false, assigned: Bool = false, _ state: AssessmentState,
                     deadlines: WorkflowDeadlines = WorkflowDeadlines()) -> AssessmentPermissions {
        AssessmentPermissions(role: role, isOwnUnit: own, isAssigned: assigned, state: state, today: today, deadlines: deadlines)
    }

    @Test func aUnitSeesAndEditsOnlyItsOwnDraft() {
        let own = permissions(.officer, own: true, .draft)
        #expect(own.may(.view) && own.may(.editSelfAssessment) && own.may(.linkEvidence))
        #expect(own.refusal(for: .appraise) == .notYours)
        let other = permissions(.officer, own: false, .draft)
        #expect(other.refusal(for: .view) == .notYours)
        #expect(other.refusal(for: .editSelfAssessment) == .notYours)
        #expect(other.actions.isEmpty)
        #expect(permissions(.leader, own: true, .submitted).refusal(for: .editSelfAssessment) == .notNow(.submitted))
    }

    @Test func anAppraiserNeedsAnAssignmentAndNeverSeesADraft() {
        #expect(permissions(.appraiser, assigned: true, .draft).refusal(for: .view) == .notYours)
        #expect(permissions(.appraiser, assigned: false, .submitted).refusal(for: .view) == .notYours)
        let round1 = permissions(.appraiser, assigned: true, .appraisalRound1)
        #expect(round1.may(.view) && round1.may(.appraise) && round1.may(.requestExplanation) && round1.may(.enterSurvey))
        #expect(round1.refusal(for: .editSelfAssessment) == .notYours)
        #expect(permissions(.appraiser, assigned: true, .appraisalRound2).refusal(for: .requestExplanation) == .notNow(.appraisalRound2))
        #expect(permissions(.appraiser, assigned: true, .submitted).actions == [.startAppraisal])
    }

    @Test func everyCapabilityFollowsTheStateForTheRoleThatHasIt() {
        let holder: [AssessmentCapability: (WorkflowRole, Bool, Bool)] = [
            .editSelfAssessment: (.officer, true, false), .appraise: (.appraiser, false, true),
            .enterSurvey: (.administrator, false, false), .requestExplanation: (.appraiser, false, true),
            .answerExplanation: (.leader, true, false), .linkEvidence: (.officer, true, false),
        ]
        for (capability, (role, own, assigned)) in holder {
            let states = AssessmentState.allCases.filter { permissions(role, own: own, assigned: assigned, $0).may(capability) }
            let expected: [AssessmentState] = switch capability {
            case .editSelfAssessment: [.draft]
            case .appraise: [.appraisalRound1, .appraisalRound2]
            case .enterSurvey: [.submitted, .appraisalRound1, .explanation, .appraisalRound2, .finalised]
            case .requestExplanation: [.appraisalRound1]
            case .answerExplanation: [.explanation]
            case .linkEvidence: [.draft, .explanation]
            default: []
            }
            #expect(states == expected, "\(capability)")
        }
    }

    @Test func actionsAreTheWorkflowsAndDeadlinesAreCheckedOnTransition() throws {
        let late = WorkflowDeadlines(selfAssessment: CalendarDate(year: 2023, month: 11, day: 1))
        let leader = permissions(.leader, own: true, .draft, deadlines: late)
        #expect(leader.actions == [.submit])
        guard case let .failure(refusal) = leader.transition(.submit) else { Issue.record("a late submission passed"); return }
        #expect(refusal.message.vi.contains("Đã quá hạn 01/11/2023"))
        #expect(try permissions(.leader, own: true, .draft).transition(.submit).get() == .submitted)
        guard case .failure = permissions(.leader, own: false, .draft).transition(.submit) else { Issue.record("another unit's leader submitted"); return }
        #expect(permissions(.administrator, .finalised).actions == [.approve])
    }
}
