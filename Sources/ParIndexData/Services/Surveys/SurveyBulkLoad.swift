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
        var deltas = SurveyTallies.Deltas()
        for kept in answers {
            responses.append((UUID(), kept))
            deltas.add(kept, of: questionnaire, campaignID: campaignID, unitID: unitID, sign: 1)
        }
        let responsesToWrite = responses, countsToWrite = deltas
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
            try await counts.write(on: sql)
            try await SurveyFeed.refresh(periodID: campaign.periodID, unitID: unitID, criteria: Set(questionnaire.countedCriteria),
                                         cache: cache, questionnaires: questionnaires, on: db)
        }
    }
}
