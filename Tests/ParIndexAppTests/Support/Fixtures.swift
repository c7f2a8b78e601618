import Testing
import Fluent
import Foundation
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

/// Records of the demo data that tests act on.
enum Fixtures {
    static let parPeriodTitle = "Chỉ số CCHC năm 2023 — cấp huyện"

    static func unit(_ code: String, _ app: Application) async throws -> ParIndexApp.Unit {
        try #require(try await ParIndexApp.Unit.query(on: app.db).filter(\.$code == code).first())
    }

    static func parAssessment(of code: String, _ app: Application) async throws -> AssessmentRecord {
        let period = try #require(try await Period.query(on: app.db).filter(\.$title == parPeriodTitle).first())
        let unit = try await unit(code, app)
        return try #require(try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).filter(\.$unitID == unit.requireID()).first())
    }

    static func chiLangPath(_ app: Application) async throws -> String {
        Paths.assessment(try await parAssessment(of: "chi-lang", app).requireID()).href
    }

    static func reload(_ record: AssessmentRecord, _ app: Application) async throws -> AssessmentRecord {
        try #require(try await AssessmentRecord.find(record.id, on: app.db))
    }

    /// The version the entry form of `code` shows, as a browser would send back.
    static func version(of code: String, layer: String = "self", in body: String) -> String {
        guard let form = body.range(of: "id=\"form-\(layer)-\(code)\"") else { return "0" }
        let rest = body[form.upperBound...]
        guard let field = rest.range(of: "name=\"version\" value=\"") else { return "0" }
        let tail = rest[field.upperBound...]
        return tail.firstIndex(of: "\"").map { String(tail[..<$0]) } ?? "0"
    }
}
