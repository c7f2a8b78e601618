import Foundation
import Vapor
import ParIndexData

/// What an officer typed when the session had expired: kept in a fresh session so that after
/// logging in again the form shows it, unsaved, for them to check and save. Nothing is written
/// from it without a new, CSRF-checked submission.
struct PendingForm: Codable, Equatable {
    static let sessionKey = "pending-form"

    /// The path the form was posted to.
    var action: String
    var fields: [String: String]

    static func keep(_ request: Request) async throws {
        guard request.headers.contentType == .urlEncodedForm, request.body.data != nil,
              let fields = try? request.content.decode([String: String].self) else { return }
        var kept = fields
        kept[CSRFMiddleware.fieldName] = nil
        let pending = PendingForm(action: request.url.path, fields: kept)
        request.session.data[sessionKey] = String(decoding: try JSONEncoder().encode(pending), as: UTF8.self)
    }

    /// The page to come back to after logging in: the page the form was on.
    static func returnPath(for request: Request) -> String {
        let path = request.url.path
        // /assessments/ID/entries/CODE → the assessment page, at that criterion.
        let parts = path.split(separator: "/")
        if parts.count >= 4, parts[0] == "assessments" {
            return "/assessments/\(parts[1])#c-\(parts[3])"
        }
        return "/"
    }

    /// The kept form for `action`, removed from the session once read.
    static func take(for action: String, from request: Request) -> PendingForm? {
        guard request.sessionsAvailable, request.hasSession, let text = request.session.data[sessionKey],
              let pending = try? JSONDecoder().decode(PendingForm.self, from: Data(text.utf8)), pending.action == action else { return nil }
        request.session.data[sessionKey] = nil
        return pending
    }

    /// Peeks without removing: which action the kept form belongs to.
    static func peek(_ request: Request) -> PendingForm? {
        guard request.sessionsAvailable, request.hasSession, let text = request.session.data[sessionKey] else { return nil }
        return try? JSONDecoder().decode(PendingForm.self, from: Data(text.utf8))
    }
}
