package import FluentKit
import Foundation

/// A questionnaire as the administrator imported it: the YAML kept as sent (what an export gives
/// back), with its key, year and version to find it by.
package final class QuestionnaireRecord: Model, @unchecked Sendable {
    package static let schema = "questionnaires"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    // References
    @OptionalField(key: "created_by") package var createdBy: UUID?

    // Data
    @Field(key: "key") package var key: String
    @Field(key: "year") package var year: Int
    @Field(key: "version") package var version: Int
    @Field(key: "title") package var title: String
    @Field(key: "yaml") package var yaml: String

    package init() {}

    package init(key: String, year: Int, version: Int, title: String, yaml: String, createdBy: UUID?) {
        self.key = key
        self.year = year
        self.version = version
        self.title = title
        self.yaml = yaml
        self.createdBy = createdBy
    }
}
