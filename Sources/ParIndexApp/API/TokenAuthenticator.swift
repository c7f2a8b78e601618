import Fluent
import Vapor
import ParIndexData

/// `Authorization: Bearer <token>`: finds the token by its SHA-256 and logs its user in.
struct TokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = RandomToken.sha256(bearer.token)
        guard let token = try await ApiToken.query(on: request.db).filter(\.$tokenHash == hash).first(),
              token.expiresAt > request.settings.clock(),
              let user = try await User.find(token.userID, on: request.db), user.active else { return }
        request.auth.login(user)
    }
}

/// API routes need a token; without one the answer is 401 in JSON, never a login page.
struct RequireTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(User.self) else {
            throw AppError(.notSignedIn, message: .init(vi: "Cần mã truy cập hợp lệ (Authorization: Bearer …).", en: "A valid bearer token is required."))
        }
        return try await next.respond(to: request)
    }
}
