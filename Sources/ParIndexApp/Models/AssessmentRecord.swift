import Fluent
import Foundation
import ParIndexCore

/// One unit's assessment in one period: its workflow state and self-assessment report.
/// Scores live in `EntryRecord`s; every total is computed from them by the core.
final class AssessmentRecord: Model, @unchecked Sendable {
    static let schema = "assessments"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // References
    @Field(key: "period_id") var periodID: UUID
    @Field(key: "unit_id") var unitID: UUID

    // Data
    @Enum(key: "state") var state: AssessmentState
    /// Bumped by every state change, so two people cannot move the same assessment at once.
    @Field(key: "version") var version: Int
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// The self-assessment report's free text (PAR-INDEX.md §5).
    @Field(key: "difficulties") var difficulties: String
    @Field(key: "proposals") var proposals: String
    /// Filled by `serve --demo`, so nobody mistakes it for a real result.
    @Field(key: "is_demo") var isDemo: Bool

    init() {}

    init(id: UUID? = nil, periodID: UUID, unitID: UUID, isDemo: Bool = false) {
        self.id = id
        self.periodID = periodID
        self.unitID = unitID
        self.state = .draft
        self.version = 1
        self.difficulties = ""
        self.proposals = ""
        self.isDemo = isDemo
    }
}
