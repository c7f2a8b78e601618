import Crypto
import Foundation
import Vapor

/// What every public answer carries: an ETag from the body's bytes and a short public cache
/// lifetime. A client that sends the ETag back gets 304 and no body. Pages vary with the display
/// and language cookies, so caches key on them.
enum PublicAnswer {
    static let maxAge = 60

    /// Keys sorted, so the same figures are the same bytes and the same ETag.
    static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static func finish(_ response: Response, for request: Request) -> Response {
        guard response.status == .ok, let buffer = response.body.buffer else { return response }
        let digest = SHA256.hash(data: buffer.readableBytesView)
        let tag = "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        response.headers.replaceOrAdd(name: .vary, value: "Cookie")
        if matches(request.headers.first(name: .ifNoneMatch), tag) {
            let unchanged = Response(status: .notModified, headers: response.headers)
            unchanged.headers.remove(name: .contentType)
            return unchanged
        }
        return response
    }

    /// `If-None-Match` as browsers send it: one tag, several separated by commas, weak tags, or `*`.
    static func matches(_ header: String?, _ tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }
}
