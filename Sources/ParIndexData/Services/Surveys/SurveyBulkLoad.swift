package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// Many answers for one unit at once, for the demo's closed campaigns and the benchmark's large
/// ones: the same rows a phone's submissions leave (responses, answers, running counts, survey
/// points recomputed and audited), written in a few multi-row statements instead of one
/// transaction per answer. The answers must already be as `Questionnaire.read` keeps them.
package enum SurveyBulkLoad {
    package static func load(_ answers: [[String: String]], campaign: SurveyCampaign, unitID: UUID, receivedOn: CalendarDate,
                             cache: CriteriaSetCache, questionnaires: QuestionnaireCache, on db: any Database) async throws {
        let campaignID = try campaign.requireID()
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        var responses: [(UUID, [String: String])] = []
        var counts: [String: Int] = [:]
        for kept in answers {
            responses.append((UUID(), kept))
            for question in questionnaire.questions where question.kind.isClosed {
                guard let value = kept[question.code] else { continue }
                let chosen = Questionnaire.chosen(value, of: question)
                counts[question.code + "\u{1F}" + SurveyTallyRecord.answered, default: 0] += 1
                if question.isSatisfied(by: chosen) == true { counts[question.code + "\u{1F}" + SurveyTallyRecord.satisfied, default: 0] += 1 }
                for key in Set(chosen) { counts[question.code + "\u{1F}" + key, default: 0] += 1 }
            }
        }
        let responsesToWrite = responses, countsToWrite = counts
        try await db.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            let responses = responsesToWrite, counts = countsToWrite
            for chunk in stride(from: 0, to: responses.count, by: 400) {
                let part = responses[chunk..<min(chunk + 400, responses.count)]
                var insert = sql.insert(into: SurveyResponse.schema).columns("id", "campaign_id", "unit_id", "source", "received_on", "counted")
                for (id, _) in part {
                    insert = insert.values(SQLBind(id), SQLBind(campaignID), SQLBind(unitID), SQLBind(SurveyResponse.Source.web.rawValue),
                                           SQLBind(receivedOn.iso), SQLBind(true))
                }
                try await insert.run()
                let rows = part.flatMap { id, kept in kept.sorted { $0.key < $1.key }.map { (id, $0.key, $0.value) } }
                for rowChunk in stride(from: 0, to: rows.count, by: 1_000) {
                    var answersInsert = sql.insert(into: SurveyAnswer.schema).columns("id", "response_id", "question_code", "value")
                    for (id, code, value) in rows[rowChunk..<min(rowChunk + 1_000, rows.count)] {
                        answersInsert = answersInsert.values(SQLBind(UUID()), SQLBind(id), SQLBind(code), SQLBind(value))
                    }
                    try await answersInsert.run()
                }
            }
            if !counts.isEmpty {
                var tallies = sql.insert(into: SurveyTallyRecord.schema).columns("id", "campaign_id", "unit_id", "question_code", "answer_key", "count")
                for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
                    let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { continue }
                    tallies = tallies.values(SQLBind(UUID()), SQLBind(campaignID), SQLBind(unitID), SQLBind(parts[0]), SQLBind(parts[1]), SQLBind(count))
                }
                try await tallies.onConflict(with: ["campaign_id", "unit_id", "question_code", "answer_key"]) { update in
                    update.set("count", to: SQLQueryString(#""survey_tallies"."count" + excluded."count""#))
                }.run()
            }
            try await SurveyFeed.refresh(periodID: campaign.periodID, unitID: unitID, criteria: Set(questionnaire.countedCriteria),
                                         cache: cache, questionnaires: questionnaires, on: db)
        }
    }
}
