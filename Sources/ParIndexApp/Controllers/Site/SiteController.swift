import Vapor
import ParIndexData

/// Health, static assets and display preferences.
enum SiteController {
    @Sendable static func health(_ request: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"], body: .init(string: "ok\n"))
    }

    @Sendable static func styleSheet(_ request: Request) async throws -> Response {
        asset(StyleSheet.css, type: "text/css; charset=utf-8")
    }

    @Sendable static func script(_ request: Request) async throws -> Response {
        asset(ClientScript.javascript, type: "application/javascript; charset=utf-8")
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": type, "Cache-Control": "public, max-age=3600"], body: .init(string: text))
    }

    /// `?lang=en`, `?size=large`, `?contrast=high`, each with `&back=/path`: sets a cookie and
    /// returns to the page, so the controls work without JavaScript.
    @Sendable static func preferences(_ request: Request) async throws -> Response {
        let response = request.redirect(to: safeBack(request.query[String.self, at: "back"]))
        func set(_ name: String, _ value: String) {
            response.cookies[name] = HTTPCookies.Value(string: value, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        if let language = request.query[String.self, at: "lang"], ["vi", "en"].contains(language) { set("lang", language) }
        if let size = request.query[String.self, at: "size"], DisplayPreferences.Size(rawValue: size) != nil { set("size", size) }
        if let contrast = request.query[String.self, at: "contrast"], ["high", "normal"].contains(contrast) { set("contrast", contrast) }
        return response
    }

    /// Only paths on this site: never "//elsewhere" or "https://…", so no open redirect.
    static func safeBack(_ back: String?) -> String {
        guard let back, back.hasPrefix("/"), !back.hasPrefix("//"), !back.contains("\\") else { return "/" }
        return back
    }
}
