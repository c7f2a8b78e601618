import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// What every page needs besides its own model: who is looking, in which language and display
/// settings, the CSRF token for its forms, and a one-time notice.
struct PageContext: Sendable {
    var language: Language
    var display: DisplayPreferences
    var user: SignedInUser?
    var csrfToken: String
    var currentPath: String
    var notice: Notice?
    /// The public portal's pages: no account, no session, the portal's own navigation and the
    /// day's visitors in the footer.
    var portal: Portal? = nil

    struct Portal: Sendable {
        var visitorsToday: Int?
    }

    struct SignedInUser: Sendable {
        var name: String
        var role: User.Role
        var unitID: UUID?
    }

    struct Notice: Sendable {
        enum Kind: String, Sendable { case success, error, info }
        var kind: Kind
        var text: String
    }

    /// The text in the page's language.
    func t(_ vi: String, _ en: String) -> String { language == .en ? en : vi }
    func t(_ text: LocalizedText) -> String { text.text(language) }
}

/// Font size and contrast, chosen with the A- A A+ and contrast controls; kept in cookies so
/// they work without JavaScript.
struct DisplayPreferences: Sendable, Hashable {
    enum Size: String, CaseIterable, Sendable { case small, normal, large }
    var size: Size = .normal
    var highContrast = false

    var htmlClass: String {
        "size-\(size.rawValue)" + (highContrast ? " contrast-high" : "")
    }
}

extension Request {
    func pageContext(notice: PageContext.Notice? = nil) -> PageContext {
        let signedIn = auth.get(User.self).map { PageContext.SignedInUser(name: $0.displayName, role: $0.role, unitID: $0.unitID) }
        let flash = notice ?? takeFlash()
        return PageContext(language: language, display: displayPreferences, user: signedIn, csrfToken: csrfToken,
                           currentPath: url.string, notice: flash)
    }

    var language: Language { cookies["lang"]?.string == "en" ? .en : .vi }

    var displayPreferences: DisplayPreferences {
        var display = DisplayPreferences()
        display.size = cookies["size"].flatMap { DisplayPreferences.Size(rawValue: $0.string) } ?? .normal
        display.highContrast = cookies["contrast"]?.string == "high"
        return display
    }

    /// A public page's context: display preferences from their cookies, and nothing that reads or
    /// makes a session (no user, no CSRF token, no notice).
    func publicPageContext(visitorsToday: Int?) -> PageContext {
        PageContext(language: language, display: displayPreferences, user: nil, csrfToken: "", currentPath: url.string, notice: nil,
                    portal: PageContext.Portal(visitorsToday: visitorsToday))
    }
}
