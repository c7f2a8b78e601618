package import FluentKit
package import Foundation
package import ParIndexCore
import SQLKit

/// Answers arriving: through a unit's public link (the page or the API), or typed from paper by
/// an appraiser. Each is checked whole against the questionnaire, stored without anything that
/// identifies its respondent, counted, and fed to the unit's survey points, in one transaction.
package enum SurveySubmissions {
    /// A link and everything its page shows.
    package struct Opened: Sendable {
        package var link: SurveyLink
        package var campaign: SurveyCampaign
        package var questionnaire: Questionnaire
        package var unit: Unit
    }

    /// What a respondent sent: answers per question, the token of their device's cookie (if it
    /// has one), and their address — hashed at once, never stored as sent.
    package struct Sent: Sendable {
        package var answers: [String: [String]]
        package var deviceToken: String?
        package var address: String

        package init(answers: [String: [String]], deviceToken: String?, address: String) {
            self.answers = answers
            self.deviceToken = deviceToken
            self.address = address
        }
    }

    package struct Received: Sendable {
        package var responseID: UUID
        /// The device's token: the one sent, or a new one for the cookie.
        package var deviceToken: String
        /// Held for review (a burst from one address), not yet counted.
        package var flagged: Bool
    }

    /// Answers refused, every problem named by its question; nothing was stored.
    package struct Refused: Error, Sendable {
        package var problems: [(code: String, message: LocalizedText)]
    }

    /// How many submissions from one address within a minute are taken as they come: from the
    /// `burstFrom`-th on, answers wait for review; past `mostPerMinute`, they are refused. A desk
    /// whose phones share one public address (the office Wi-Fi) may need more
    /// (`PARINDEX_SURVEY_BURST`, `PARINDEX_SURVEY_LIMIT`).
    package struct Limits: Sendable, Equatable {
        package var burstFrom: Int
        package var mostPerMinute: Int

        package init(burstFrom: Int, mostPerMinute: Int) {
            self.burstFrom = burstFrom
            self.mostPerMinute = mostPerMinute
        }

        package static let standard = Limits(burstFrom: 3, mostPerMinute: 20)
    }

    package static func unknownLink() -> AppError {
        AppError(.notFound, message: LocalizedText(vi: "Không có đợt khảo sát nào với đường dẫn này. Hãy kiểm tra lại mã trên phiếu hoặc áp phích.",
                                                   en: "No survey has this link. Check the code on the poster."))
    }

    package static func open(code: String, questionnaires: QuestionnaireCache, on db: any Database) async throws -> Opened {
        if let kept = SurveyLinkCache.shared.opened(code) { return kept }
        guard SurveyHashing.isLinkCode(code), let link = try await SurveyLink.query(on: db).filter(\.$code == code).first(),
              let campaign = try await SurveyCampaign.find(link.campaignID, on: db), let unit = try await Unit.find(link.unitID, on: db) else {
            throw unknownLink()
        }
        let opened = Opened(link: link, campaign: campaign, questionnaire: try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db),
                            unit: unit)
        SurveyLinkCache.shared.keep(opened)
        return opened
    }

    /// Refuses answers outside the campaign's days, or once it is closed.
    package static func requireOpen(_ campaign: SurveyCampaign, today: CalendarDate) throws {
        switch campaign.state(today: today) {
        case .open: return
        case .scheduled:
            throw AppError.conflict(LocalizedText(vi: "Đợt khảo sát «\(campaign.title)» chưa bắt đầu: mời quay lại từ ngày \(CalendarDate(campaign.opensOn)?.displayed ?? campaign.opensOn).",
                                                  en: "The survey “\(campaign.title)” has not started: come back from \(CalendarDate(campaign.opensOn)?.displayed ?? campaign.opensOn)."))
        case .ended, .closed:
            throw ended(campaign)
        }
    }

    package static func ended(_ campaign: SurveyCampaign) -> AppError {
        AppError.conflict(LocalizedText(vi: "Đợt khảo sát «\(campaign.title)» đã kết thúc. Cảm ơn ông/bà đã quan tâm.",
                                        en: "The survey “\(campaign.title)” has ended. Thank you for your interest."))
    }

    package static func alreadyAnswered() -> AppError {
        AppError.conflict(LocalizedText(vi: "Thiết bị này đã gửi phiếu cho đợt khảo sát này. Mỗi thiết bị chỉ gửi một lần.",
                                        en: "This device has already answered this survey. Each device answers once."))
    }

    package static func submit(code: String, _ sent: Sent, now: Date, limits: Limits = .standard, cache: CriteriaSetCache,
                               questionnaires: QuestionnaireCache, on db: any Database) async throws -> Received {
        let opened = try await open(code: code, questionnaires: questionnaires, on: db)
        let campaign = opened.campaign
        try requireOpen(campaign, today: CalendarDate(isoDate: now))
        let kept: [String: String]
        switch opened.questionnaire.read(sent.answers) {
        case let .success(answers): kept = answers
        case let .failure(refusal): throw Refused(problems: refusal.ordered(in: opened.questionnaire))
        }
        let token = sent.deviceToken.flatMap { SurveyHashing.isToken($0) ? $0 : nil } ?? SurveyHashing.newSecret()
        let answer = Answer(campaign: campaign, questionnaire: opened.questionnaire, unitID: opened.link.unitID, kept: kept,
                            deviceHash: SurveyHashing.hash(token, secret: campaign.secret),
                            addressHash: SurveyHashing.hash(sent.address, secret: campaign.secret),
                            minute: Int64(now.timeIntervalSince1970 / 60), receivedOn: CalendarDate(isoDate: now), limits: limits)
        // Answers arriving together are written together (`SurveyAnswerBatches`).
        let flagged = try await SurveyAnswerBatches.shared.write(answer, cache: cache, questionnaires: questionnaires, on: db)
        return Received(responseID: answer.responseID, deviceToken: token, flagged: flagged)
    }

    /// One respondent's answers, checked and hashed, ready to be written.
    package struct Answer: Sendable {
        package var campaign: SurveyCampaign
        package var questionnaire: Questionnaire
        package var unitID: UUID
        package var kept: [String: String]
        package var deviceHash: String
        package var addressHash: String
        package var minute: Int64
        package var receivedOn: CalendarDate
        package var limits: Limits
        package var responseID = UUID()
    }

    /// A paper questionnaire typed in by an appraiser of the unit or an administrator, while the
    /// campaign is not closed (paper collected on its last day may be typed in afterwards).
    package static func enterPaper(campaign: SurveyCampaign, unitID: UUID, answers: [String: [String]], by user: User, today: CalendarDate,
                                   cache: CriteriaSetCache, questionnaires: QuestionnaireCache, on db: any Database) async throws -> UUID {
        let campaignID = try campaign.requireID()
        guard campaign.closedAt == nil else {
            throw AppError.conflict(LocalizedText(vi: "Đợt khảo sát đã khoá: không nhập thêm phiếu.", en: "The campaign is closed: no more answers."))
        }
        if campaign.state(today: today) == .scheduled { try requireOpen(campaign, today: today) }
        guard try await SurveyLink.query(on: db).filter(\.$campaignID == campaignID).filter(\.$unitID == unitID).count() > 0 else {
            throw AppError.invalid(LocalizedText(vi: "Đơn vị này không thuộc đợt khảo sát.", en: "This unit is not in the campaign."), field: "unit_id")
        }
        try await requireAppraiserOrAdministrator(user, unitID: unitID, periodID: campaign.periodID, on: db)
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        let kept: [String: String]
        switch questionnaire.read(answers) {
        case let .success(answers): kept = answers
        case let .failure(refusal): throw Refused(problems: refusal.ordered(in: questionnaire))
        }
        let response = SurveyResponse(campaignID: campaignID, unitID: unitID, source: .paper, receivedOn: today.iso, flag: nil, enteredBy: user.id)
        try await oneWriterAtATime(on: db) {
            try await db.transaction { db in
                if let sql = db as? any SQLDatabase { try await lockAssessment(periodID: campaign.periodID, unitID: unitID, on: sql) }
                try await store(response, answers: kept, questionnaire: questionnaire, campaign: campaign, cache: cache, questionnaires: questionnaires, on: db)
            }
        }
        return try response.requireID()
    }

    static func requireAppraiserOrAdministrator(_ user: User, unitID: UUID, periodID: UUID, on db: any Database) async throws {
        switch user.role {
        case .administrator: return
        case .appraiser:
            let assigned = try await AppraiserAssignment.query(on: db).filter(\.$periodID == periodID).filter(\.$unitID == unitID)
                .filter(\.$userID == user.requireID()).count()
            guard assigned > 0 else { throw AppError.forbidden() }
        default: throw AppError.forbidden()
        }
    }

    /// Stores the response and its answers, counts them when the response counts, and refreshes
    /// the survey points they feed.
    static func store(_ response: SurveyResponse, answers: [String: String], questionnaire: Questionnaire, campaign: SurveyCampaign,
                      cache: CriteriaSetCache, questionnaires: QuestionnaireCache, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw AppError(.internalFailure, message: .init("ParIndex needs an SQL database.")) }
        try await insert(response, answers: answers, questionnaire: questionnaire, on: sql)
        guard response.counted else { return }
        try await SurveyFeed.refresh(periodID: campaign.periodID, unitID: response.unitID, criteria: Set(questionnaire.countedCriteria),
                                     cache: cache, questionnaires: questionnaires, on: db)
    }

    /// The response, its answers, and the running counts when it counts.
    static func insert(_ response: SurveyResponse, answers: [String: String], questionnaire: Questionnaire, on sql: any SQLDatabase) async throws {
        try await insertRows([(response, answers)], on: sql)
        guard response.counted else { return }
        try await SurveyTallies.add(answers, of: questionnaire, campaignID: response.campaignID, unitID: response.unitID, sign: 1, on: sql)
    }

    /// Responses and their answers, in two statements whatever their number (more only past the
    /// databases' limits on bound values); the running counts are the caller's.
    static func insertRows(_ rows: [(response: SurveyResponse, answers: [String: String])], on sql: any SQLDatabase) async throws {
        var answers: [(responseID: UUID, code: String, value: String)] = []
        for slice in rows.slices(of: valuesPerStatement / 8) {
            var insert = sql.insert(into: SurveyResponse.schema)
                .columns("id", "campaign_id", "unit_id", "source", "received_on", "flag", "counted", "entered_by")
            for (response, kept) in slice {
                let responseID = response.id ?? UUID()
                response.id = responseID
                insert = insert.values(SQLBind(responseID), SQLBind(response.campaignID), SQLBind(response.unitID), SQLBind(response.sourceName),
                                       SQLBind(response.receivedOn), SQLBind(response.flag), SQLBind(response.counted), SQLBind(response.enteredBy))
                answers += kept.sorted { $0.key < $1.key }.map { (responseID, $0.key, $0.value) }
            }
            try await insert.run()
        }
        for slice in answers.slices(of: valuesPerStatement / 4) {
            var insert = sql.insert(into: SurveyAnswer.schema).columns("id", "response_id", "question_code", "value")
            for answer in slice { insert = insert.values(SQLBind(SequentialRowID.next()), SQLBind(answer.responseID), SQLBind(answer.code), SQLBind(answer.value)) }
            try await insert.run()
        }
    }

    /// Bound values per statement: under SQLite's 32 766 and PostgreSQL's 65 535.
    static let valuesPerStatement = 16_000

    /// On SQLite, runs `body` after this process's other survey writes (`SQLiteWriteGate`).
    static func oneWriterAtATime<T: Sendable>(on db: any Database, _ body: @Sendable () async throws -> T) async throws -> T {
        guard (db as? any SQLDatabase)?.dialect.name == "sqlite" else { return try await body() }
        return try await SQLiteWriteGate.surveys.run(body)
    }

    /// On PostgreSQL, makes concurrent submissions for one unit wait for each other, so each
    /// recomputes the survey points from counts that include the others'. SQLite writes one
    /// transaction at a time anyway.
    static func lockAssessment(periodID: UUID, unitID: UUID, on sql: any SQLDatabase) async throws {
        try await lockAssessments([(periodID, unitID)], on: sql)
    }

    /// The same for several units, in one order (of two writers locking some of the same units,
    /// neither holds one the other waits for while waiting itself).
    static func lockAssessments(_ units: [(periodID: UUID, unitID: UUID)], on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql", !units.isEmpty else { return }
        let periods = Array(Set(units.map(\.periodID))), unitIDs = Array(Set(units.map(\.unitID)))
        // Pairs outside the batch may be locked with it when it spans periods: a wait, never a fault.
        try await sql.raw("""
            SELECT "id" FROM "assessments" WHERE "period_id" IN (\(binds: periods)) AND "unit_id" IN (\(binds: unitIDs))
            ORDER BY "id" FOR UPDATE
            """).run()
    }
}

extension Array {
    /// The array in consecutive slices of at most `size` elements (none when it is empty).
    func slices(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: Swift.max(1, size)).map { self[$0..<Swift.min($0 + Swift.max(1, size), count)] }
    }
}
