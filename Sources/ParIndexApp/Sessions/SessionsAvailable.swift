import Vapor

/// Vapor stops the whole process when code reads `request.session` on a request its sessions
/// middleware has not seen (an error page for a request refused before it, say);
/// `request.sessionsAvailable` lets such code ask first. `SiteMiddleware` marks the request just
/// before Vapor's sessions middleware takes it.
private struct SessionsAvailableKey: StorageKey {
    typealias Value = Bool
}

extension Request {
    /// Whether `session` may be read: the sessions middleware has run for this request.
    var sessionsAvailable: Bool { storage[SessionsAvailableKey.self] == true }

    func markSessionsAvailable() {
        storage[SessionsAvailableKey.self] = true
    }
}
