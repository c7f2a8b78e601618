import Fluent
import Vapor
import ParIndexData

/// Logging in and out. Failed attempts are throttled per account and per address.
enum AuthController {
    struct LoginForm: Content {
        var username: String
        var password: String
        var back: String?
    }

    @Sendable static func loginPage(_ request: Request) async throws -> Response {
        let context = request.pageContext()
        let back = SiteController.safeBack(request.query[String.self, at: "back"])
        let kept = PendingForm.peek(request) != nil
        return LoginPage.render(context, model: LoginPage.Model(back: back, username: "", error: nil, keptInput: kept))
    }

    @Sendable static func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let context = request.pageContext()
        let back = SiteController.safeBack(form.back)
        let user: User
        do {
            user = try await request.verifySignIn(username: form.username, password: form.password)
        } catch let error as AppError {
            let response = LoginPage.render(context, model: LoginPage.Model(back: back, username: form.username, error: context.t(error.message),
                                                                            keptInput: PendingForm.peek(request) != nil))
            response.status = error.status
            return response
        }
        // A new session id at login (no fixation), keeping what the expired session saved.
        let kept = request.session.data
        if let oldID = request.session.id {
            try await request.application.sessions.driver.deleteSession(oldID, for: request).get()
            request.session.id = nil
        }
        for (key, value) in kept.snapshot where key != CSRFMiddleware.sessionKey { request.session.data[key] = value }
        request.session.data[CurrentUserMiddleware.sessionKey] = try user.requireID().uuidString
        request.session.data[CurrentUserMiddleware.signedInAtKey] = String(Int(request.settings.clock().timeIntervalSince1970))
        request.session.data[CSRFMiddleware.sessionKey] = RandomToken.make()
        return request.redirect(to: back)
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        request.auth.logout(User.self)
        request.session.destroy()
        return request.redirect(to: Paths.login(back: nil).href)
    }
}
