import Crypto
import Foundation
import Vapor
import ParIndexData

/// Refuses a state-changing form that does not carry the session's CSRF token (not built into
/// Vapor). The token comes in the `_csrf` form field, or in the query for streamed uploads.
struct CSRFMiddleware: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET, request.method != .HEAD else { return try await next.respond(to: request) }
        let expected = request.sessionsAvailable && request.hasSession ? request.session.data[Self.sessionKey] : nil
        let sent = request.query[String.self, at: Self.fieldName]
            ?? request.headers.first(name: "X-CSRF-Token")
            ?? (request.body.data != nil ? (try? request.content.get(String.self, at: Self.fieldName)) : nil)
        guard let expected, let sent, Self.constantTimeEqual(expected, sent) else {
            throw AppError(.notAllowed, message: .init(
                vi: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
                en: "The form has expired or is not valid. Reload the page and try again."))
        }
        return try await next.respond(to: request)
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use; empty on a page rendered without sessions
    /// (an error page for a request refused early), whose forms then fail the check, safely.
    var csrfToken: String {
        guard sessionsAvailable else { return "" }
        if let token = session.data[CSRFMiddleware.sessionKey] { return token }
        let token = RandomToken.make()
        session.data[CSRFMiddleware.sessionKey] = token
        return token
    }
}

enum RandomToken {
    /// 32 random bytes, URL-safe base64.
    static func make() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
