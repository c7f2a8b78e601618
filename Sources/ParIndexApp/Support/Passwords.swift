import ParIndexData
import Vapor

/// Vapor's password hasher (Bcrypt, set in `configure`) as the services' `PasswordHashing`.
struct Passwords: PasswordHashing {
    let hasher: AsyncPasswordHasher

    func hash(_ password: String) async throws -> String { try await hasher.hash(password) }
    func verify(_ password: String, created hash: String) async throws -> Bool { try await hasher.verify(password, created: hash) }
}

extension Request {
    var passwords: Passwords { Passwords(hasher: password.async) }

    /// A login attempt checked by `SignIn` with this request's address and the app's throttle.
    func verifySignIn(username: String, password: String) async throws -> User {
        try await SignIn.verify(username: username, password: password, address: remoteAddress?.ipAddress ?? "?",
                                throttle: application.loginThrottle,
                                policy: SignIn.Policy(attemptLimit: settings.loginAttemptLimit, window: settings.loginWindow),
                                now: settings.clock(), passwords: passwords, on: db)
    }
}
