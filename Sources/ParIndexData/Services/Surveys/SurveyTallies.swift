package import Foundation
package import ParIndexCore
package import SQLKit

/// The running counts behind results and survey points (`survey_tallies`), moved by one
/// response at a time: +1 when it is counted, −1 when it is voided.
package enum SurveyTallies {
    package static func add(_ answers: [String: String], of questionnaire: Questionnaire, campaignID: UUID, unitID: UUID, sign: Int,
                            on sql: any SQLDatabase) async throws {
        var deltas = Deltas()
        deltas.add(answers, of: questionnaire, campaignID: campaignID, unitID: unitID, sign: sign)
        try await deltas.write(on: sql)
    }

    /// Changes to the counts, merged per row, written in one statement.
    package struct Deltas: Sendable {
        struct Key: Hashable, Comparable, Sendable {
            var campaignID: UUID
            var unitID: UUID
            var question: String
            var answerKey: String

            // Compared field by field: text built per comparison made this sort a sixth of a
            // busy server's time.
            static func < (left: Key, right: Key) -> Bool {
                (left.campaignID, left.unitID, left.question, left.answerKey) < (right.campaignID, right.unitID, right.question, right.answerKey)
            }
        }

        private var counts: [Key: Int] = [:]

        package init() {}

        package mutating func add(_ answers: [String: String], of questionnaire: Questionnaire, campaignID: UUID, unitID: UUID, sign: Int) {
            for question in questionnaire.questions where question.kind.isClosed {
                guard let kept = answers[question.code] else { continue }
                let chosen = Questionnaire.chosen(kept, of: question)
                var keys = [SurveyTallyRecord.answered] + Set(chosen).sorted()
                if question.isSatisfied(by: chosen) == true { keys.append(SurveyTallyRecord.satisfied) }
                for key in keys { counts[Key(campaignID: campaignID, unitID: unitID, question: question.code, answerKey: key), default: 0] += sign }
            }
        }

        package func write(on sql: any SQLDatabase) async throws {
            guard !counts.isEmpty else { return }
            // In one order, so that two writers touch the rows alike (no deadlock on PostgreSQL).
            var insert = sql.insert(into: SurveyTallyRecord.schema).columns("id", "campaign_id", "unit_id", "question_code", "answer_key", "count")
            for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
                insert = insert.values(SQLBind(SequentialRowID.next()), SQLBind(key.campaignID), SQLBind(key.unitID), SQLBind(key.question), SQLBind(key.answerKey),
                                       SQLBind(count))
            }
            try await insert.onConflict(with: ["campaign_id", "unit_id", "question_code", "answer_key"]) { update in
                update.set("count", to: SQLQueryString(#""survey_tallies"."count" + excluded."count""#))
            }.run()
        }
    }
}
