package import FluentKit
package import Foundation
import ParIndexCore

/// Publishing a period's results on the public portal (công khai kết quả), and withdrawing them.
/// Only an approved period can be published; both steps are the administrator's and audited.
/// A published period's ranking is frozen: the exclusions that shape it wait for a withdrawal.
package enum Publication {
    /// A published period as the portal lists it.
    package struct Published: Sendable, Equatable {
        package var id: UUID
        package var title: String
        package var year: Int
        /// ISO 8601, UTC: also the stamp of the portal's cached figures.
        package var publishedAt: String
    }

    package static func publish(_ periodID: UUID?, by user: User, now: Date = Date(), on db: any Database) async throws -> Period {
        guard user.role == .administrator else { throw AppError.forbidden() }
        guard let periodID, let period = try await Period.find(periodID, on: db) else { throw AppError.notFound() }
        guard !period.open else {
            throw AppError.conflict(.init(vi: "Kỳ \(period.title) chưa được phê duyệt kết quả; chỉ công bố kết quả đã phê duyệt.",
                                          en: "The results of \(period.title) are not approved yet; only approved results are published."))
        }
        guard period.publishedAt == nil else { return period }
        let stamp = Publication.stamp(now)
        try await db.transaction { db in
            try await Period.query(on: db).filter(\.$id == periodID).set(\.$publishedAt, to: stamp).update()
            try await Audit.record(.publication, by: user, assessment: nil, old: "\(period.title): chưa công bố",
                                   new: "\(period.title): công bố", on: db)
        }
        period.publishedAt = stamp
        return period
    }

    package static func withdraw(_ periodID: UUID?, reason rawReason: String, by user: User, on db: any Database) async throws -> Period {
        guard user.role == .administrator else { throw AppError.forbidden() }
        guard let periodID, let period = try await Period.find(periodID, on: db) else { throw AppError.notFound() }
        let reason = try TextField.line(rawReason, field: "reason", label: LocalizedText(vi: "Lý do", en: "Reason"))
        guard !reason.isEmpty else {
            throw AppError.invalid(.init(vi: "Hãy nêu lý do thu hồi công bố.", en: "Give the reason for withdrawing the publication."), field: "reason")
        }
        guard period.publishedAt != nil else { return period }
        try await db.transaction { db in
            try await Period.query(on: db).filter(\.$id == periodID).set(\.$publishedAt, to: nil).update()
            try await Audit.record(.publication, by: user, assessment: nil, old: "\(period.title): công bố",
                                   new: "\(period.title): thu hồi công bố", reason: reason, on: db)
        }
        period.publishedAt = nil
        return period
    }

    /// The publication stamp of a period, nil when it is not published (or does not exist).
    package static func stamp(of periodID: UUID, on db: any Database) async throws -> String? {
        try await Period.query(on: db).filter(\.$id == periodID).field(\.$id).field(\.$publishedAt).first()?.publishedAt
    }

    /// Every published period, newest year first.
    package static func published(on db: any Database) async throws -> [Published] {
        try await Period.query(on: db).filter(\.$publishedAt != nil).sort(\.$year, .descending).sort(\.$title).all()
            .compactMap { period in
                guard let id = period.id, let stamp = period.publishedAt else { return nil }
                return Published(id: id, title: period.title, year: period.year, publishedAt: stamp)
            }
    }

    /// Refuses a change to what a published ranking shows.
    package static func requireUnpublished(_ periodID: UUID, on db: any Database) async throws {
        if try await stamp(of: periodID, on: db) != nil {
            throw AppError.conflict(.init(vi: "Kết quả của kỳ đã được công bố; hãy thu hồi công bố trước khi thay đổi xếp hạng.",
                                          en: "The period's results are published; withdraw the publication before changing the ranking."))
        }
    }

    /// Fractions of a second included: a withdrawal and a new publication never share a stamp.
    static func stamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// The publication's day and time as Vietnamese read it.
    package static func displayed(_ stamp: String) -> String {
        guard let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(stamp) else { return stamp }
        return DateText.dateTime(date)
    }
}
