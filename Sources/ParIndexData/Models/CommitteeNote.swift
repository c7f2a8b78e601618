package import FluentKit
import Foundation

/// What the unit's steering committee noted about one field of its draft: why points are lost,
/// and what it agreed to do. Versioned like entries, so two people at the meeting cannot
/// overwrite each other unawares.
package final class CommitteeNote: Model, @unchecked Sendable {
    package static let schema = "committee_notes"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    // References
    @Field(key: "assessment_id") package var assessmentID: UUID
    @OptionalField(key: "updated_by") package var updatedBy: UUID?

    // Data
    @Field(key: "node_code") package var nodeCode: String
    @Field(key: "causes") package var causes: String
    @Field(key: "actions") package var actions: String
    @Field(key: "version") package var version: Int

    package init() {}

    package init(id: UUID? = nil, assessmentID: UUID, nodeCode: String, causes: String, actions: String, updatedBy: UUID?) {
        self.id = id
        self.assessmentID = assessmentID
        self.nodeCode = nodeCode
        self.causes = causes
        self.actions = actions
        self.updatedBy = updatedBy
        self.version = 1
    }
}
