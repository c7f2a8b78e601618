import Fluent
import Foundation
import ParIndexCore
import Vapor

/// Checks a username and password for the login page and the API's tokens alike: one place
/// for throttling (per account and per address) and for the message a refusal carries.
enum SignIn {
    static func verify(username: String, password: String, request: Request) async throws -> User {
        let settings = request.settings
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let account = "user:" + name
        let address = "address:" + (request.remoteAddress?.ipAddress ?? "?")
        let keys = [account, address]
        let throttle = request.application.loginThrottle
        let now = settings.clock()
        // An address gets ten times an account's allowance: behind a proxy or an office NAT many
        // people share one, and a few typos must not lock them all out.
        let accountWait = await throttle.waitTime(for: [account], now: now, limit: settings.loginAttemptLimit, window: settings.loginWindow)
        let addressWait = await throttle.waitTime(for: [address], now: now, limit: settings.loginAttemptLimit * 10, window: settings.loginWindow)
        if let wait = [accountWait, addressWait].compactMap({ $0 }).max() {
            let minutes = Int((wait / 60).rounded(.up))
            throw AppError(status: .tooManyRequests, message: LocalizedText(
                vi: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau \(minutes) phút.",
                en: "Too many failed logins. Try again in \(minutes) minutes."))
        }
        guard let user = try await User.query(on: request.db).filter(\.$username == name).first(), user.active,
              try await request.password.async.verify(password, created: user.passwordHash) else {
            await throttle.recordFailure(for: keys, now: now)
            throw AppError(status: .unauthorized, message: LocalizedText(vi: "Tên đăng nhập hoặc mật khẩu không đúng.", en: "Wrong username or password."))
        }
        await throttle.reset(for: [account])
        return user
    }
}
