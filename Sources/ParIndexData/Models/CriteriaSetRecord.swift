package import FluentKit
import Foundation

/// A criteria set as imported: its YAML text is the source of truth; the parsed set is cached.
package final class CriteriaSetRecord: Model, @unchecked Sendable {
    package static let schema = "criteria_sets"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    /// The set's own `id` from the file, with its year.
    @Field(key: "set_key") package var setKey: String
    @Field(key: "year") package var year: Int
    @Field(key: "title") package var title: String
    @Field(key: "yaml") package var yaml: String
    /// Bumped on every edit, so caches and concurrent editors notice.
    @Field(key: "version") package var version: Int

    package init() {}

    package init(id: UUID? = nil, setKey: String, year: Int, title: String, yaml: String) {
        self.id = id
        self.setKey = setKey
        self.year = year
        self.title = title
        self.yaml = yaml
        self.version = 1
    }
}
