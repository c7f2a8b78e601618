package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// The survey layer of a unit's assessment, fed from the running tallies of the campaigns that
/// count toward its survey criteria: written by the system (no user) in the transaction that
/// changed the tallies, audited with the count behind it, and never once the assessment is
/// approved. While a campaign feeds a criterion, nobody types its survey points.
package enum SurveyFeed {
    /// The campaigns of the period with a link for the unit, per survey criterion they count toward.
    package static func feeds(periodID: UUID, unitID: UUID, questionnaires: QuestionnaireCache,
                              on db: any Database) async throws -> [String: [(campaign: SurveyCampaign, questionnaire: Questionnaire)]] {
        let campaigns = try await SurveyCampaign.query(on: db).filter(\.$periodID == periodID).all()
        guard !campaigns.isEmpty else { return [:] }
        let linked = Set(try await SurveyLink.query(on: db).filter(\.$campaignID ~~ campaigns.compactMap(\.id)).filter(\.$unitID == unitID)
            .all().map(\.campaignID))
        var feeds: [String: [(campaign: SurveyCampaign, questionnaire: Questionnaire)]] = [:]
        for campaign in campaigns where campaign.id.map(linked.contains) == true {
            let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
            for criterion in questionnaire.countedCriteria { feeds[criterion, default: []].append((campaign, questionnaire)) }
        }
        return feeds
    }

    /// Refuses a survey entry typed by a person on a criterion a campaign feeds for this unit.
    package static func refuseTyping(code: String, in record: AssessmentRecord, questionnaires: QuestionnaireCache, on db: any Database) async throws {
        let feeds = try await feeds(periodID: record.periodID, unitID: record.unitID, questionnaires: questionnaires, on: db)
        guard let campaigns = feeds[code], let first = campaigns.first else { return }
        throw AppError.conflict(LocalizedText(
            vi: "Điểm điều tra xã hội học của tiêu chí \(code) được tính từ đợt khảo sát «\(first.campaign.title)»; không nhập tay.",
            en: "Criterion \(code)'s survey points come from the campaign “\(first.campaign.title)”; they are not typed in."))
    }

    /// The pooled tally of every counting question toward `criterion` in the given campaigns.
    package static func tally(criterion: String, unitID: UUID, of campaigns: [(campaign: SurveyCampaign, questionnaire: Questionnaire)],
                              on db: any Database) async throws -> SurveyTally {
        let ids = campaigns.compactMap(\.campaign.id)
        let rows = try await SurveyTallyRecord.query(on: db).filter(\.$campaignID ~~ ids).filter(\.$unitID == unitID)
            .filter(\.$answerKey ~~ [SurveyTallyRecord.answered, SurveyTallyRecord.satisfied]).all()
        var counting: Set<String> = []
        for (campaign, questionnaire) in campaigns {
            for question in questionnaire.questions where question.counts?.criterion == criterion {
                counting.insert((campaign.id?.uuidString ?? "") + "/" + question.code)
            }
        }
        var tally = SurveyTally()
        for row in rows where counting.contains(row.campaignID.uuidString + "/" + row.questionCode) {
            if row.answerKey == SurveyTallyRecord.answered { tally.answers += row.count } else { tally.satisfied += row.count }
        }
        return tally
    }

    /// Recomputes the unit's survey points for the criteria (all it is fed on when nil) and saves
    /// those that changed. Call it inside the transaction that changed the tallies.
    package static func refresh(periodID: UUID, unitID: UUID, criteria: Set<String>? = nil, cache: CriteriaSetCache,
                                questionnaires: QuestionnaireCache, on db: any Database) async throws {
        guard let record = try await AssessmentRecord.query(on: db).filter(\.$periodID == periodID).filter(\.$unitID == unitID).first(),
              record.state != .approved,
              let period = try await Period.find(periodID, on: db),
              let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { return }
        let compiled = try setRecord.compiled(using: cache)
        let feeds = try await feeds(periodID: periodID, unitID: unitID, questionnaires: questionnaires, on: db)
        let assessmentID = try record.requireID()
        for (criterion, campaigns) in feeds.sorted(by: { $0.key < $1.key }) where criteria?.contains(criterion) ?? true {
            let tally = try await tally(criterion: criterion, unitID: unitID, of: campaigns, on: db)
            guard let share = tally.share(mode: compiled.set.settings.rounding) else { continue }
            var input = LeafInput()
            input.satisfaction = share
            guard let outcome = compiled.scorer.evaluateLeaf(code: criterion, input: input) else { continue }
            let stored = StoredInput(input)
            let existing = try await EntryRecord.query(on: db).filter(\.$assessmentID == assessmentID).filter(\.$nodeCode == criterion)
                .filter(\.$layer == .survey).first()
            if let existing, existing.inputs == stored.json { continue }
            let titles = campaigns.map { "«\($0.campaign.title)»" }.joined(separator: ", ")
            let reason = "Khảo sát \(titles): \(tally.satisfied)/\(tally.answers) phiếu hài lòng (\(share.formatted(.vi)) %)"
            let note = "Tính từ khảo sát: \(tally.satisfied)/\(tally.answers) phiếu hài lòng"
            if let existing {
                try await EntryRecord.query(on: db).filter(\.$id == existing.requireID())
                    .set(\.$inputs, to: stored.json).set(\.$note, to: note).set(\.$version, to: existing.version + 1)
                    .set(\.$updatedBy, to: nil).update()
            } else {
                try await EntryRecord(assessmentID: assessmentID, nodeCode: criterion, layer: .survey, inputs: stored.json, note: note, updatedBy: nil)
                    .create(on: db)
            }
            let old = existing.map { StoredInput.decode($0.inputs)?.summary ?? $0.inputs }
            try await Audit.record(.surveyEntry, by: nil, assessment: assessmentID, code: criterion, old: old,
                                   new: "\(stored.summary) → \(outcome.points.formatted(.vi)) điểm", reason: reason, on: db)
        }
    }
}
