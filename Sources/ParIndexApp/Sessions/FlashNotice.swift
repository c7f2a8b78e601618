import Vapor

/// The one-time notice shown on the page after a redirect ("Đã lưu tiêu chí 1.2 …"). It travels
/// in a signed cookie rather than in the session, so that a save costs one database write and the
/// page that shows the notice costs none.
extension Request {
    static let flashCookie = "parindex-notice"
    private static let flashPurpose = "notice"
    /// Long texts are cut so the cookie stays well under the browsers' 4 KB limit.
    private static let flashLimit = 600

    /// A notice for the next page shown.
    func flash(_ kind: PageContext.Notice.Kind, _ text: String) {
        let payload = kind.rawValue + "|" + String(text.prefix(Self.flashLimit))
        setCookieOnResponse(Self.flashCookie, serverCookie(cookieSigner.sign(payload, purpose: Self.flashPurpose), maxAge: 300))
    }

    /// The notice left by the previous response, cleared once read.
    func takeFlash() -> PageContext.Notice? {
        guard let cookie = cookies[Self.flashCookie]?.string else { return nil }
        // A notice this request has just left for the next page is kept, whatever it read.
        if !hasCookieOnResponse(Self.flashCookie) { setCookieOnResponse(Self.flashCookie, .expired) }
        guard let value = cookieSigner.verify(cookie, purpose: Self.flashPurpose) else { return nil }
        let parts = value.split(separator: "|", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = PageContext.Notice.Kind(rawValue: parts[0]) else { return nil }
        return PageContext.Notice(kind: kind, text: parts[1])
    }
}
