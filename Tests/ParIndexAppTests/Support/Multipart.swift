import Foundation
import NIOCore
import Vapor

/// A multipart/form-data body as a browser sends it: text fields, then one file.
enum Multipart {
    static let boundary = "----ParIndexTestBoundary7MA4YWxkTrZu0gW"

    static func body(fields: [(String, String)], fileName: String, content: Data) -> ByteBuffer {
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        var buffer = ByteBuffer(string: text)
        buffer.writeBytes(content)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return buffer
    }

    static var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        return headers
    }

    /// A small, valid PDF: uploads are checked for more than their first bytes.
    static var pdf: Data { EvidenceSamples.pdf() }
}

extension Browser {
    /// Posts an upload to `path`, with the CSRF token in the query as the upload form does.
    func upload(_ path: String, fields: [(String, String)], fileName: String, content: Data, csrf withToken: Bool = true) async throws -> Page {
        let separator = path.contains("?") ? "&" : "?"
        let target = withToken ? path + separator + "_csrf=" + (csrf ?? "") : path
        return try await send(.POST, target, headers: Multipart.headers, body: Multipart.body(fields: fields, fileName: fileName, content: content))
    }
}
