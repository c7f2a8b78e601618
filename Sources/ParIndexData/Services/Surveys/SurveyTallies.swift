package import Foundation
package import ParIndexCore
package import SQLKit

/// The running counts behind results and survey points (`survey_tallies`), moved by one
/// response at a time: +1 when it is counted, −1 when it is voided.
package enum SurveyTallies {
    package static func add(_ answers: [String: String], of questionnaire: Questionnaire, campaignID: UUID, unitID: UUID, sign: Int,
                            on sql: any SQLDatabase) async throws {
        var counts: [(question: String, key: String)] = []
        for question in questionnaire.questions where question.kind.isClosed {
            guard let kept = answers[question.code] else { continue }
            let chosen = Questionnaire.chosen(kept, of: question)
            counts.append((question.code, SurveyTallyRecord.answered))
            if question.isSatisfied(by: chosen) == true { counts.append((question.code, SurveyTallyRecord.satisfied)) }
            for key in Set(chosen).sorted() { counts.append((question.code, key)) }
        }
        guard !counts.isEmpty else { return }
        var insert = sql.insert(into: SurveyTallyRecord.schema).columns("id", "campaign_id", "unit_id", "question_code", "answer_key", "count")
        for count in counts {
            insert = insert.values(SQLBind(UUID()), SQLBind(campaignID), SQLBind(unitID), SQLBind(count.question), SQLBind(count.key), SQLBind(sign))
        }
        try await insert.onConflict(with: ["campaign_id", "unit_id", "question_code", "answer_key"]) { update in
            update.set("count", to: SQLQueryString(#""survey_tallies"."count" + excluded."count""#))
        }.run()
    }
}
