import Fluent
import Vapor
import ParIndexData

/// Logs in the user whose id the session holds, if the account still exists and is active.
struct CurrentUserMiddleware: AsyncMiddleware {
    static let sessionKey = "user"
    static let signedInAtKey = "signed-in-at"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.sessionsAvailable, request.hasSession, let text = request.session.data[Self.sessionKey], let id = UUID(uuidString: text) {
            // Sessions expire on the server too: a cookie kept past its lifetime logs no one in.
            let since = request.session.data[Self.signedInAtKey].flatMap(TimeInterval.init) ?? 0
            let now = request.settings.clock().timeIntervalSince1970
            if now - since > request.settings.sessionLifetime {
                request.session.data[Self.sessionKey] = nil
            } else if let user = try await Self.account(id, for: request), user.active {
                request.auth.login(user)
            }
        }
        return try await next.respond(to: request)
    }

    /// The account read together with the session when it is the one named, else read now.
    private static func account(_ id: UUID, for request: Request) async throws -> User? {
        if let read = request.storage[SessionAccountKey.self], read.id == id { return read }
        return try await User.signedIn(id, on: request.db)
    }
}

extension User: Authenticatable {}

/// Pages behind a login: without one, a GET goes to the login page and comes back afterwards;
/// a form POST keeps what was typed (see `PendingForm`) so nothing is lost when a session expires.
struct RequireLoginMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(User.self) else {
            if request.method == .POST {
                try await PendingForm.keep(request)
            }
            let back = request.method == .GET ? request.url.string : (request.headers.first(name: "X-Return-To") ?? PendingForm.returnPath(for: request))
            return request.redirect(to: Paths.login(back: back).href)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The logged-in user; routes behind `RequireLoginMiddleware` always have one.
    var user: User {
        get throws {
            guard let user = auth.get(User.self) else { throw AppError(.notSignedIn, message: .init(vi: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", en: "Your session has expired. Please log in again.")) }
            return user
        }
    }
}
