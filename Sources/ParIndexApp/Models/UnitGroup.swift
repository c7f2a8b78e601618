import Fluent
import Foundation

/// Units scored against the same criteria set and ranked together (districts, departments, communes).
final class UnitGroup: Model, @unchecked Sendable {
    static let schema = "unit_groups"

    @ID(key: .id) var id: UUID?

    @Field(key: "code") var code: String
    @Field(key: "name") var name: String

    init() {}

    init(id: UUID? = nil, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
