import Foundation
import NIOHTTP1
import Testing
import Vapor
import VaporTesting
@testable import ParIndexApp
@testable import ParIndexData

/// A browser-like client over the in-process app: keeps cookies, reads CSRF tokens from
/// pages, posts forms.
final class Browser {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?

    init(_ app: Application) {
        self.app = app
    }

    struct Page: CustomStringConvertible {
        var status: HTTPStatus
        var headers: HTTPHeaders
        var body: String

        var location: String? { headers.first(name: .location) }

        func has(_ text: String) -> Bool { body.contains(text) }

        /// Short, so that a failed expectation does not print a whole page.
        var description: String { "Page(\(status.code), \(body.utf8.count) bytes)" }
    }

    @discardableResult
    func get(_ path: String, headers extra: HTTPHeaders = [:]) async throws -> Page {
        try await send(.GET, path, headers: extra, body: nil)
    }

    /// Posts a form with the page's CSRF token, unless `csrf: false`.
    @discardableResult
    func post(_ path: String, _ fields: [String: String] = [:], csrf withToken: Bool = true) async throws -> Page {
        var fields = fields
        if withToken, fields["_csrf"] == nil { fields["_csrf"] = csrf ?? "" }
        let body = fields.map { key, value in "\(Self.encode(key))=\(Self.encode(value))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    func send(_ method: HTTPMethod, _ path: String, headers extra: HTTPHeaders, body: ByteBuffer?) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        var page: Page?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            for value in response.headers[.setCookie] {
                let pair = value.split(separator: ";").first.map(String.init) ?? ""
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { continue }
                if value.lowercased().contains("expires=thu, 01 jan 1970") || parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
            }
            page = Page(status: response.status, headers: response.headers, body: response.body.string)
        }
        guard let page else { throw Abort(.internalServerError) }
        if let token = Self.csrfToken(in: page.body) { csrf = token }
        return page
    }

    /// Logs in through the login form; returns the page after the redirect.
    @discardableResult
    func login(_ username: String, _ password: String) async throws -> Page {
        try await get("/login")
        let response = try await post("/login", ["username": username, "password": password, "back": "/"])
        #expect(response.status == .seeOther, "login as \(username) failed: \(response.status)")
        return try await get(response.location ?? "/")
    }

    func forgetSession() {
        cookies["parindex-session"] = nil
    }

    /// A cookie the browser did not get from the server (a forged one, say).
    func setCookie(_ name: String, _ value: String) {
        cookies[name] = value
    }

    static func csrfToken(in body: String) -> String? {
        hiddenValue("_csrf", in: body)
    }

    /// The value of the first hidden field named `name`.
    static func hiddenValue(_ name: String, in body: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = body[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text of the textarea with the id, as a browser would send it back (entities decoded).
    static func textareaValue(_ id: String, in body: String) -> String? {
        guard let open = body.range(of: "id=\"\(id)\""), let start = body[open.upperBound...].firstIndex(of: ">"),
              let end = body[start...].range(of: "</textarea>") else { return nil }
        return String(body[body.index(after: start)..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// The demo accounts, as the tests log in.
enum Demo {
    static let admin = ("admin", "demo-admin-2023")
    static let appraiser = ("snv.appraiser", "demo-appraiser-2023")
    static let officer = ("chilang.officer", "demo-officer-2023")
    static let leader = ("chilang.leader", "demo-leader-2023")
}
