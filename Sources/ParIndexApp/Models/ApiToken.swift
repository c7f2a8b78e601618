import Fluent
import Foundation

/// A bearer token for the JSON API. Only its SHA-256 is stored, so a database leak reveals none.
final class ApiToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    @Field(key: "user_id") var userID: UUID

    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "label") var label: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(id: UUID? = nil, userID: UUID, tokenHash: String, label: String, expiresAt: Date) {
        self.id = id
        self.userID = userID
        self.tokenHash = tokenHash
        self.label = label
        self.expiresAt = expiresAt
    }
}
