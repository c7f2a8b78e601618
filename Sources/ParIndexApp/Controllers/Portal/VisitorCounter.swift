import Crypto
import Fluent
import Foundation
import ParIndexCore
import ParIndexData
import Vapor

/// The portal's visitors per day, counted without cookies and without keeping anything about a
/// visitor: a visitor is a keyed hash of address and browser under a random key that lives only
/// in memory and is replaced every day, so yesterday's hashes can never be matched again; the
/// database holds only the day's number. Only a new visitor writes (one upsert); page views do not.
actor VisitorCounter {
    private var day = ""
    private var key = SymmetricKey(size: .bits256)
    private var seen: Set<Data> = []
    private var count = 0

    /// Counts this visit and returns the day's visitors so far.
    func visit(address: String, browser: String, now: Date, db: any Database) async throws -> Int {
        let today = CalendarDate(isoDate: now).iso
        if today != day {
            // A new day: a new key, the old hashes forgotten, the count read back (a restart keeps it).
            day = today
            key = SymmetricKey(size: .bits256)
            seen = []
            count = try await PublicVisits.visitors(day: today, on: db)
        }
        let visitor = Data(HMAC<SHA256>.authenticationCode(for: Data((address + "\u{1F}" + browser).utf8), using: key))
        guard seen.insert(visitor).inserted else { return count }
        count = max(count + 1, try await PublicVisits.addVisitor(day: today, on: db))
        return count
    }
}

struct VisitorCounterKey: StorageKey {
    typealias Value = VisitorCounter
}

extension Application {
    /// Made once in `configure`, before the server takes requests.
    var visitorCounter: VisitorCounter { configured(VisitorCounterKey.self) }
}

extension Request {
    /// Counts the visit of a public page; a failure to count never fails the page.
    func countPublicVisit() async -> Int? {
        let browser = headers.first(name: .userAgent) ?? ""
        return try? await application.visitorCounter.visit(address: clientAddress, browser: String(browser.prefix(512)),
                                                           now: settings.clock(), db: db)
    }
}
