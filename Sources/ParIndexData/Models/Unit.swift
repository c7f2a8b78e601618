package import FluentKit
import Foundation

/// A government unit: a department, a district, a commune. Units form a tree (`parentID`) and
/// change over time (validity dates, predecessor and successor after a merge).
package final class Unit: Model, @unchecked Sendable {
    package static let schema = "units"

    @ID(key: .id) package var id: UUID?

    // References
    @Field(key: "unit_group_id") package var unitGroupID: UUID
    @OptionalField(key: "parent_id") package var parentID: UUID?
    @OptionalField(key: "predecessor_id") package var predecessorID: UUID?
    @OptionalField(key: "successor_id") package var successorID: UUID?

    // Data
    @Field(key: "code") package var code: String
    @Field(key: "name") package var name: String
    /// ISO dates (yyyy-mm-dd); open-ended when nil.
    @OptionalField(key: "valid_from") package var validFrom: String?
    @OptionalField(key: "valid_to") package var validTo: String?

    package init() {}

    package init(id: UUID? = nil, unitGroupID: UUID, parentID: UUID? = nil, code: String, name: String, validFrom: String? = nil, validTo: String? = nil) {
        self.id = id
        self.unitGroupID = unitGroupID
        self.parentID = parentID
        self.code = code
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

extension Unit {
    /// Whether the unit existed at some time in `year` (ISO dates compare as text).
    package func isValid(duringYear year: Int) -> Bool {
        let start = "\(year)-01-01", end = "\(year)-12-31"
        return (validFrom ?? start) <= end && (validTo ?? end) >= start
    }
}
