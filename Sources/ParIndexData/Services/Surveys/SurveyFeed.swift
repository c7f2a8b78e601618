package import FluentKit
import Foundation
package import ParIndexCore
import SQLKit

/// The survey layer of a unit's assessment, fed from the running tallies of the campaigns that
/// count toward its survey criteria: written by the system (no user) in the transaction that
/// changed the tallies, audited with the count behind it, and never once the assessment is
/// approved. While a campaign feeds a criterion, nobody types its survey points.
package enum SurveyFeed {
    /// A unit's assessment in a period.
    package struct UnitKey: Hashable, Comparable, Sendable {
        package var periodID: UUID
        package var unitID: UUID

        package init(periodID: UUID, unitID: UUID) {
            self.periodID = periodID
            self.unitID = unitID
        }

        package static func < (left: UnitKey, right: UnitKey) -> Bool { (left.periodID, left.unitID) < (right.periodID, right.unitID) }
    }

    package typealias Feeds = [String: [(campaign: SurveyCampaign, questionnaire: Questionnaire)]]

    /// The campaigns of the period with a link for the unit, per survey criterion they count toward.
    package static func feeds(periodID: UUID, unitID: UUID, questionnaires: QuestionnaireCache, on db: any Database) async throws -> Feeds {
        let key = UnitKey(periodID: periodID, unitID: unitID)
        return try await feeds(of: [key], questionnaires: questionnaires, on: db)[key] ?? [:]
    }

    /// The same for several units, in one query.
    static func feeds(of units: Set<UnitKey>, questionnaires: QuestionnaireCache, on db: any Database) async throws -> [UnitKey: Feeds] {
        guard let sql = db as? any SQLDatabase, !units.isEmpty else { return [:] }
        // Read with every batch of answers: one join, read column by column (Fluent's models cost more here).
        let rows = try await sql.raw("""
            SELECT "c"."id", "c"."period_id", "l"."unit_id", "c"."questionnaire_id", "c"."target_group", "c"."title", "c"."opens_on",
            "c"."closes_on", "c"."quota", "c"."closed_at"
            FROM "survey_campaigns" "c" JOIN "survey_links" "l" ON "l"."campaign_id" = "c"."id"
            WHERE "c"."period_id" IN (\(binds: Array(Set(units.map(\.periodID))))) AND "l"."unit_id" IN (\(binds: Array(Set(units.map(\.unitID)))))
            ORDER BY "c"."opens_on", "c"."title", "c"."id"
            """).all()
        var feeds: [UnitKey: Feeds] = [:]
        var campaigns: [UUID: SurveyCampaign] = [:]
        for row in rows {
            let key = UnitKey(periodID: try row.decode(column: "period_id", as: UUID.self), unitID: try row.decode(column: "unit_id", as: UUID.self))
            guard units.contains(key) else { continue }
            let id = try row.decode(column: "id", as: UUID.self)
            let campaign = try campaigns[id] ?? {
                let campaign = SurveyCampaign()
                campaign.id = id
                campaign.periodID = key.periodID
                campaign.questionnaireID = try row.decode(column: "questionnaire_id", as: UUID.self)
                campaign.targetGroupName = try row.decode(column: "target_group", as: String.self)
                campaign.title = try row.decode(column: "title", as: String.self)
                campaign.opensOn = try row.decode(column: "opens_on", as: String.self)
                campaign.closesOn = try row.decode(column: "closes_on", as: String.self)
                campaign.quota = try row.decode(column: "quota", as: Int.self)
                campaign.closedAt = try row.decode(column: "closed_at", as: String?.self)
                campaign.secret = ""
                campaign.$id.exists = true
                return campaign
            }()
            campaigns[id] = campaign
            let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
            for criterion in questionnaire.countedCriteria { feeds[key, default: [:]][criterion, default: []].append((campaign, questionnaire)) }
        }
        return feeds
    }

    /// Refuses a survey entry typed by a person on a criterion a campaign feeds for this unit.
    package static func refuseTyping(code: String, in record: AssessmentRecord, questionnaires: QuestionnaireCache, on db: any Database) async throws {
        let feeds = try await feeds(periodID: record.periodID, unitID: record.unitID, questionnaires: questionnaires, on: db)
        if let refusal = typingRefusal(code: code, feeds: feeds) { throw refusal }
    }

    /// Why the criterion's survey points may not be typed for a unit with these feeds, if they may not.
    static func typingRefusal(code: String, feeds: Feeds) -> AppError? {
        guard let first = feeds[code]?.first else { return nil }
        return AppError.conflict(LocalizedText(
            vi: "Điểm điều tra xã hội học của tiêu chí \(code) được tính từ đợt khảo sát «\(first.campaign.title)»; không nhập tay.",
            en: "Criterion \(code)'s survey points come from the campaign “\(first.campaign.title)”; they are not typed in."))
    }

    /// Recomputes the unit's survey points for the criteria and saves those that changed. Call it
    /// inside the transaction that changed the tallies.
    package static func refresh(periodID: UUID, unitID: UUID, criteria: Set<String>, cache: CriteriaSetCache,
                                questionnaires: QuestionnaireCache, on db: any Database) async throws {
        try await refresh([UnitKey(periodID: periodID, unitID: unitID): criteria], cache: cache, questionnaires: questionnaires, on: db)
    }

    /// The same for several units (a batch of answers touches many): it runs with every batch, so
    /// it reads each thing once for all of them — the assessments, the sets' versions (the parsed
    /// sets come from the cache), the feeds, the counts and the survey entries — and writes the
    /// changed entries and their audit lines in one statement each.
    package static func refresh(_ units: [UnitKey: Set<String>], cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                                on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, !units.isEmpty else { return }
        let rows = try await sql.raw("""
            SELECT "id", "state", "period_id", "unit_id" FROM "assessments"
            WHERE "period_id" IN (\(binds: Array(Set(units.keys.map(\.periodID))))) AND "unit_id" IN (\(binds: Array(Set(units.keys.map(\.unitID)))))
            """).all()
        var assessments: [UnitKey: UUID] = [:]
        for row in rows where try row.decode(column: "state", as: String.self) != AssessmentState.approved.rawValue {
            let key = UnitKey(periodID: try row.decode(column: "period_id", as: UUID.self), unitID: try row.decode(column: "unit_id", as: UUID.self))
            if units[key] != nil { assessments[key] = try row.decode(column: "id", as: UUID.self) }
        }
        var compiledSets: [UUID: CompiledCriteriaSet] = [:]
        for periodID in Set(assessments.keys.map(\.periodID)) {
            compiledSets[periodID] = try await compiledSet(of: periodID, cache: cache, on: db)
        }
        var feeds = try await feeds(of: Set(assessments.keys), questionnaires: questionnaires, on: db)
        for key in feeds.keys { feeds[key] = feeds[key]?.filter { units[key]?.contains($0.key) ?? false } }
        let campaignIDs = Set(feeds.values.flatMap { $0.values.flatMap { $0.compactMap(\.campaign.id) } })
        guard !campaignIDs.isEmpty else { return }
        let counts = try await sql.raw("""
            SELECT "campaign_id", "unit_id", "question_code", "answer_key", "count" FROM "survey_tallies"
            WHERE "unit_id" IN (\(binds: Array(Set(feeds.keys.map(\.unitID))))) AND "campaign_id" IN (\(binds: Array(campaignIDs)))
            AND "answer_key" IN (\(bind: SurveyTallyRecord.answered), \(bind: SurveyTallyRecord.satisfied))
            """).all().map { row in
                Count(campaignID: try row.decode(column: "campaign_id", as: UUID.self), unitID: try row.decode(column: "unit_id", as: UUID.self),
                      questionCode: try row.decode(column: "question_code", as: String.self),
                      answerKey: try row.decode(column: "answer_key", as: String.self), count: try row.decode(column: "count", as: Int.self))
            }
        let fedAssessments = feeds.keys.compactMap { assessments[$0] }
        var statement: SQLQueryString = "SELECT "
        statement.appendInterpolation(unsafeRaw: EntryRecord.selectedColumns)
        statement.appendInterpolation(unsafeRaw: #" FROM "entries" e WHERE e."layer" = 'survey' AND e."assessment_id" IN ("#)
        statement.appendInterpolation(binds: fedAssessments)
        statement.appendInterpolation(unsafeRaw: ")")
        let entries = Dictionary(grouping: try await sql.raw(statement).all().map { try EntryRecord.decoded(from: $0) }, by: \.assessmentID)
        let countsByUnit = Dictionary(grouping: counts, by: \.unitID)
        var changes: [EntryChange] = []
        for (key, unitFeeds) in feeds.sorted(by: { $0.key < $1.key }) {
            guard let assessmentID = assessments[key], let compiled = compiledSets[key.periodID] else { continue }
            changes += change(assessmentID: assessmentID, feeds: unitFeeds, counts: countsByUnit[key.unitID] ?? [], entries: entries[assessmentID] ?? [],
                              compiled: compiled)
        }
        try await write(changes, on: sql)
    }

    /// One survey entry to write, with its audit line.
    struct EntryChange {
        var assessmentID: UUID
        var criterion: String
        var inputs: String
        var note: String
        var audit: Audit.Line
    }

    /// The unit's survey entries that the counts change.
    private static func change(assessmentID: UUID, feeds: Feeds, counts: [Count], entries: [EntryRecord], compiled: CompiledCriteriaSet) -> [EntryChange] {
        var changes: [EntryChange] = []
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
            let old = existing.map { StoredInput.decode($0.inputs)?.summary ?? $0.inputs }
            changes.append(EntryChange(assessmentID: assessmentID, criterion: criterion, inputs: stored.json,
                                       note: "Tính từ khảo sát: \(tally.satisfied)/\(tally.answers) phiếu hài lòng",
                                       audit: Audit.Line(.surveyEntry, by: nil, assessment: assessmentID, code: criterion, old: old,
                                                         new: "\(stored.summary) → \(outcome.points.formatted(.vi)) điểm", reason: reason)))
        }
        return changes
    }

    /// The entries in one statement (new ones inserted, others moved to their next version, by
    /// the system), and their audit lines in another.
    private static func write(_ changes: [EntryChange], on sql: any SQLDatabase) async throws {
        guard !changes.isEmpty else { return }
        let now = Date()
        var insert = sql.insert(into: EntryRecord.schema)
            .columns("id", "updated_at", "assessment_id", "updated_by", "node_code", "layer", "inputs", "note", "version")
        for change in changes {
            insert = insert.values(SQLBind(UUID()), SQLBind(now), SQLBind(change.assessmentID), SQLLiteral.null, SQLBind(change.criterion),
                                   SQLBind(EntryLayer.survey.rawValue), SQLBind(change.inputs), SQLBind(change.note), SQLBind(1))
        }
        try await insert.onConflict(with: ["assessment_id", "node_code", "layer"]) { update in
            update.set(excludedValueOf: "inputs").set(excludedValueOf: "note").set(excludedValueOf: "updated_by").set(excludedValueOf: "updated_at")
                .set("version", to: SQLQueryString(#""entries"."version" + 1"#))
        }.run()
        try await Audit.record(changes.map(\.audit), on: sql)
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
        var unitID: UUID
        var questionCode: String
        var answerKey: String
        var count: Int
    }

    static func pooled(criterion: String, of campaigns: [(campaign: SurveyCampaign, questionnaire: Questionnaire)],
                       counts: [Count]) -> SurveyTally {
        struct Question: Hashable {
            var campaignID: UUID?
            var code: String
        }
        var counting: Set<Question> = []
        for (campaign, questionnaire) in campaigns {
            for question in questionnaire.questions where question.counts?.criterion == criterion {
                counting.insert(Question(campaignID: campaign.id, code: question.code))
            }
        }
        var tally = SurveyTally()
        for row in counts where counting.contains(Question(campaignID: row.campaignID, code: row.questionCode)) {
            if row.answerKey == SurveyTallyRecord.answered { tally.answers += row.count } else { tally.satisfied += row.count }
        }
        return tally
    }
}
