import Fluent
import Vapor

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
        let username = form.username.trimmingCharacters(in: .whitespaces).lowercased()
        let settings = request.settings
        let keys = ["user:" + username, "address:" + (request.remoteAddress?.ipAddress ?? "?")]
        let now = settings.clock()
        func refuse(_ message: String, status: HTTPResponseStatus) -> Response {
            let response = LoginPage.render(context, model: LoginPage.Model(back: back, username: form.username, error: message, keptInput: PendingForm.peek(request) != nil))
            response.status = status
            return response
        }
        if let wait = await request.application.loginThrottle.waitTime(for: keys, now: now, limit: settings.loginAttemptLimit, window: settings.loginWindow) {
            let minutes = Int((wait / 60).rounded(.up))
            return refuse(context.t("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \(minutes) phút.",
                                    "Too many failed logins. Try again in \(minutes) minutes."), status: .tooManyRequests)
        }
        guard let user = try await User.query(on: request.db).filter(\.$username == username).first(), user.active,
              try await request.password.async.verify(form.password, created: user.passwordHash) else {
            await request.application.loginThrottle.recordFailure(for: keys, now: now)
            return refuse(context.t("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong username or password."), status: .unauthorized)
        }
        await request.application.loginThrottle.reset(for: ["user:" + username])
        // A new session id at login (no fixation), keeping what the expired session saved.
        let kept = request.session.data
        if let oldID = request.session.id {
            try await request.application.sessions.driver.deleteSession(oldID, for: request).get()
            request.session.id = nil
        }
        for (key, value) in kept.snapshot where key != CSRFMiddleware.sessionKey { request.session.data[key] = value }
        request.session.data[CurrentUserMiddleware.sessionKey] = try user.requireID().uuidString
        request.session.data[CSRFMiddleware.sessionKey] = RandomToken.make()
        return request.redirect(to: back)
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        request.auth.logout(User.self)
        request.session.destroy()
        return request.redirect(to: Paths.login(back: nil).href)
    }
}
