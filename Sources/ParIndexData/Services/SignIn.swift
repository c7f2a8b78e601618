package import FluentKit
package import Foundation
import ParIndexCore

/// Checks a username and password for the login page and the API's tokens alike: one place
/// for throttling (per account and per address) and for the message a refusal carries.
package enum SignIn {
    /// How many failures an account may have within the window before logins pause.
    package struct Policy: Sendable {
        package var attemptLimit: Int
        package var window: TimeInterval

        package init(attemptLimit: Int, window: TimeInterval) {
            self.attemptLimit = attemptLimit
            self.window = window
        }
    }

    package static func verify(username: String, password: String, address: String, throttle: LoginThrottle, policy: Policy,
                               now: Date, passwords: any PasswordHashing, on db: any Database) async throws -> User {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let account = "user:" + name
        let addressKey = "address:" + address
        // An address gets ten times an account's allowance: behind a proxy or an office NAT many
        // people share one, and a few typos must not lock them all out.
        let accountWait = await throttle.waitTime(for: [account], now: now, limit: policy.attemptLimit, window: policy.window)
        let addressWait = await throttle.waitTime(for: [addressKey], now: now, limit: policy.attemptLimit * 10, window: policy.window)
        if let wait = [accountWait, addressWait].compactMap({ $0 }).max() {
            let minutes = Int((wait / 60).rounded(.up))
            throw AppError(.tooManyAttempts, message: LocalizedText(
                vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \(minutes) phút.",
                en: "Too many failed logins. Try again in \(minutes) minutes."))
        }
        guard let user = try await User.query(on: db).filter(\.$username == name).first(), user.active,
              try await passwords.verify(password, created: user.passwordHash) else {
            await throttle.recordFailure(for: [account, addressKey], now: now)
            throw AppError(.notSignedIn, message: LocalizedText(vi: "Tên đăng nhập hoặc mật khẩu không đúng.", en: "Wrong username or password."))
        }
        await throttle.reset(for: [account])
        return user
    }
}
