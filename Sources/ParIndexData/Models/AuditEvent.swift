package import FluentKit
import Foundation

/// One change to a score, an input, an evidence link or a state. The table is append-only: the
/// app never updates or deletes a row, and database triggers refuse it (migration 002).
package final class AuditEvent: Model, @unchecked Sendable {
    package static let schema = "audit_events"

    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date

    // References
    @OptionalField(key: "user_id") package var userID: UUID?
    @OptionalField(key: "assessment_id") package var assessmentID: UUID?

    // Data
    @Enum(key: "subject") package var subject: AuditSubject
    @OptionalField(key: "node_code") package var nodeCode: String?
    @OptionalField(key: "old_value") package var oldValue: String?
    @OptionalField(key: "new_value") package var newValue: String?
    @OptionalField(key: "reason") package var reason: String?

    package init() {}

    package init(userID: UUID?, assessmentID: UUID?, subject: AuditSubject, nodeCode: String? = nil, oldValue: String?, newValue: String?, reason: String? = nil, at: Date = Date()) {
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

package enum AuditSubject: String, Codable, CaseIterable, Sendable {
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
    /// A unit kept out of the ranking, or brought back into it.
    case ranking
    /// The steering committee's causes and agreed actions for one field.
    case committee
    /// A period's results published on the public portal, or the publication withdrawn.
    case publication
    /// The signed and stamped score sheet attached to a submission.
    case signedSheet = "signed_sheet"
    /// Surveys: a questionnaire imported, a campaign opened or closed, an answer voided or
    /// counted after review.
    case survey
}
