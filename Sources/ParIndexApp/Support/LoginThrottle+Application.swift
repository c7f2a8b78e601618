import ParIndexData
import Vapor

/// The app's one login throttle, made in `configure`.
struct LoginThrottleKey: StorageKey {
    typealias Value = LoginThrottle
}

extension Application {
    var loginThrottle: LoginThrottle { configured(LoginThrottleKey.self) }
}
