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
        guard let sql = db as? any SQLDatabase else { return [:] }
        // Read with every answer: one join, read column by column (Fluent's models cost more here).
        let rows = try await sql.raw("""
            SELECT "c"."id", "c"."questionnaire_id", "c"."target_group", "c"."title", "c"."opens_on", "c"."closes_on", "c"."quota", "c"."closed_at"
            FROM "survey_campaigns" "c" JOIN "survey_links" "l" ON "l"."campaign_id" = "c"."id"
            WHERE "c"."period_id" = \(bind: periodID) AND "l"."unit_id" = \(bind: unitID) ORDER BY "c"."opens_on", "c"."title"
            """).all()
        var feeds: [String: [(campaign: SurveyCampaign, questionnaire: Questionnaire)]] = [:]
        for row in rows {
            let campaign = SurveyCampaign()
            campaign.id = try row.decode(column: "id", as: UUID.self)
            campaign.periodID = periodID
            campaign.questionnaireID = try row.decode(column: "questionnaire_id", as: UUID.self)
            campaign.targetGroupName = try row.decode(column: "target_group", as: String.self)
            campaign.title = try row.decode(column: "title", as: String.self)
            campaign.opensOn = try row.decode(column: "opens_on", as: String.self)
            campaign.closesOn = try row.decode(column: "closes_on", as: String.self)
            campaign.quota = try row.decode(column: "quota", as: Int.self)
            campaign.closedAt = try row.decode(column: "closed_at", as: String?.self)
            campaign.secret = ""
            campaign.$id.exists = true
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

    /// Recomputes the unit's survey points for the criteria (all it is fed on when nil) and saves
    /// those that changed. Call it inside the transaction that changed the tallies. It runs with
    /// every answer, so it reads each thing once: the assessment, the set's version (the parsed
    /// set comes from the cache), the feeds, the unit's counts and its survey entries.
    package static func refresh(periodID: UUID, unitID: UUID, criteria: Set<String>? = nil, cache: CriteriaSetCache,
                                questionnaires: QuestionnaireCache, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase,
              let assessment = try await sql.raw("""
                  SELECT "id", "state" FROM "assessments" WHERE "period_id" = \(bind: periodID) AND "unit_id" = \(bind: unitID)
                  """).first(),
              try assessment.decode(column: "state", as: String.self) != AssessmentState.approved.rawValue,
              let compiled = try await compiledSet(of: periodID, cache: cache, on: db) else { return }
        let feeds = try await feeds(periodID: periodID, unitID: unitID, questionnaires: questionnaires, on: db)
            .filter { criteria?.contains($0.key) ?? true }
        guard !feeds.isEmpty else { return }
        let assessmentID = try assessment.decode(column: "id", as: UUID.self)
        let campaignIDs = Set(feeds.values.flatMap { $0.compactMap(\.campaign.id) })
        let counts = try await sql.raw("""
            SELECT "campaign_id", "question_code", "answer_key", "count" FROM "survey_tallies"
            WHERE "unit_id" = \(bind: unitID) AND "campaign_id" IN (\(binds: Array(campaignIDs)))
            AND "answer_key" IN (\(bind: SurveyTallyRecord.answered), \(bind: SurveyTallyRecord.satisfied))
            """).all().map { row in
                Count(campaignID: try row.decode(column: "campaign_id", as: UUID.self), questionCode: try row.decode(column: "question_code", as: String.self),
                      answerKey: try row.decode(column: "answer_key", as: String.self), count: try row.decode(column: "count", as: Int.self))
            }
        var statement: SQLQueryString = "SELECT "
        statement.appendInterpolation(unsafeRaw: EntryRecord.selectedColumns)
        statement.appendInterpolation(unsafeRaw: #" FROM "entries" e WHERE e."assessment_id" = "#)
        statement.appendInterpolation(bind: assessmentID)
        statement.appendInterpolation(unsafeRaw: #" AND e."layer" = 'survey'"#)
        let entries = try await sql.raw(statement).all().map { try EntryRecord.decoded(from: $0) }
        for (criterion, campaigns) in feeds.sorted(by: { $0.key < $1.key }) {
            let tally = pooled(criterion: criterion, of: campaigns, counts: counts)
            guard let share = tally.share(mode: compiled.set.settings.rounding) else { continue }
            var input = LeafInput()
            input.satisfaction = share
            guard let outcome = compiled.scorer.evaluateLeaf(code: criterion, input: input) else { continue }
            let stored = StoredInput(input)
            let existing = entries.first { $0.nodeCode == criterion }
            if let existing, existing.inputs == stored.json { continue }
            let titles = campaigns.map { "«\($0.campaign.title)»" }.joined(separator: ", ")
            let reason = "Khảo sát \(titles): \(tally.satisfied)/\(tally.answers) phiếu hài lòng (\(share.formatted(.vi)) %)"
            let note = "Tính từ khảo sát: \(tally.satisfied)/\(tally.answers) phiếu hài lòng"
            if let existing {
                try await sql.update(EntryRecord.schema).set("inputs", to: stored.json).set("note", to: note).set("version", to: existing.version + 1)
                    .set("updated_by", to: SQLLiteral.null).set("updated_at", to: Date())
                    .where("id", .equal, existing.id).run()
            } else {
                try await EntryRecord(assessmentID: assessmentID, nodeCode: criterion, layer: .survey, inputs: stored.json, note: note, updatedBy: nil)
                    .create(on: db)
            }
            let old = existing.map { StoredInput.decode($0.inputs)?.summary ?? $0.inputs }
            try await Audit.record(.surveyEntry, by: nil, assessment: assessmentID, code: criterion, old: old,
                                   new: "\(stored.summary) → \(outcome.points.formatted(.vi)) điểm", reason: reason, on: db)
        }
    }

    /// The period's criteria set, parsed once per process: only its version is read here.
    static func compiledSet(of periodID: UUID, cache: CriteriaSetCache, on db: any Database) async throws -> CompiledCriteriaSet? {
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.raw("""
                  SELECT "s"."id" AS "id", "s"."version" AS "version" FROM "periods" "p" JOIN "criteria_sets" "s" ON "s"."id" = "p"."criteria_set_id"
                  WHERE "p"."id" = \(bind: periodID)
                  """).first() else { return nil }
        let id = try row.decode(column: "id", as: UUID.self), version = try row.decode(column: "version", as: Int.self)
        if let yaml = cache.yaml(id: id, version: version) { return try cache.compiledSet(id: id, version: version, yaml: yaml) }
        guard let record = try await CriteriaSetRecord.find(id, on: db) else { return nil }
        return try record.compiled(using: cache)
    }

    /// The tally of every counting question toward `criterion` in the campaigns, from the counts read.
    struct Count {
        var campaignID: UUID
        var questionCode: String
        var answerKey: String
        var count: Int
    }

    static func pooled(criterion: String, of campaigns: [(campaign: SurveyCampaign, questionnaire: Questionnaire)],
                       counts: [Count]) -> SurveyTally {
        var counting: Set<String> = []
        for (campaign, questionnaire) in campaigns {
            for question in questionnaire.questions where question.counts?.criterion == criterion {
                counting.insert((campaign.id?.uuidString ?? "") + "/" + question.code)
            }
        }
        var tally = SurveyTally()
        for row in counts where counting.contains(row.campaignID.uuidString + "/" + row.questionCode) {
            if row.answerKey == SurveyTallyRecord.answered { tally.answers += row.count } else { tally.satisfied += row.count }
        }
        return tally
    }
}
