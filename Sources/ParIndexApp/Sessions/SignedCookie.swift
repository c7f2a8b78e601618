import Crypto
import Foundation
import Vapor

/// Small values the browser keeps for the server without a database row (the one-time notice
/// after a redirect, the login form's token), signed so that a browser cannot make one up.
/// The key is made at start-up: a restart only drops what was in flight (a notice not yet shown,
/// a login form opened before it), which asks the person to reload.
struct CookieSigner: Sendable {
    let key: SymmetricKey

    init(key: SymmetricKey = SymmetricKey(size: .bits256)) { self.key = key }

    /// `payload` and its signature, in characters a cookie may hold.
    func sign(_ payload: String, purpose: String) -> String {
        Base64URL.encode(Data(payload.utf8)) + "." + mac(Data(payload.utf8), purpose: purpose)
    }

    /// The payload of a value `sign` made for the same purpose; nil for anything else.
    func verify(_ value: String, purpose: String) -> String? {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Base64URL.decode(String(parts[0])),
              CSRFMiddleware.constantTimeEqual(mac(payload, purpose: purpose), String(parts[1])) else { return nil }
        return String(data: payload, encoding: .utf8)
    }

    /// A token derived from `nonce`: only this server can make it, the same one every time.
    func token(for nonce: String, purpose: String) -> String {
        mac(Data(nonce.utf8), purpose: purpose)
    }

    private func mac(_ data: Data, purpose: String) -> String {
        var message = Data(purpose.utf8)
        message.append(0)
        message.append(data)
        return Base64URL.encode(Data(HMAC<SHA256>.authenticationCode(for: message, using: key)))
    }
}

enum Base64URL {
    static func encode(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}

struct CookieSignerKey: StorageKey {
    typealias Value = CookieSigner
}

extension Request {
    var cookieSigner: CookieSigner { application.configured(CookieSignerKey.self) }
}
