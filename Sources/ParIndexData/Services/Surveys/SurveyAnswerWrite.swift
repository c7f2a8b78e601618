import FluentKit
import Foundation
import ParIndexCore
import SQLKit

/// Writes a batch of checked answers inside the caller's transaction in a fixed number of
/// statements, whatever the batch's size: a desk's rush is limited by statements, not by rows
/// (each statement is a hop to the database's thread, and SQLite writes one transaction at a
/// time). Every answer's fate is the one it would have met alone, in the batch's order:
/// - a device that answered already (before, or earlier in the batch) is refused;
/// - an answer to a campaign closed since its link was opened is refused;
/// - from one address, the `burstFrom`-th answer within a minute on is held for review, and
///   past `mostPerMinute` answers are refused (a refused one does not count toward the limit).
/// The running counts and the survey points are the caller's to write (once for the batch).
enum SurveyAnswerWrite {
    /// Each answer's outcome, in the batch's order: held for review (true), counted (false), or refused.
    static func write(_ answers: [SurveySubmissions.Answer], on sql: any SQLDatabase) async throws -> [Result<Bool, any Error>] {
        guard !answers.isEmpty else { return [] }
        let campaignIDs = try answers.map { try $0.campaign.requireID() }
        let devices = try await insertDevices(answers, campaignIDs: campaignIDs, on: sql)
        try await SurveySubmissions.lockAssessments(answers.map { (periodID: $0.campaign.periodID, unitID: $0.unitID) }, on: sql)
        let closed = try await closedCampaigns(Set(campaignIDs), on: sql)
        var addresses = try await addressCounts(answers, campaignIDs: campaignIDs, on: sql)
        var changedAddresses: Set<AddressKey> = []
        var answeredDevices: Set<DeviceKey> = []
        var outcomes: [Result<Bool, any Error>] = []
        var accepted: [(response: SurveyResponse, answers: [String: String])] = []
        for (answer, campaignID) in zip(answers, campaignIDs) {
            let device = DeviceKey(campaignID: campaignID, hash: answer.deviceHash)
            guard devices.fresh.contains(device), !answeredDevices.contains(device) else {
                outcomes.append(.failure(SurveySubmissions.alreadyAnswered()))
                continue
            }
            guard !closed.contains(campaignID) else {
                outcomes.append(.failure(SurveySubmissions.ended(answer.campaign)))
                continue
            }
            let address = AddressKey(campaignID: campaignID, hash: answer.addressHash)
            let before = addresses[address]
            let count = before?.window == answer.minute ? (before?.count ?? 0) + 1 : 1
            guard count <= answer.limits.mostPerMinute else {
                outcomes.append(.failure(tooMany()))
                continue
            }
            addresses[address] = (window: answer.minute, count: count)
            changedAddresses.insert(address)
            answeredDevices.insert(device)
            let flagged = count >= answer.limits.burstFrom
            accepted.append((SurveyResponse(id: answer.responseID, campaignID: campaignID, unitID: answer.unitID, source: .web,
                                            receivedOn: answer.receivedOn.iso, flag: flagged ? "burst" : nil, enteredBy: nil), answer.kept))
            outcomes.append(.success(flagged))
        }
        // Devices written for answers that were then refused did not answer: they may try again.
        let unused = devices.rowIDs.filter { !answeredDevices.contains($0.key) }.map(\.value)
        if !unused.isEmpty {
            try await sql.delete(from: SurveyDevice.schema).where("id", .in, unused).run()
        }
        try await writeAddressCounts(changedAddresses.sorted().map { ($0, addresses[$0] ?? (0, 0)) }, on: sql)
        try await SurveySubmissions.insertRows(accepted, on: sql)
        return outcomes
    }

    struct DeviceKey: Hashable {
        var campaignID: UUID
        var hash: String
    }

    struct AddressKey: Hashable, Comparable {
        var campaignID: UUID
        var hash: String

        static func < (left: AddressKey, right: AddressKey) -> Bool { (left.campaignID, left.hash) < (right.campaignID, right.hash) }
    }

    /// The devices' hashes, each once; those not written were there already. A write first: on
    /// SQLite the transaction then holds the write lock from its start (a transaction that reads
    /// first fails at once, not after the busy timeout, when another writes meanwhile).
    private static func insertDevices(_ answers: [SurveySubmissions.Answer], campaignIDs: [UUID],
                                      on sql: any SQLDatabase) async throws -> (fresh: Set<DeviceKey>, rowIDs: [DeviceKey: UUID]) {
        var rowIDs: [DeviceKey: UUID] = [:]
        var insert = sql.insert(into: SurveyDevice.schema).columns("id", "campaign_id", "token_hash")
        for (answer, campaignID) in zip(answers, campaignIDs) {
            let key = DeviceKey(campaignID: campaignID, hash: answer.deviceHash)
            guard rowIDs[key] == nil else { continue }
            let id = UUID()
            rowIDs[key] = id
            insert = insert.values(SQLBind(id), SQLBind(campaignID), SQLBind(answer.deviceHash))
        }
        let written = try await insert.ignoringConflicts(with: ["campaign_id", "token_hash"]).returning("id").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        let writtenIDs = Set(written)
        let fresh = Set(rowIDs.filter { writtenIDs.contains($0.value) }.keys)
        return (fresh, rowIDs.filter { writtenIDs.contains($0.value) })
    }

    private static func closedCampaigns(_ ids: Set<UUID>, on sql: any SQLDatabase) async throws -> Set<UUID> {
        let rows = try await sql.raw("""
            SELECT "id" FROM "survey_campaigns" WHERE "id" IN (\(binds: Array(ids))) AND "closed_at" IS NOT NULL
            """).all()
        return Set(try rows.map { try $0.decode(column: "id", as: UUID.self) })
    }

    /// The addresses' counts as stored (their minute and the count in it). Batches are written one
    /// at a time in this process, so the counts read here stay true until the batch writes them.
    /// (Several server processes on one PostgreSQL may each count a burst from one address in
    /// the same minute: the later write wins, and the limit then counts low. It is a brake on
    /// scripts, not a ledger; the answers themselves are never lost or doubled.)
    private static func addressCounts(_ answers: [SurveySubmissions.Answer], campaignIDs: [UUID],
                                      on sql: any SQLDatabase) async throws -> [AddressKey: (window: Int64, count: Int)] {
        let hashes = Array(Set(answers.map(\.addressHash)))
        let rows = try await sql.raw("""
            SELECT "campaign_id", "address_hash", "window", "count" FROM "survey_address_counts"
            WHERE "campaign_id" IN (\(binds: Array(Set(campaignIDs)))) AND "address_hash" IN (\(binds: hashes))
            """).all()
        var counts: [AddressKey: (window: Int64, count: Int)] = [:]
        for row in rows {
            let key = AddressKey(campaignID: try row.decode(column: "campaign_id", as: UUID.self), hash: try row.decode(column: "address_hash", as: String.self))
            counts[key] = (try row.decode(column: "window", as: Int64.self), try row.decode(column: "count", as: Int.self))
        }
        return counts
    }

    private static func writeAddressCounts(_ counts: [(key: AddressKey, value: (window: Int64, count: Int))], on sql: any SQLDatabase) async throws {
        guard !counts.isEmpty else { return }
        var insert = sql.insert(into: SurveyAddressCount.schema).columns("id", "campaign_id", "address_hash", "window", "count")
        for (key, value) in counts {
            insert = insert.values(SQLBind(UUID()), SQLBind(key.campaignID), SQLBind(key.hash), SQLBind(value.window), SQLBind(value.count))
        }
        try await insert.onConflict(with: ["campaign_id", "address_hash"]) { update in
            update.set(excludedValueOf: "window").set(excludedValueOf: "count")
        }.run()
    }

    static func tooMany() -> AppError {
        AppError(.tooManyAttempts, message: LocalizedText(
            vi: "Có quá nhiều phiếu gửi từ cùng một địa chỉ trong một phút. Vui lòng thử lại sau ít phút.",
            en: "Too many answers from one address within a minute. Try again in a few minutes."))
    }
}
