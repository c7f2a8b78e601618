import Foundation
import ParIndexData

/// The API's OpenAPI document, committed as `Sources/ParIndexApp/API/openapi.yaml` and served
/// from it, so the document people read and the one the app serves are the same file.
enum OpenAPIDocument {
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "openapi: 3.1.0\n" }
        return text
    }()
}
