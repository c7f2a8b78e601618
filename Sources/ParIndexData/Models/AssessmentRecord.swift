package import FluentKit
import Foundation
package import ParIndexCore

/// One unit's assessment in one period: its workflow state and self-assessment report.
/// Scores live in `EntryRecord`s; every total is computed from them by the core.
package final class AssessmentRecord: Model, @unchecked Sendable {
    package static let schema = "assessments"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    // References
    @Field(key: "period_id") package var periodID: UUID
    @Field(key: "unit_id") package var unitID: UUID

    // Data
    @Enum(key: "state") package var state: AssessmentState
    /// Bumped by every state change, so two people cannot move the same assessment at once.
    @Field(key: "version") package var version: Int
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    /// The self-assessment report's free text (PAR-INDEX.md §5).
    @Field(key: "difficulties") package var difficulties: String
    @Field(key: "proposals") package var proposals: String
    /// Filled by `serve --demo`, so nobody mistakes it for a real result.
    @Field(key: "is_demo") package var isDemo: Bool
    /// False when the province keeps the unit out of the ranking (scored, listed apart).
    @Field(key: "ranked") package var ranked: Bool
    /// The signed and stamped score sheet (a PDF of the unit's evidence library), attached by the
    /// leader before submitting; it stays with the submission.
    @OptionalField(key: "signed_sheet_id") package var signedSheetID: UUID?

    package init() {}

    package init(id: UUID? = nil, periodID: UUID, unitID: UUID, isDemo: Bool = false) {
        self.id = id
        self.periodID = periodID
        self.unitID = unitID
        self.state = .draft
        self.version = 1
        self.difficulties = ""
        self.proposals = ""
        self.isDemo = isDemo
        self.ranked = true
    }
}
