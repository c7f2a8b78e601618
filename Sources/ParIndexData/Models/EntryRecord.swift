package import FluentKit
import Foundation
package import ParIndexCore

/// What one layer declares for one leaf of one assessment: the rule's inputs (as JSON), the
/// explanation or reason, and a version that guards against concurrent edits.
package final class EntryRecord: Model, @unchecked Sendable {
    package static let schema = "entries"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    // References
    @Field(key: "assessment_id") package var assessmentID: UUID
    @OptionalField(key: "updated_by") package var updatedBy: UUID?

    // Data
    @Field(key: "node_code") package var nodeCode: String
    @Enum(key: "layer") package var layer: EntryLayer
    /// `StoredInput` as JSON; decimals as text, direct scores in hundredths.
    @Field(key: "inputs") package var inputs: String
    /// The unit's explanation (self layer) or the appraiser's reason (appraisal layers).
    @Field(key: "note") package var note: String
    @Field(key: "version") package var version: Int

    package init() {}

    package init(id: UUID? = nil, assessmentID: UUID, nodeCode: String, layer: EntryLayer, inputs: String, note: String, updatedBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.nodeCode = nodeCode
        self.layer = layer
        self.inputs = inputs
        self.note = note
        self.updatedBy = updatedBy
        self.version = 1
    }
}

/// The layers stored per leaf. Both appraisal rounds are kept; the core sees the latest.
package enum EntryLayer: String, Codable, CaseIterable, Sendable {
    case selfAssessed = "self"
    case appraisalRound1 = "appraised_1"
    case appraisalRound2 = "appraised_2"
    case survey

    /// The core's layer: both appraisal rounds are its `appraised`.
    package var coreLayer: ScoreLayer {
        switch self {
        case .selfAssessed: .selfAssessed
        case .appraisalRound1, .appraisalRound2: .appraised
        case .survey: .survey
        }
    }

    package static func appraisal(round: Int) -> EntryLayer {
        round >= 2 ? .appraisalRound2 : .appraisalRound1
    }
}
