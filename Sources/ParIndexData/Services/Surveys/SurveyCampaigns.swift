package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// Opening and closing survey campaigns, and what a campaign's pages list.
package enum SurveyCampaigns {
    /// What the administrator asks for.
    package struct Plan: Sendable {
        package var questionnaireID: UUID?
        package var periodID: UUID?
        package var targetGroup: String
        package var title: String
        package var opensOn: String
        package var closesOn: String
        package var quota: String

        package init(questionnaireID: UUID?, periodID: UUID?, targetGroup: String, title: String, opensOn: String, closesOn: String, quota: String) {
            self.questionnaireID = questionnaireID
            self.periodID = periodID
            self.targetGroup = targetGroup
            self.title = title
            self.opensOn = opensOn
            self.closesOn = closesOn
            self.quota = quota
        }
    }

    package static let largestQuota = 100_000

    /// Checks the plan (the questionnaire must fit the period's criteria set and the group), then
    /// creates the campaign with a link for every unit of the period, audited.
    package static func create(_ plan: Plan, by user: User, cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                               on db: any Database) async throws -> SurveyCampaign {
        guard let questionnaireID = plan.questionnaireID, let record = try await QuestionnaireRecord.find(questionnaireID, on: db) else {
            throw AppError.invalid(LocalizedText(vi: "Hãy chọn một phiếu khảo sát.", en: "Choose a questionnaire."), field: "questionnaire_id")
        }
        guard let periodID = plan.periodID, let period = try await Period.find(periodID, on: db) else {
            throw AppError.invalid(LocalizedText(vi: "Hãy chọn một kỳ đánh giá.", en: "Choose a period."), field: "period_id")
        }
        let questionnaire = try questionnaires.questionnaire(record)
        guard let group = SurveyTargetGroup(rawValue: plan.targetGroup) else {
            throw AppError.invalid(LocalizedText(vi: "Hãy chọn đối tượng khảo sát.", en: "Choose a target group."), field: "target_group")
        }
        guard questionnaire.targetGroups.contains(group) else {
            throw AppError.invalid(LocalizedText(vi: "Phiếu «\(questionnaire.title.vi)» không dành cho đối tượng «\(group.title.vi)».",
                                                 en: "“\(questionnaire.title.en)” is not meant for \(group.title.en.lowercased())."), field: "target_group")
        }
        let title: String
        do {
            title = try TextInput.clean(plan.title, as: .line)
        } catch {
            throw AppError.invalid(error.message(label: LocalizedText(vi: "Tên đợt khảo sát", en: "The title")), field: "title")
        }
        guard let opens = CalendarDate(plan.opensOn.trimmingCharacters(in: .whitespaces)) else {
            throw AppError.invalid(LocalizedText(vi: "Ngày bắt đầu phải có dạng dd/mm/yyyy.", en: "The first day must read dd/mm/yyyy."), field: "opens_on")
        }
        guard let closes = CalendarDate(plan.closesOn.trimmingCharacters(in: .whitespaces)) else {
            throw AppError.invalid(LocalizedText(vi: "Ngày kết thúc phải có dạng dd/mm/yyyy.", en: "The last day must read dd/mm/yyyy."), field: "closes_on")
        }
        guard opens <= closes else {
            throw AppError.invalid(LocalizedText(vi: "Ngày kết thúc phải sau ngày bắt đầu.", en: "The last day must not come before the first."), field: "closes_on")
        }
        guard let quota = Int(plan.quota.trimmingCharacters(in: .whitespaces)), (1...largestQuota).contains(quota) else {
            throw AppError.invalid(LocalizedText(vi: "Chỉ tiêu số phiếu mỗi đơn vị phải là số nguyên từ 1 đến \(largestQuota).",
                                                 en: "The quota per unit must be a whole number from 1 to \(largestQuota)."), field: "quota")
        }
        guard let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { throw AppError.notFound() }
        let problems = questionnaire.problems(against: try setRecord.compiled(using: cache).set)
        guard problems.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Phiếu không khớp bộ chỉ số của kỳ: " + problems.map(\.message.vi).joined(separator: "; "),
                                                 en: "The questionnaire does not fit the period's set: " + problems.map(\.message.en).joined(separator: "; ")),
                                   field: "questionnaire_id")
        }
        let states = try await AssessmentRecord.query(on: db).filter(\.$periodID == periodID).all()
        guard !states.contains(where: { $0.state == .approved }) else {
            throw AppError.conflict(LocalizedText(vi: "Kỳ đánh giá đã được phê duyệt: không mở thêm đợt khảo sát.",
                                                  en: "The period is approved: no new campaign."))
        }
        let campaign = SurveyCampaign(questionnaireID: questionnaireID, periodID: periodID, targetGroup: group, title: title,
                                      opensOn: opens, closesOn: closes, quota: quota, secret: SurveyHashing.newSecret(), createdBy: user.id)
        try await db.transaction { db in
            try await campaign.create(on: db)
            let campaignID = try campaign.requireID()
            let codes = try await freshLinkCodes(states.count, on: db)
            // One statement per slice of links, whatever the number of units (3 321 communes).
            guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
            for slice in Array(zip(states, codes)).slices(of: SurveySubmissions.valuesPerStatement / 4) {
                var insert = sql.insert(into: SurveyLink.schema).columns("id", "campaign_id", "unit_id", "code")
                for (assessment, code) in slice {
                    insert = insert.values(SQLBind(UUID()), SQLBind(campaignID), SQLBind(assessment.unitID), SQLBind(code))
                }
                try await insert.run()
            }
            try await Audit.record(.survey, by: user, assessment: nil, code: nil, old: nil,
                                   new: "Mở đợt khảo sát «\(title)» (\(group.title.vi), \(opens.displayed)–\(closes.displayed), chỉ tiêu \(quota) phiếu/đơn vị)",
                                   on: db)
        }
        return campaign
    }

    /// `count` link codes no link has: drawn together, checked in one query, the few taken drawn
    /// again (31⁸ codes: a clash is rare, but one is not allowed to fail the campaign).
    private static func freshLinkCodes(_ count: Int, on db: any Database) async throws -> [String] {
        var codes: [String] = []
        var drawn = Set<String>()
        while codes.count < count {
            var candidates: [String] = []
            while candidates.count < count - codes.count {
                let code = SurveyHashing.newLinkCode()
                if drawn.insert(code).inserted { candidates.append(code) }
            }
            var taken = Set<String>()
            for slice in candidates.slices(of: SurveySubmissions.valuesPerStatement) {
                taken.formUnion(try await SurveyLink.query(on: db).filter(\.$code ~~ Array(slice)).all().map(\.code))
            }
            codes += candidates.filter { !taken.contains($0) }
        }
        return codes
    }

    /// Closes the campaign: no more answers, the survey points it fed are frozen, and the
    /// per-address counters are deleted (the only trace of where answers came from).
    package static func close(_ campaign: SurveyCampaign, by user: User, on db: any Database) async throws {
        guard campaign.closedAt == nil else {
            throw AppError.conflict(LocalizedText(vi: "Đợt khảo sát đã khoá.", en: "The campaign is closed already."))
        }
        let campaignID = try campaign.requireID()
        let closedAt = ISO8601DateFormatter().string(from: Date())
        // Behind the batches of answers on SQLite: a batch reads the address counters it then writes.
        try await SurveySubmissions.oneWriterAtATime(on: db) {
            try await db.transaction { db in
                try await SurveyCampaign.query(on: db).filter(\.$id == campaignID).filter(\.$closedAt == nil)
                    .set(\.$closedAt, to: closedAt).update()
                try await SurveyAddressCount.query(on: db).filter(\.$campaignID == campaignID).delete()
                try await Audit.record(.survey, by: user, assessment: nil, code: nil, old: nil, new: "Khoá đợt khảo sát «\(campaign.title)»", on: db)
            }
        }
        campaign.closedAt = closedAt
        SurveyLinkCache.shared.forget(campaign: campaignID)
    }

    /// One page of campaigns (the lists' 50), newest first, with their links when asked: three
    /// queries whatever the number of campaigns and units.
    package static func page(_ requested: Int, withLinks: Bool = true,
                             on db: any Database) async throws -> ListPage<(campaign: SurveyCampaign, links: [SurveyLink])> {
        let size = ListPage<SurveyCampaign>.size
        let total = try await SurveyCampaign.query(on: db).count()
        let pageCount = max(1, (total + size - 1) / size)
        let page = min(max(1, requested), pageCount)
        let campaigns = try await SurveyCampaign.query(on: db).sort(\.$opensOn, .descending).sort(\.$title).sort(\.$id)
            .range(((page - 1) * size)..<(page * size)).all()
        var byCampaign: [UUID: [SurveyLink]] = [:]
        if withLinks, !campaigns.isEmpty {
            let links = try await SurveyLink.query(on: db).filter(\.$campaignID ~~ campaigns.compactMap(\.id)).all()
            byCampaign = Dictionary(grouping: links, by: \.campaignID)
        }
        var listed = ListPage<(campaign: SurveyCampaign, links: [SurveyLink])>(all: [], page: 1)
        listed.rows = campaigns.map { ($0, ($0.id.flatMap { byCampaign[$0] } ?? [])) }
        listed.page = page
        listed.pageCount = pageCount
        listed.total = total
        return listed
    }
}
