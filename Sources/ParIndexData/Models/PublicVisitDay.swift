package import FluentKit

/// The public portal's visitors on one day (Vietnam time, "2026-12-02"): a count, nothing else.
package final class PublicVisitDay: Model, @unchecked Sendable {
    package static let schema = "public_visits"

    @ID(custom: "day", generatedBy: .user) package var id: String?
    @Field(key: "visitors") package var visitors: Int

    package init() {}
}
