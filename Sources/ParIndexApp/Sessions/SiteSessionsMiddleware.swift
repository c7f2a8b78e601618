import Vapor
import ParIndexData

/// Vapor's sessions, marked as present on the request. Vapor stops the whole process when code
/// reads `request.session` on a request its sessions middleware has not seen (an error page for
/// a request refused before it, say); `request.sessionsAvailable` lets such code ask first.
struct SiteSessionsMiddleware: AsyncMiddleware {
    let sessions: SessionsMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[SessionsAvailableKey.self] = true
        return try await sessions.respond(to: request, chainingTo: next).get()
    }
}

private struct SessionsAvailableKey: StorageKey {
    typealias Value = Bool
}

extension Request {
    /// Whether `session` may be read: the sessions middleware has run for this request.
    var sessionsAvailable: Bool { storage[SessionsAvailableKey.self] == true }
}
