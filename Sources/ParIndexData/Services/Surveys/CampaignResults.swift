package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// A campaign's progress and results, read from the running tallies in a fixed number of
/// queries whatever the number of units and answers: per unit, the answers counted against the
/// quota, those waiting for review, voided or typed from paper; per unit and question, n, the
/// satisfied count and how many chose each answer; per unit and criterion, the pooled tally.
package struct CampaignResults: Sendable {
    package var campaign: SurveyCampaign
    package var questionnaire: Questionnaire
    package var periodTitle: String
    package var rounding: RoundingMode
    package var units: [UnitResult]

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

    package static func load(_ campaign: SurveyCampaign, cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                             on db: any Database) async throws -> CampaignResults {
        guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
        let campaignID = try campaign.requireID()
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        guard let period = try await Period.find(campaign.periodID, on: db),
              let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { throw AppError.notFound() }
        let rounding = try setRecord.compiled(using: cache).set.settings.rounding
        let links = try await SurveyLink.query(on: db).filter(\.$campaignID == campaignID).all()
        let units = try await Unit.query(on: db).filter(\.$id ~~ links.map(\.unitID)).all()
        let unitByID = Dictionary(units.compactMap { unit in unit.id.map { ($0, unit) } }, uniquingKeysWith: { first, _ in first })
        var results: [UUID: UnitResult] = [:]
        for link in links {
            guard let unit = unitByID[link.unitID] else { continue }
            results[link.unitID] = UnitResult(unitID: link.unitID, code: unit.code, name: unit.name, linkCode: link.code)
        }
        // Responses per unit and kind, counted by the database.
        let counts = try await sql.raw("""
            SELECT "unit_id", "counted", "source", ("flag" IS NOT NULL) AS "waiting", ("void_reason" IS NOT NULL) AS "voided", COUNT(*) AS "n"
            FROM "survey_responses" WHERE "campaign_id" = \(bind: campaignID)
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
        let tallies = try await SurveyTallyRecord.query(on: db).filter(\.$campaignID == campaignID).all()
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
                               units: results.values.sorted { $0.code < $1.code })
    }

    /// Questions with a satisfied share: the closed questions that count toward a criterion.
    package var countingQuestions: [Question] { questionnaire.questions.filter { $0.counts != nil } }
}
