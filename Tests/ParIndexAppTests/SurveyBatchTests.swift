import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
/// A batch of answers written together meets, answer by answer, the fate each would have met
/// alone and in order: the devices, the address limits, a closed campaign, a fault in one answer.
@Suite("Survey answers written in batches")
struct SurveyBatchTests {
    typealias Data = SurveyDataTests

    /// An answer to the unit's link, as `SurveySubmissions.submit` makes it.
    static func answer(_ campaign: SurveyCampaign, unitID: UUID, device: String, address: String, minute: Int64 = 1_000, satisfied: Bool = true,
                       limits: SurveySubmissions.Limits = .init(burstFrom: 3, mostPerMinute: 4), app: Application) async throws -> SurveySubmissions.Answer {
        let questionnaire = try await QuestionnaireCache.shared.questionnaire(id: campaign.questionnaireID, on: app.db)
        let kept = try questionnaire.read(Data.answers(satisfied: satisfied)).get()
        return SurveySubmissions.Answer(campaign: campaign, questionnaire: questionnaire, unitID: unitID, kept: kept,
                                        deviceHash: SurveyHashing.hash(device, secret: campaign.secret),
                                        addressHash: SurveyHashing.hash(address, secret: campaign.secret),
                                        minute: minute, receivedOn: CalendarDate(isoDate: TestClock.today), limits: limits)
    }

    static func write(_ answers: [SurveySubmissions.Answer], _ app: Application) async throws -> [Result<Bool, any Error>] {
        try await app.db.transaction { db in
            try await SurveyAnswerWrite.write(answers, on: try #require(db as? any SQLDatabase))
        }
    }

    /// "counted", "held", or the refusal's Vietnamese message.
    static func fate(_ outcome: Result<Bool, any Error>) -> String {
        switch outcome {
        case let .success(flagged): flagged ? "held" : "counted"
        case let .failure(error): (error as? AppError)?.message.vi ?? "\(error)"
        }
    }

    @Test func eachAnswerOfABatchMeetsTheFateItWouldHaveMetAloneInOrder() async throws {
        try await withApp { app in
            let campaign = try await Data.campaign(app)
            let unitID = try await Fixtures.unit("chi-lang", app).requireID()
            // a device that answered in an earlier batch
            _ = try await Self.write([try await Self.answer(campaign, unitID: unitID, device: "old", address: "y", app: app)], app)
            let batch = [
                try await Self.answer(campaign, unitID: unitID, device: "a", address: "x", app: app),    // x: 1
                try await Self.answer(campaign, unitID: unitID, device: "a", address: "y", app: app),    // the same device
                try await Self.answer(campaign, unitID: unitID, device: "old", address: "z", app: app),  // answered before
                try await Self.answer(campaign, unitID: unitID, device: "b", address: "x", app: app),    // x: 2
                try await Self.answer(campaign, unitID: unitID, device: "c", address: "x", app: app),    // x: 3, held
                try await Self.answer(campaign, unitID: unitID, device: "d", address: "x", app: app),    // x: 4, held
                try await Self.answer(campaign, unitID: unitID, device: "e", address: "x", app: app),    // x: 5, over the limit
                try await Self.answer(campaign, unitID: unitID, device: "e", address: "z", app: app),    // the refused device again
                try await Self.answer(campaign, unitID: unitID, device: "f", address: "x", app: app),    // still over
                try await Self.answer(campaign, unitID: unitID, device: "g", address: "x", minute: 1_001, app: app), // the next minute
            ]
            let fates = try await Self.write(batch, app).map(Self.fate)
            let already = SurveySubmissions.alreadyAnswered().message.vi, tooMany = SurveyAnswerWrite.tooMany().message.vi
            #expect(fates == ["counted", already, already, "counted", "held", "held", tooMany, "counted", tooMany, "counted"])
            // the responses written, the devices that answered (a refused device may try again), the addresses' counts
            #expect(try await SurveyResponse.query(on: app.db).count() == 7)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$flag == "burst").count() == 2)
            #expect(try await SurveyDevice.query(on: app.db).count() == 7)
            let counts = try await SurveyAddressCount.query(on: app.db).all()
            let byHash = Dictionary(uniqueKeysWithValues: counts.map { ($0.addressHash, ($0.window, $0.count)) })
            #expect(byHash[SurveyHashing.hash("x", secret: campaign.secret)].map { [$0.0, Int64($0.1)] } == [1_001, 1])
            #expect(byHash[SurveyHashing.hash("y", secret: campaign.secret)].map { [$0.0, Int64($0.1)] } == [1_000, 1])
            #expect(byHash[SurveyHashing.hash("z", secret: campaign.secret)].map { [$0.0, Int64($0.1)] } == [1_000, 1])
            // "f", refused, may answer once the minute has passed
            let later = try await Self.write([try await Self.answer(campaign, unitID: unitID, device: "f", address: "x", minute: 1_002, app: app)], app)
            #expect(later.map(Self.fate) == ["counted"])
        }
    }

    @Test func answersToACampaignClosedSinceItsLinkWasOpenedAreRefused() async throws {
        try await withApp { app in
            let campaign = try await Data.campaign(app)
            let unitID = try await Fixtures.unit("chi-lang", app).requireID()
            let first = try await Self.answer(campaign, unitID: unitID, device: "a", address: "x", app: app)
            let admin = try await Data.user(Demo.admin.0, app)
            try await SurveyCampaigns.close(campaign, by: admin, on: app.db)
            let fates = try await Self.write([first, try await Self.answer(campaign, unitID: unitID, device: "b", address: "x", app: app)], app)
            #expect(fates.map(Self.fate) == Array(repeating: SurveySubmissions.ended(campaign).message.vi, count: 2))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            #expect(try await SurveyDevice.query(on: app.db).count() == 0)
        }
    }

    @Test func aBatchMovesEveryTouchedUnitsPointsWithOneAuditLineEach() async throws {
        try await withApp { app in
            let campaign = try await Data.campaign(app)
            var units: [UUID] = []
            for code in ["chi-lang", "van-quan", "cao-loc"] { units.append(try await Fixtures.unit(code, app).requireID()) }
            var batch: [SurveySubmissions.Answer] = []
            for (index, unitID) in units.enumerated() {
                for person in 0...index { batch.append(try await Self.answer(campaign, unitID: unitID, device: "\(index)-\(person)", address: "\(index)-\(person)", app: app)) }
            }
            let outcomes = await SurveyAnswerBatches.run(batch, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            #expect(outcomes.map(Self.fate) == Array(repeating: "counted", count: 6))
            // every question counting toward 9.1 is answered by every respondent
            let per = batch[0].questionnaire.questions.filter { $0.counts?.criterion == "9.1" }.count
            for (index, code) in ["chi-lang", "van-quan", "cao-loc"].enumerated() {
                let entry = try #require(try await Data.surveyEntry(code, "9.1", app))
                #expect(entry.updatedBy == nil)
                #expect(entry.note == "Tính từ khảo sát: \((index + 1) * per)/\((index + 1) * per) phiếu hài lòng")
                let assessment = try await Fixtures.parAssessment(of: code, app)
                let lines = try await AuditEvent.query(on: app.db).filter(\.$subject == .surveyEntry).filter(\.$assessmentID == assessment.requireID())
                    .filter(\.$nodeCode == "9.1").all()
                #expect(lines.count == 1)
                #expect(lines.first?.reason?.contains("\((index + 1) * per)/\((index + 1) * per) phiếu hài lòng (100 %)") == true)
            }
            // a second batch, less satisfied, moves the existing entry to its next version
            let more = try await Self.answer(campaign, unitID: units[0], device: "later", address: "later", satisfied: false, app: app)
            _ = await SurveyAnswerBatches.run([more], cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            let entry = try #require(try await Data.surveyEntry("chi-lang", "9.1", app))
            #expect(entry.version == 2)
            #expect(entry.note == "Tính từ khảo sát: \(per)/\(2 * per) phiếu hài lòng")
            #expect(entry.updatedBy == nil)
        }
    }

    @Test func anAnswerThatFailsTheBatchsTransactionFailsAloneAndTheOthersAreKept() async throws {
        try await withApp { app in
            let campaign = try await Data.campaign(app)
            let unitID = try await Fixtures.unit("chi-lang", app).requireID()
            // no such unit: its response breaks a foreign key, and with it the batch's transaction
            let broken = try await Self.answer(campaign, unitID: UUID(), device: "broken", address: "b", app: app)
            let batch = [try await Self.answer(campaign, unitID: unitID, device: "a", address: "a", app: app), broken,
                         try await Self.answer(campaign, unitID: unitID, device: "c", address: "c", app: app)]
            let outcomes = await SurveyAnswerBatches.run(batch, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            #expect(outcomes.map { (try? $0.get()) != nil } == [true, false, true])
            #expect(try await SurveyResponse.query(on: app.db).count() == 2)
            #expect(try await SurveyDevice.query(on: app.db).count() == 2)
            let answered = try await SurveyTallyRecord.query(on: app.db).filter(\.$questionCode == "A1")
                .filter(\.$answerKey == SurveyTallyRecord.answered).all()
            #expect(answered.map(\.count) == [2])
            #expect(Data.satisfaction(try await Data.surveyEntry("chi-lang", "9.1", app)) == "hài lòng 100%")
        }
    }
}
}
