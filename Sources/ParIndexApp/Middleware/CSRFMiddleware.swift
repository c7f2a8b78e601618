import Crypto
import Foundation
import Vapor
import ParIndexData

/// Refuses a state-changing form that does not carry the session's CSRF token (not built into
/// Vapor). The token comes in the `_csrf` form field, or in the query for streamed uploads.
/// A visitor who has not signed in has no session: their forms (the login form) carry a token
/// the server derives from a random cookie, so showing a form writes nothing to the database.
struct CSRFMiddleware: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"
    static let visitorCookie = "parindex-visitor"
    static let visitorPurpose = "form"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET, request.method != .HEAD else { return try await next.respond(to: request) }
        let expected = request.sessionCSRFToken ?? request.visitorCSRFToken(creating: false)
        let sent = request.query[String.self, at: Self.fieldName]
            ?? request.headers.first(name: "X-CSRF-Token")
            ?? (request.body.data != nil ? request.sentFormField(Self.fieldName) : nil)
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
    /// One field of the form sent; a URL-encoded form is decoded once for the check and the
    /// handler (`formFields()`), other bodies (multipart) as before.
    fileprivate func sentFormField(_ name: String) -> String? {
        // A form with repeated or nested names does not decode as flat fields: read it as before.
        if headers.contentType == .urlEncodedForm, let fields = try? formFields() { return fields[name] }
        return try? content.get(String.self, at: name)
    }

    /// The URL-encoded form's fields, decoded on first use and kept for the request.
    func formFields() throws -> [String: String] {
        if let kept = storage[FormFieldsKey.self] { return kept }
        let fields = try content.decode([String: String].self)
        storage[FormFieldsKey.self] = fields
        return fields
    }

    /// The session's CSRF token, created on first use; empty on a page rendered without sessions
    /// (an error page for a request refused early), whose forms then fail the check, safely.
    var csrfToken: String {
        guard sessionsAvailable else { return "" }
        if let token = sessionCSRFToken { return token }
        if auth.has(User.self) {
            // Signed in (a token is made at login; this covers a session from before that rule).
            let token = RandomToken.make()
            session.data[CSRFMiddleware.sessionKey] = token
            return token
        }
        return visitorCSRFToken(creating: true) ?? ""
    }

    /// The token kept in the signed-in session, if there is one. Once a session has a token,
    /// only that token is accepted: a visitor token cannot stand in for it.
    var sessionCSRFToken: String? {
        guard sessionsAvailable, hasSession else { return nil }
        return session.data[CSRFMiddleware.sessionKey]
    }

    /// The token for a visitor without a session, derived from their random cookie; with
    /// `creating`, a new cookie is set when they have none.
    func visitorCSRFToken(creating: Bool) -> String? {
        let signer = cookieSigner
        if let nonce = cookies[CSRFMiddleware.visitorCookie]?.string, !nonce.isEmpty {
            return signer.token(for: nonce, purpose: CSRFMiddleware.visitorPurpose)
        }
        guard creating else { return nil }
        let nonce = RandomToken.make()
        setCookieOnResponse(CSRFMiddleware.visitorCookie, serverCookie(nonce))
        return signer.token(for: nonce, purpose: CSRFMiddleware.visitorPurpose)
    }
}

enum RandomToken {
    /// 32 random bytes, URL-safe base64.
    static func make() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return Base64URL.encode(bytes)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

private struct FormFieldsKey: StorageKey {
    typealias Value = [String: String]
}
