package import FluentKit
import Foundation
package import ParIndexCore

/// Opening a period: creates the draft assessment of every unit in the group.
package enum PeriodSetup {
    /// What the page's form and the API send; dates dd/mm/yyyy or yyyy-mm-dd.
    package struct Draft: Codable, Sendable {
        package var title: String
        package var criteria_set: String
        package var unit_group: String
        package var self_deadline: String?
        package var explanation_deadline: String?
        package var appraisal_deadline: String?
    }

    package static func create(_ form: Draft, on db: any Database) async throws -> Period {
        guard let setID = UUID(uuidString: form.criteria_set), let set = try await CriteriaSetRecord.find(setID, on: db) else {
            throw AppError.invalid(.init(vi: "Hãy chọn bộ chỉ số.", en: "Choose a criteria set."), field: "criteria_set")
        }
        guard let groupID = UUID(uuidString: form.unit_group), try await UnitGroup.find(groupID, on: db) != nil else {
            throw AppError.invalid(.init(vi: "Hãy chọn nhóm đơn vị.", en: "Choose a unit group."), field: "unit_group")
        }
        let title = try TextField.line(form.title, field: "title", label: .init(vi: "Tên kỳ đánh giá", en: "The period's title"))
        guard !title.isEmpty else { throw AppError.invalid(.init(vi: "Hãy đặt tên kỳ đánh giá.", en: "Name the period."), field: "title") }
        let period = Period(criteriaSetID: setID, unitGroupID: groupID, title: title, year: set.year,
                            selfDeadline: try FormDate.iso(form.self_deadline, field: "self_deadline"),
                            explanationDeadline: try FormDate.iso(form.explanation_deadline, field: "explanation_deadline"),
                            appraisalDeadline: try FormDate.iso(form.appraisal_deadline, field: "appraisal_deadline"))
        try await db.transaction { db in
            try await period.create(on: db)
            // Only units that exist during the period's year: a merged unit stops being assessed.
            let units = try await Unit.query(on: db).filter(\.$unitGroupID == groupID).all()
            for unit in units where unit.isValid(duringYear: set.year) {
                try await AssessmentRecord(periodID: period.requireID(), unitID: unit.requireID()).create(on: db)
            }
        }
        return period
    }

    package static func assign(unitID: UUID?, appraiserID: UUID?, in period: Period, on db: any Database) async throws {
        let periodID = try period.requireID()
        guard let unitID, let appraiserID, let user = try await User.find(appraiserID, on: db), user.role == .appraiser,
              let unit = try await Unit.find(unitID, on: db), unit.unitGroupID == period.unitGroupID else {
            throw AppError.invalid(.init(vi: "Hãy chọn một đơn vị của kỳ và một thẩm định viên.", en: "Choose a unit of the period and an appraiser."), field: "unit")
        }
        let existing = try await AppraiserAssignment.query(on: db).filter(\.$periodID == periodID).filter(\.$unitID == unitID)
            .filter(\.$userID == appraiserID).count()
        if existing == 0 {
            try await AppraiserAssignment(periodID: periodID, unitID: unitID, userID: appraiserID).create(on: db)
            try await Audit.record(.period, by: nil, assessment: nil, old: nil, new: "\(period.title): \(user.username) → \(unit.code)", on: db)
        }
    }

    /// Approves every finalised assessment of the period and closes it; refuses while any is
    /// still being assessed or appraised.
    package static func approve(_ period: Period, by user: User, today: CalendarDate, cache: CriteriaSetCache, on db: any Database) async throws {
        guard user.role == .administrator else { throw AppError.forbidden() }
        let records = try await AssessmentRecord.query(on: db).filter(\.$periodID == period.requireID()).all()
        let pending = records.filter { $0.state != .finalised && $0.state != .approved }
        guard records.contains(where: { $0.state == .finalised }) || !pending.isEmpty else {
            throw AppError.conflict(.init(vi: "Không có hồ sơ nào để phê duyệt.", en: "Nothing to approve."))
        }
        guard pending.isEmpty else {
            throw AppError.conflict(.init(vi: "Còn \(pending.count) hồ sơ chưa thẩm định xong; chưa thể phê duyệt kết quả của kỳ.",
                                          en: "\(pending.count) assessments are not finalised; the period cannot be approved yet."))
        }
        for record in records where record.state == .finalised {
            let opened = try await Access.open(record.id, for: user, today: today, cache: cache, on: db)
            _ = try await WorkflowService.perform(.approve, on: opened, expectedVersion: nil, by: user, db: db)
        }
        try await db.transaction { db in
            period.open = false
            try await period.update(on: db)
            try await Audit.record(.period, by: user, assessment: nil, old: "\(period.title): open", new: "\(period.title): approved", on: db)
        }
    }

    /// Keeps a unit out of its period's ranking (scored, listed apart), or brings it back. A
    /// reason is required to keep a unit out; both are audited with it.
    /// Returns the reason as recorded (trimmed), which the API answers with.
    @discardableResult
    package static func setRanked(_ assessmentID: UUID?, ranked: Bool, reason rawReason: String, by user: User,
                                  on db: any Database) async throws -> String {
        guard user.role == .administrator else { throw AppError.forbidden() }
        guard let assessmentID, let record = try await AssessmentRecord.find(assessmentID, on: db) else { throw AppError.notFound() }
        let reason = try TextField.line(rawReason, field: "reason", label: LocalizedText(vi: "Lý do", en: "Reason"))
        if !ranked, reason.isEmpty {
            throw AppError(.invalid, message: LocalizedText(vi: "Hãy nêu lý do không xếp hạng đơn vị.",
                                                           en: "Give the reason for keeping the unit out of the ranking."), field: "reason")
        }
        guard record.ranked != ranked else { return reason }
        try await Publication.requireUnpublished(record.periodID, on: db)
        let (old, new) = ranked ? ("không xếp hạng", "xếp hạng") : ("xếp hạng", "không xếp hạng")
        try await db.transaction { db in
            // Only the flag: a model update would write back every column, a state changed meanwhile included.
            try await AssessmentRecord.query(on: db).filter(\.$id == assessmentID).set(\.$ranked, to: ranked).update()
            try await Audit.record(.ranking, by: user, assessment: assessmentID, old: old, new: new, reason: reason, on: db)
        }
        return reason
    }
}
