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
              let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { throw AppError.notFound() }
        let rounding = try setRecord.compiled(using: cache).set.settings.rounding
        let allLinks = try await SurveyLink.query(on: db).filter(\.$campaignID == campaignID).all()
        let codes = try await Unit.codes(of: allLinks.map(\.unitID), on: db)
        let ordered = allLinks.sorted { (codes[$0.unitID] ?? "", $0.code) < (codes[$1.unitID] ?? "", $1.code) }
        let page = ListPage(all: ordered, page: requested ?? 1, size: requested == nil ? max(1, ordered.count) : unitsPerPage)
        let links = page.rows
        // An empty IN () is not SQL: a campaign without units asks for an id no unit has.
        let pageUnitIDs = links.isEmpty ? [UUID()] : links.map(\.unitID)
        let units = try await Unit.query(on: db).filter(\.$id ~~ pageUnitIDs).all()
        let unitByID = Dictionary(units.compactMap { unit in unit.id.map { ($0, unit) } }, uniquingKeysWith: { first, _ in first })
        var results: [UUID: UnitResult] = [:]
        for link in links {
            guard let unit = unitByID[link.unitID] else { continue }
            results[link.unitID] = UnitResult(unitID: link.unitID, code: unit.code, name: unit.name, linkCode: link.code)
        }
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
        let tallies = try await SurveyTallyRecord.query(on: db).filter(\.$campaignID == campaignID).filter(\.$unitID ~~ pageUnitIDs).all()
        for tally in tallies where results[tally.unitID] != nil {
            var question = results[tally.unitID]?.questions[tally.questionCode] ?? QuestionResult()
            switch tally.answerKey {
            case SurveyTallyRecord.answered: question.tally.answers = tally.count
            case SurveyTallyRecord.satisfied: question.tally.satisfied = tally.count
            default: question.choices[tally.answerKey] = tally.count
            }
            results[tally.unitID]?.questions[tally.questionCode] = question
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
                               units: links.compactMap { results[$0.unitID] }, page: page.page, pageCount: page.pageCount, unitCount: page.total)
    }

    /// Questions with a satisfied share: the closed questions that count toward a criterion.
    package var countingQuestions: [Question] { questionnaire.questions.filter { $0.counts != nil } }
}
