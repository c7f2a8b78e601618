import Vapor

/// The API's error body: `{"error": true, "message": "…", "message_en": "…", "field": "…"}`.
enum APIError {
    struct Body: Content {
        var error = true
        var message: String
        var message_en: String
        var field: String?
        var current: APIEntrySnapshot?
    }

    static func response(status: HTTPResponseStatus, message: LocalizedTextPair, field: String?, current: APIEntrySnapshot? = nil) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(Body(message: message.vi, message_en: message.en, field: field, current: current), as: .json)
        return response
    }
}

struct APIEntrySnapshot: Content {
    var summary: String
    var note: String
    var version: Int
    var updated_by: String?
}
