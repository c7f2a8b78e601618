import Fluent
import Foundation
import ParIndexCore

/// An assessment period: one criteria set applied to one unit group for one year.
final class Period: Model, @unchecked Sendable {
    static let schema = "periods"

    @ID(key: .id) var id: UUID?

    // References
    @Field(key: "criteria_set_id") var criteriaSetID: UUID
    @Field(key: "unit_group_id") var unitGroupID: UUID

    // Data
    @Field(key: "title") var title: String
    @Field(key: "year") var year: Int
    /// ISO dates: the last day each step is allowed.
    @OptionalField(key: "self_deadline") var selfDeadline: String?
    @OptionalField(key: "explanation_deadline") var explanationDeadline: String?
    @OptionalField(key: "appraisal_deadline") var appraisalDeadline: String?
    /// Open periods lock their criteria set against edits that change scores.
    @Field(key: "open") var open: Bool

    init() {}

    init(id: UUID? = nil, criteriaSetID: UUID, unitGroupID: UUID, title: String, year: Int, selfDeadline: String?, explanationDeadline: String?, appraisalDeadline: String?) {
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

    var deadlines: WorkflowDeadlines {
        WorkflowDeadlines(selfAssessment: selfDeadline.flatMap(CalendarDate.init),
                          explanation: explanationDeadline.flatMap(CalendarDate.init),
                          appraisal: appraisalDeadline.flatMap(CalendarDate.init))
    }
}
