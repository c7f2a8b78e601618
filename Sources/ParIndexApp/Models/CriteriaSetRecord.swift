import Fluent
import Foundation

/// A criteria set as imported: its YAML text is the source of truth; the parsed set is cached.
final class CriteriaSetRecord: Model, @unchecked Sendable {
    static let schema = "criteria_sets"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    /// The set's own `id` from the file, with its year.
    @Field(key: "set_key") var setKey: String
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    @Field(key: "yaml") var yaml: String
    /// Bumped on every edit, so caches and concurrent editors notice.
    @Field(key: "version") var version: Int

    init() {}

    init(id: UUID? = nil, setKey: String, year: Int, title: String, yaml: String) {
        self.id = id
        self.setKey = setKey
        self.year = year
        self.title = title
        self.yaml = yaml
        self.version = 1
    }
}
