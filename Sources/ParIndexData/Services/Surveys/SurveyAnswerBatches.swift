package import FluentKit
import Foundation
package import ParIndexCore
import SQLKit

/// Group commit of answers on SQLite. SQLite writes one transaction at a time, and an answer's
/// transaction is a dozen statements, each a hop to the database's thread: one at a time, a
/// desk's rush tops out near a hundred answers a second. So answers that arrive while a batch
/// is being written wait for it, then go in together: one transaction, each answer in its own
/// savepoint (a device that answered already, or an address over its limit, fails alone), and
/// each unit's survey points recomputed once for the batch, audited with the count behind them.
/// Batches run behind `SQLiteWriteGate.surveys`, with paper entry and reviews.
package actor SurveyAnswerBatches {
    package static let shared = SurveyAnswerBatches()

    private struct Job {
        var answer: SurveySubmissions.Answer
        var cache: CriteriaSetCache
        var questionnaires: QuestionnaireCache
        /// The database of the request that sent it: a batch is written through its first job's,
        /// which stays open until that job is answered.
        var db: any Database
        var done: CheckedContinuation<Bool, any Error>
    }

    private var pending: [Job] = []
    private var draining = false
    /// Batches written and answers in them since the process started (the benchmark prints them).
    package private(set) var written = (batches: 0, answers: 0, nanoseconds: Int64(0))

    /// Writes the answer with the others waiting; whether it is held for review.
    package func write(_ answer: SurveySubmissions.Answer, cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                       on db: any Database) async throws -> Bool {
        try await withCheckedThrowingContinuation { continuation in
            pending.append(Job(answer: answer, cache: cache, questionnaires: questionnaires, db: db, done: continuation))
            if !draining {
                draining = true
                Task { await self.drain() }
            }
        }
    }

    /// At most this many answers in one transaction.
    static let largestBatch = 64

    private func drain() async {
        while let first = pending.first {
            let batch = Array(pending.prefix(Self.largestBatch))
            pending.removeFirst(batch.count)
            let started = ContinuousClock.now
            let outcomes = await Self.run(batch.map(\.answer), cache: first.cache, questionnaires: first.questionnaires, on: first.db)
            let took = ContinuousClock.now - started
            written.batches += 1
            written.answers += batch.count
            written.nanoseconds += took.components.seconds * 1_000_000_000 + took.components.attoseconds / 1_000_000_000
            for (job, outcome) in zip(batch, outcomes) { job.done.resume(with: outcome) }
        }
        draining = false
    }

    private static func run(_ answers: [SurveySubmissions.Answer], cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                            on db: any Database) async -> [Result<Bool, any Error>] {
        do {
            return try await SQLiteWriteGate.surveys.run {
                try await db.transaction { db in
                    guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
                    var outcomes: [Result<Bool, any Error>] = []
                    var touched: [String: (periodID: UUID, unitID: UUID, criteria: Set<String>)] = [:]
                    var deltas = SurveyTallies.Deltas()
                    for answer in answers {
                        try await sql.raw("SAVEPOINT \"answer\"").run()
                        do {
                            let flagged = try await SurveySubmissions.write(answer, countingNow: false, on: sql)
                            try await sql.raw("RELEASE \"answer\"").run()
                            outcomes.append(.success(flagged))
                            if !flagged {
                                deltas.add(answer.kept, of: answer.questionnaire, campaignID: try answer.campaign.requireID(), unitID: answer.unitID, sign: 1)
                                let key = answer.campaign.periodID.uuidString + answer.unitID.uuidString
                                touched[key, default: (answer.campaign.periodID, answer.unitID, [])].criteria.formUnion(answer.questionnaire.countedCriteria)
                            }
                        } catch {
                            try await sql.raw("ROLLBACK TO \"answer\"").run()
                            try await sql.raw("RELEASE \"answer\"").run()
                            outcomes.append(.failure(error))
                        }
                    }
                    // The batch's counts in one statement, then each unit's survey points once.
                    try await deltas.write(on: sql)
                    for (_, unit) in touched.sorted(by: { $0.key < $1.key }) {
                        try await SurveyFeed.refresh(periodID: unit.periodID, unitID: unit.unitID, criteria: unit.criteria,
                                                     cache: cache, questionnaires: questionnaires, on: db)
                    }
                    return outcomes
                }
            }
        } catch {
            // The batch's transaction failed as a whole: nothing of it was kept.
            return answers.map { _ in .failure(error) }
        }
    }
}
