package import FluentKit
import Foundation
import ParIndexCore
import SQLKit

/// Group commit of answers. SQLite writes one transaction at a time, and an answer's
/// transaction alone is a dozen statements, each a hop to the database's thread: one at a time,
/// a desk's rush tops out near a hundred answers a second. So answers that arrive while a batch
/// is being written wait for it, then go in together: one transaction of a fixed number of
/// statements (`SurveyAnswerWrite`: a device that answered already, or an address over its
/// limit, fails alone), the counts merged, and the touched units' survey points recomputed
/// together, each audited with the count behind it. PostgreSQL gains the same: fewer round trips
/// and fewer commits. On SQLite, batches run behind `SQLiteWriteGate.surveys`, with paper entry
/// and reviews.
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

    /// One batch, in one transaction (internal for the tests of its fallback).
    static func run(_ answers: [SurveySubmissions.Answer], cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                            on db: any Database) async -> [Result<Bool, any Error>] {
        do {
            return try await SurveySubmissions.oneWriterAtATime(on: db) {
                try await db.transaction { db in
                    guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
                    let outcomes = try await SurveyAnswerWrite.write(answers, on: sql)
                    // The batch's counts in one statement, then the touched units' survey points together.
                    var deltas = SurveyTallies.Deltas()
                    var touched: [SurveyFeed.UnitKey: Set<String>] = [:]
                    for (answer, outcome) in zip(answers, outcomes) where (try? outcome.get()) == false {
                        deltas.add(answer.kept, of: answer.questionnaire, campaignID: try answer.campaign.requireID(), unitID: answer.unitID, sign: 1)
                        touched[.init(periodID: answer.campaign.periodID, unitID: answer.unitID), default: []].formUnion(answer.questionnaire.countedCriteria)
                    }
                    try await deltas.write(on: sql)
                    try await SurveyFeed.refresh(touched, cache: cache, questionnaires: questionnaires, on: db)
                    return outcomes
                }
            }
        } catch {
            // The transaction failed as a whole, and nothing of it was kept. Alone, each answer
            // meets its own fate: one answer's fault does not cost the others theirs.
            guard answers.count > 1 else { return [.failure(error)] }
            var outcomes: [Result<Bool, any Error>] = []
            for answer in answers {
                outcomes += await run([answer], cache: cache, questionnaires: questionnaires, on: db)
            }
            return outcomes
        }
    }
}
