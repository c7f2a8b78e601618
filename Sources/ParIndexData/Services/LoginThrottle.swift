package import Foundation

/// Counts failed logins per account and per address; past the limit, logins pause for the
/// rest of the window. Kept in memory: one instance serves one province (roadmap §5 moves it).
package actor LoginThrottle {
    private var failures: [String: [Date]] = [:]

    package init() {}

    /// Seconds to wait before another try, or nil when a try is allowed.
    package func waitTime(for keys: [String], now: Date, limit: Int, window: TimeInterval) -> TimeInterval? {
        var longest: TimeInterval?
        for key in keys {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent
            if recent.count >= limit, let oldest = recent.first {
                longest = max(longest ?? 0, window - now.timeIntervalSince(oldest))
            }
        }
        return longest
    }

    package func recordFailure(for keys: [String], now: Date) {
        for key in keys { failures[key, default: []].append(now) }
    }

    package func reset(for keys: [String]) {
        for key in keys { failures[key] = nil }
    }
}

