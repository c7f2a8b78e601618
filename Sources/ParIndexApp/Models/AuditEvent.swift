import Fluent
import Foundation

/// One change to a score, an input, an evidence link or a state. The table is append-only: the
/// app never updates or deletes a row, and database triggers refuse it (migration 002).
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date

    // References
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "assessment_id") var assessmentID: UUID?

    // Data
    @Enum(key: "subject") var subject: AuditSubject
    @OptionalField(key: "node_code") var nodeCode: String?
    @OptionalField(key: "old_value") var oldValue: String?
    @OptionalField(key: "new_value") var newValue: String?
    @OptionalField(key: "reason") var reason: String?

    init() {}

    init(userID: UUID?, assessmentID: UUID?, subject: AuditSubject, nodeCode: String? = nil, oldValue: String?, newValue: String?, reason: String? = nil, at: Date = Date()) {
        self.userID = userID
        self.assessmentID = assessmentID
        self.subject = subject
        self.nodeCode = nodeCode
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.at = at
    }
}

enum AuditSubject: String, Codable, CaseIterable, Sendable {
    case selfEntry = "self_entry"
    case appraisalEntry = "appraisal_entry"
    case surveyEntry = "survey_entry"
    case evidenceLink = "evidence_link"
    case explanation
    case state
    case report
    case criteriaSet = "criteria_set"
    case account
    case unit
    case period
}
