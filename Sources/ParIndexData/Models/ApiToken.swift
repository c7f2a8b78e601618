package import FluentKit
import Foundation

/// A bearer token for the JSON API. Only its SHA-256 is stored, so a database leak reveals none.
package final class ApiToken: Model, @unchecked Sendable {
    package static let schema = "api_tokens"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    @Field(key: "user_id") package var userID: UUID

    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "label") package var label: String
    @Field(key: "expires_at") package var expiresAt: Date

    package init() {}

    package init(id: UUID? = nil, userID: UUID, tokenHash: String, label: String, expiresAt: Date) {
        self.id = id
        self.userID = userID
        self.tokenHash = tokenHash
        self.label = label
        self.expiresAt = expiresAt
    }
}
