import Vapor
import ParIndexData

/// The API's error body: `{"error": true, "message": "…", "message_en": "…", "field": "…"}`.
enum APIError {
    struct Body: Content {
        var error = true
        var message: String
        var message_en: String
        var field: String?
        var current: APIEntrySnapshot?
    }

    /// Never fails: encoding these plain strings cannot, and an error answer must always go out.
    static func response(status: HTTPResponseStatus, message: LocalizedTextPair, field: String?, current: APIEntrySnapshot? = nil) -> Response {
        let body = Body(message: message.vi, message_en: message.en, field: field, current: current)
        var headers = HTTPHeaders()
        headers.contentType = .json
        let data = (try? JSONEncoder().encode(body)) ?? Data(#"{"error":true,"message":"Lỗi","message_en":"Error"}"#.utf8)
        return Response(status: status, headers: headers, body: .init(data: data))
    }
}

struct APIEntrySnapshot: Content {
    var summary: String
    var note: String
    var version: Int
    var updated_by: String?
}
