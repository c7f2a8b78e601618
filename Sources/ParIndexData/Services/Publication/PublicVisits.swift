package import FluentKit
import SQLKit

/// The portal's visitors per day: one number per day, written when a new visitor comes (the app
/// decides who is new without cookies and forgets it at the end of the day).
package enum PublicVisits {
    /// Adds one visitor to `day` ("2026-12-02") and returns the day's count.
    @discardableResult
    package static func addVisitor(day: String, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        // One statement on both engines; two first visitors at once both count.
        let row = try await sql.raw("""
            INSERT INTO "public_visits" ("day", "visitors") VALUES (\(bind: day), 1) \
            ON CONFLICT ("day") DO UPDATE SET "visitors" = "public_visits"."visitors" + 1 RETURNING "visitors"
            """).first()
        return try row?.decode(column: "visitors", as: Int.self) ?? 0
    }

    /// The day's count so far (0 before the first visitor).
    package static func visitors(day: String, on db: any Database) async throws -> Int {
        try await PublicVisitDay.find(day, on: db)?.visitors ?? 0
    }
}
