package import FluentKit
import Foundation

/// Units scored against the same criteria set and ranked together (districts, departments, communes).
package final class UnitGroup: Model, @unchecked Sendable {
    package static let schema = "unit_groups"

    @ID(key: .id) package var id: UUID?

    @Field(key: "code") package var code: String
    @Field(key: "name") package var name: String

    package init() {}

    package init(id: UUID? = nil, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
