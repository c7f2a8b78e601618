import Vapor

/// Cookies a handler decides on before its response exists (a notice for the next page, a
/// consumed notice to clear), added to whatever response goes out, error pages included.
struct LaterCookiesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        for (name, value) in request.storage[LaterCookiesKey.self] ?? [:] {
            response.cookies[name] = value
        }
        return response
    }
}

private struct LaterCookiesKey: StorageKey {
    typealias Value = [String: HTTPCookies.Value]
}

extension Request {
    /// Sets (or, with `.expired`, clears) a cookie on this request's response.
    func setCookieOnResponse(_ name: String, _ value: HTTPCookies.Value) {
        var cookies = storage[LaterCookiesKey.self] ?? [:]
        cookies[name] = value
        storage[LaterCookiesKey.self] = cookies
    }

    /// Whether this request has already decided a cookie named `name` for its response.
    func hasCookieOnResponse(_ name: String) -> Bool {
        storage[LaterCookiesKey.self]?[name] != nil
    }

    /// A cookie only the server reads: HttpOnly, SameSite=Lax, Secure when the site says so.
    func serverCookie(_ value: String, maxAge: Int? = nil) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}
