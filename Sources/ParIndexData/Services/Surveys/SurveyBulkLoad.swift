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
        var responses: [(response: SurveyResponse, answers: [String: String])] = []
        var deltas = SurveyTallies.Deltas()
        for kept in answers {
            responses.append((SurveyResponse(campaignID: campaignID, unitID: unitID, source: .web, receivedOn: receivedOn.iso, flag: nil, enteredBy: nil), kept))
            deltas.add(kept, of: questionnaire, campaignID: campaignID, unitID: unitID, sign: 1)
        }
        let responsesToWrite = responses, countsToWrite = deltas
        try await db.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            try await SurveySubmissions.insertRows(responsesToWrite, on: sql)
            let counts = countsToWrite
            try await counts.write(on: sql)
            try await SurveyFeed.refresh(periodID: campaign.periodID, unitID: unitID, criteria: Set(questionnaire.countedCriteria),
                                         cache: cache, questionnaires: questionnaires, on: db)
        }
    }
}
