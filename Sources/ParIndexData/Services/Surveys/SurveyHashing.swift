import Crypto
package import Foundation

/// The random codes and keyed hashes of the surveys. A device token or an address is hashed the
/// moment it arrives, under the campaign's own secret, and only the hash is ever stored.
package enum SurveyHashing {
    /// Letters and digits that cannot be misread from a poster: no 0/O, 1/I/L.
    package static let linkAlphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    package static let linkCodeLength = 8

    package static func newLinkCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<linkCodeLength).map { _ in linkAlphabet[Int.random(in: 0..<linkAlphabet.count, using: &generator)] })
    }

    /// Whether `text` could be a link code (checked before any query).
    package static func isLinkCode(_ text: String) -> Bool {
        text.count == linkCodeLength && text.allSatisfy(linkAlphabet.contains)
    }

    /// 32 random bytes, base64url: a campaign's secret, or a device's token.
    package static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `text` could be a device token this server gave (anything else is replaced).
    package static func isToken(_ text: String) -> Bool {
        text.count == 43 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95 }
    }

    /// HMAC-SHA256 of `text` under `secret`, in hexadecimal.
    package static func hash(_ text: String, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}
