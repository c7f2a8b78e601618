package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// A campaign's progress and results, read from the running tallies in a fixed number of
/// queries whatever the number of units and answers: per unit, the answers counted against the
/// quota, those waiting for review, voided or typed from paper; per unit and question, n, the
/// satisfied count and how many chose each answer; per unit and criterion, the pooled tally.
/// Units come a page at a time, by unit code (a national campaign has 3 321 communes): only the
/// page's units are counted.
package struct CampaignResults: Sendable {
    package var campaign: SurveyCampaign
    package var questionnaire: Questionnaire
    package var periodTitle: String
    package var rounding: RoundingMode
    /// The page's units, by code.
    package var units: [UnitResult]
    /// 1-based, clamped to the pages there are.
    package var page: Int
    package var pageCount: Int
    /// Units across every page.
    package var unitCount: Int

    package struct UnitResult: Sendable {
        package var unitID: UUID
        package var code: String
        package var name: String
        package var linkCode: String
        package var counted = 0
        package var waiting = 0
        package var voided = 0
        package var paper = 0
        package var questions: [String: QuestionResult] = [:]
        package var criteria: [String: SurveyTally] = [:]
    }

    package struct QuestionResult: Sendable {
        package var tally = SurveyTally()
        package var choices: [String: Int] = [:]
    }

    /// Units a page (the lists' 50).
    package static var unitsPerPage: Int { ListPage<UUID>.size }

    /// The page's units (every unit when `page` is nil).
    package static func load(_ campaign: SurveyCampaign, page requested: Int? = nil, cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                             on db: any Database) async throws -> CampaignResults {
        guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
        let campaignID = try campaign.requireID()
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        guard let period = try await Period.find(campaign.periodID, on: db),
              let compiled = try await SurveyFeed.compiledSet(of: campaign.periodID, cache: cache, on: db) else { throw AppError.notFound() }
        let rounding = compiled.set.settings.rounding
        // The page's links with their units, paged and ordered by the database (read column by
        // column: Fluent's models cost more than the query at thousands of units).
        let total = try await sql.raw("""
            SELECT COUNT(*) AS "n" FROM "survey_links" WHERE "campaign_id" = \(bind: campaignID)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
        let size = requested == nil ? max(1, total) : unitsPerPage
        let pageCount = max(1, (total + size - 1) / size)
        let page = min(max(1, requested ?? 1), pageCount)
        // By code as bytes on both engines (a PostgreSQL in a Vietnamese locale would sort otherwise).
        let binary = sql.dialect.name == "postgresql" ? #" COLLATE "C""# : ""
        let rows = try await sql.raw("""
            SELECT "l"."unit_id", "l"."code" AS "link_code", "u"."code", "u"."name" FROM "survey_links" "l" JOIN "units" "u" ON "u"."id" = "l"."unit_id"
            WHERE "l"."campaign_id" = \(bind: campaignID) ORDER BY "u"."code"\(unsafeRaw: binary), "l"."code"
            LIMIT \(bind: size) OFFSET \(bind: (page - 1) * size)
            """).all()
        var order: [UUID] = []
        var results: [UUID: UnitResult] = [:]
        for row in rows {
            let unitID = try row.decode(column: "unit_id", as: UUID.self)
            order.append(unitID)
            results[unitID] = UnitResult(unitID: unitID, code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                                         linkCode: try row.decode(column: "link_code", as: String.self))
        }
        // An empty IN () is not SQL: a campaign without units asks for an id no unit has.
        let pageUnitIDs = order.isEmpty ? [UUID()] : order
        // Responses per unit and kind, counted by the database.
        let counts = try await sql.raw("""
            SELECT "unit_id", "counted", "source", ("flag" IS NOT NULL) AS "waiting", ("void_reason" IS NOT NULL) AS "voided", COUNT(*) AS "n"
            FROM "survey_responses" WHERE "campaign_id" = \(bind: campaignID) AND "unit_id" IN (\(binds: pageUnitIDs))
            GROUP BY "unit_id", "counted", "source", ("flag" IS NOT NULL), ("void_reason" IS NOT NULL)
            """).all()
        for row in counts {
            let unitID = try row.decode(column: "unit_id", as: UUID.self)
            let n = try row.decode(column: "n", as: Int.self)
            let counted = try row.decode(column: "counted", as: Bool.self)
            let waiting = try row.decode(column: "waiting", as: Bool.self)
            let voided = try row.decode(column: "voided", as: Bool.self)
            let source = try row.decode(column: "source", as: String.self)
            guard results[unitID] != nil else { continue }
            if voided { results[unitID]?.voided += n } else if counted { results[unitID]?.counted += n } else if waiting { results[unitID]?.waiting += n }
            if counted, source == SurveyResponse.Source.paper.rawValue { results[unitID]?.paper += n }
        }
        let tallies = try await sql.raw("""
            SELECT "unit_id", "question_code", "answer_key", "count" FROM "survey_tallies"
            WHERE "campaign_id" = \(bind: campaignID) AND "unit_id" IN (\(binds: pageUnitIDs))
            """).all()
        for tally in tallies {
            let unitID = try tally.decode(column: "unit_id", as: UUID.self), code = try tally.decode(column: "question_code", as: String.self)
            let key = try tally.decode(column: "answer_key", as: String.self), count = try tally.decode(column: "count", as: Int.self)
            guard results[unitID] != nil else { continue }
            var question = results[unitID]?.questions[code] ?? QuestionResult()
            switch key {
            case SurveyTallyRecord.answered: question.tally.answers = count
            case SurveyTallyRecord.satisfied: question.tally.satisfied = count
            default: question.choices[key] = count
            }
            results[unitID]?.questions[code] = question
        }
        for (unitID, result) in results {
            var criteria: [String: SurveyTally] = [:]
            for question in questionnaire.questions {
                guard let criterion = question.counts?.criterion else { continue }
                criteria[criterion, default: SurveyTally()] = criteria[criterion, default: SurveyTally()] + (result.questions[question.code]?.tally ?? SurveyTally())
            }
            results[unitID]?.criteria = criteria
        }
        return CampaignResults(campaign: campaign, questionnaire: questionnaire, periodTitle: period.title, rounding: rounding,
                               units: order.compactMap { results[$0] }, page: page, pageCount: pageCount, unitCount: total)
    }

    /// Questions with a satisfied share: the closed questions that count toward a criterion.
    package var countingQuestions: [Question] { questionnaire.questions.filter { $0.counts != nil } }
}
