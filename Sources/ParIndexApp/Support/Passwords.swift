import ParIndexData
import Vapor

/// Vapor's password hasher (Bcrypt, set in `configure`) as the services' `PasswordHashing`.
struct Passwords: PasswordHashing {
    let hasher: AsyncPasswordHasher

    func hash(_ password: String) async throws -> String { try await hasher.hash(password) }
    func verify(_ password: String, created hash: String) async throws -> Bool { try await hasher.verify(password, created: hash) }
}

extension Request {
    /// The client's address: the connection's own, or, behind the front server (a unix socket
    /// only this user can reach, see `GuardedServer`), the one the front puts in `X-Forwarded-For`.
    var clientAddress: String {
        if let address = remoteAddress?.ipAddress { return address }
        if case .unixDomainSocket? = remoteAddress { return headers.first(name: "X-Forwarded-For") ?? "?" }
        return "?"
    }

    var passwords: Passwords { Passwords(hasher: password.async) }

    /// A login attempt checked by `SignIn` with this request's address and the app's throttle.
    func verifySignIn(username: String, password: String) async throws -> User {
        try await SignIn.verify(username: username, password: password, address: clientAddress,
                                throttle: application.loginThrottle,
                                policy: SignIn.Policy(attemptLimit: settings.loginAttemptLimit, window: settings.loginWindow),
                                now: settings.clock(), passwords: passwords, on: db)
    }
}
