package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// The administrator's review of answers: a voided answer leaves the counts (with its reason,
/// audited); a flagged one (a burst from one address) is counted once reviewed, or voided. Both
/// recompute the survey points, and neither is possible once the campaign is closed.
package enum SurveyReview {
    package static func void(_ responseID: UUID?, reason rawReason: String, by user: User, cache: CriteriaSetCache,
                             questionnaires: QuestionnaireCache, on db: any Database) async throws {
        let reason: String
        do {
            reason = try TextInput.clean(rawReason, as: .line)
        } catch {
            throw AppError.invalid(error.message(label: LocalizedText(vi: "Lý do", en: "The reason")), field: "reason")
        }
        guard !reason.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Hãy nêu lý do huỷ phiếu.", en: "Give the reason for voiding the answer."), field: "reason")
        }
        let (response, campaign) = try await find(responseID, on: db)
        guard !response.isVoided else { throw AppError.conflict(LocalizedText(vi: "Phiếu này đã bị huỷ.", en: "This answer is voided already.")) }
        let wasCounted = response.counted
        try await change(response, in: campaign, by: user, cache: cache, questionnaires: questionnaires, on: db) { db, sql, answers, questionnaire in
            // Conditional on what was read: of two reviews racing, the second changes nothing.
            let changed = try await sql.update(SurveyResponse.schema)
                .set("counted", to: false).set("voided_by", to: user.id).set("void_reason", to: reason)
                .where("id", .equal, response.requireID()).where("void_reason", .is, SQLLiteral.null).where("counted", .equal, wasCounted)
                .returning("id").all()
            guard !changed.isEmpty else { throw changedMeanwhile() }
            if wasCounted {
                try await SurveyTallies.add(answers, of: questionnaire, campaignID: campaign.requireID(), unitID: response.unitID, sign: -1, on: sql)
            }
            return ("Huỷ phiếu khảo sát \(try response.requireID().uuidString.prefix(8)) của đợt «\(campaign.title)»", reason)
        }
    }

    /// Counts a flagged answer after review.
    package static func count(_ responseID: UUID?, by user: User, cache: CriteriaSetCache, questionnaires: QuestionnaireCache,
                              on db: any Database) async throws {
        let (response, campaign) = try await find(responseID, on: db)
        guard !response.isVoided, !response.counted, response.flag != nil else {
            throw AppError.conflict(LocalizedText(vi: "Phiếu này không chờ xem xét.", en: "This answer is not waiting for review."))
        }
        try await change(response, in: campaign, by: user, cache: cache, questionnaires: questionnaires, on: db) { db, sql, answers, questionnaire in
            let changed = try await sql.update(SurveyResponse.schema).set("counted", to: true).set("flag", to: SQLLiteral.null)
                .where("id", .equal, response.requireID()).where("counted", .equal, false).where("void_reason", .is, SQLLiteral.null)
                .where("flag", .isNot, SQLLiteral.null)
                .returning("id").all()
            guard !changed.isEmpty else { throw changedMeanwhile() }
            try await SurveyTallies.add(answers, of: questionnaire, campaignID: campaign.requireID(), unitID: response.unitID, sign: 1, on: sql)
            return ("Tính phiếu khảo sát \(try response.requireID().uuidString.prefix(8)) của đợt «\(campaign.title)» sau khi xem xét", nil)
        }
    }

    private static func changedMeanwhile() -> AppError {
        AppError.conflict(LocalizedText(vi: "Phiếu vừa được người khác xem xét. Hãy tải lại trang.", en: "Someone reviewed this answer meanwhile. Reload the page."))
    }

    private static func find(_ responseID: UUID?, on db: any Database) async throws -> (SurveyResponse, SurveyCampaign) {
        guard let responseID, let response = try await SurveyResponse.find(responseID, on: db),
              let campaign = try await SurveyCampaign.find(response.campaignID, on: db) else { throw AppError.notFound() }
        guard campaign.closedAt == nil else {
            throw AppError.conflict(LocalizedText(vi: "Đợt khảo sát đã khoá: kết quả không còn thay đổi.", en: "The campaign is closed: its results no longer change."))
        }
        return (response, campaign)
    }

    private static func change(_ response: SurveyResponse, in campaign: SurveyCampaign, by user: User, cache: CriteriaSetCache,
                               questionnaires: QuestionnaireCache, on db: any Database,
                               _ body: @escaping @Sendable (any Database, any SQLDatabase, [String: String], Questionnaire) async throws -> (String, String?)) async throws {
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        let responseID = try response.requireID()
        // A response's answers never change: read before the transaction, which then writes first
        // (on SQLite a transaction that reads first cannot wait for another writer).
        let rows = try await SurveyAnswer.query(on: db).filter(\.$responseID == responseID).all()
        let answers = Dictionary(rows.map { ($0.questionCode, $0.value) }, uniquingKeysWith: { first, _ in first })
        // Behind the batches of answers on SQLite, rather than in the busy handler's sleeps.
        try await SurveySubmissions.oneWriterAtATime(on: db) {
            try await db.transaction { db in
                guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
                try await SurveySubmissions.lockAssessment(periodID: campaign.periodID, unitID: response.unitID, on: sql)
                let (summary, reason) = try await body(db, sql, answers, questionnaire)
                try await Audit.record(.survey, by: user, assessment: nil, code: nil, old: nil, new: summary, reason: reason, on: db)
                try await SurveyFeed.refresh(periodID: campaign.periodID, unitID: response.unitID, criteria: Set(questionnaire.countedCriteria),
                                             cache: cache, questionnaires: questionnaires, on: db)
            }
        }
    }
}
