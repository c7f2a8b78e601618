package import FluentKit
import Foundation
package import ParIndexCore

/// An assessment period: one criteria set applied to one unit group for one year.
package final class Period: Model, @unchecked Sendable {
    package static let schema = "periods"

    @ID(key: .id) package var id: UUID?

    // References
    @Field(key: "criteria_set_id") package var criteriaSetID: UUID
    @Field(key: "unit_group_id") package var unitGroupID: UUID

    // Data
    @Field(key: "title") package var title: String
    @Field(key: "year") package var year: Int
    /// ISO dates: the last day each step is allowed.
    @OptionalField(key: "self_deadline") package var selfDeadline: String?
    @OptionalField(key: "explanation_deadline") package var explanationDeadline: String?
    @OptionalField(key: "appraisal_deadline") package var appraisalDeadline: String?
    /// Open periods lock their criteria set against edits that change scores.
    @Field(key: "open") package var open: Bool
    /// When the administrator published the results (ISO 8601, UTC); nil while unpublished, and
    /// again once the publication is withdrawn. Only a published period is visible without an account.
    @OptionalField(key: "published_at") package var publishedAt: String?

    package init() {}

    package init(id: UUID? = nil, criteriaSetID: UUID, unitGroupID: UUID, title: String, year: Int, selfDeadline: String?, explanationDeadline: String?, appraisalDeadline: String?) {
        self.id = id
        self.criteriaSetID = criteriaSetID
        self.unitGroupID = unitGroupID
        self.title = title
        self.year = year
        self.selfDeadline = selfDeadline
        self.explanationDeadline = explanationDeadline
        self.appraisalDeadline = appraisalDeadline
        self.open = true
    }

    package var deadlines: WorkflowDeadlines {
        WorkflowDeadlines(selfAssessment: selfDeadline.flatMap(CalendarDate.init),
                          explanation: explanationDeadline.flatMap(CalendarDate.init),
                          appraisal: appraisalDeadline.flatMap(CalendarDate.init))
    }
}
