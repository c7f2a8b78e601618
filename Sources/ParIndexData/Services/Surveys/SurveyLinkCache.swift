import Foundation
import Synchronization

/// The links this process opened lately, by code, for a minute: a desk's rush opens the same
/// few links thousands of times, and a link, its campaign and its unit hardly change. What may
/// change is checked where it matters: whether the campaign is closed is read again inside the
/// transaction that writes an answer, and closing a campaign here forgets its links at once
/// (another process's copy lives a minute at most).
final class SurveyLinkCache: Sendable {
    static let shared = SurveyLinkCache()
    static let lifetime: TimeInterval = 60
    static let mostLinks = 20_000

    private let kept = Mutex<[String: (opened: SurveySubmissions.Opened, until: Date)]>([:])

    func opened(_ code: String, now: Date = Date()) -> SurveySubmissions.Opened? {
        kept.withLock { links in
            guard let entry = links[code] else { return nil }
            guard entry.until > now else {
                links[code] = nil
                return nil
            }
            return entry.opened
        }
    }

    func keep(_ opened: SurveySubmissions.Opened, now: Date = Date()) {
        kept.withLock { links in
            if links.count >= Self.mostLinks { links.removeAll(keepingCapacity: true) }
            links[opened.link.code] = (opened, now.addingTimeInterval(Self.lifetime))
        }
    }

    func forget(campaign: UUID) {
        kept.withLock { links in links = links.filter { $0.value.opened.campaign.id != campaign } }
    }
}
