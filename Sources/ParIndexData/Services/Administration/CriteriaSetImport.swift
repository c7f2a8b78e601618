package import FluentKit
import Foundation
package import ParIndexCore

/// Importing and editing criteria sets, shared by the admin pages and the API.
package enum CriteriaSetImport {
    package struct Problems: Error {
        package var issues: [ValidationIssue]
        package func lines(_ language: Language) -> [String] { issues.map { $0.formatted(language) } }
    }

    package static func parse(_ yaml: String) throws -> CriteriaSet {
        let set: CriteriaSet
        do {
            set = try CriteriaSet.fromYAML(yaml)
        } catch {
            throw Problems(issues: error.issues)
        }
        let issues = set.validate()
        guard issues.isEmpty else { throw Problems(issues: issues) }
        return set
    }

    package static func create(yaml: String, by user: User?, on db: any Database) async throws -> CriteriaSetRecord {
        let set = try parse(yaml)
        let record = CriteriaSetRecord(setKey: set.metadata.id, year: set.metadata.year, title: set.metadata.title.vi, yaml: yaml)
        try await db.transaction { db in
            try await record.create(on: db)
            try await Audit.record(.criteriaSet, by: user, assessment: nil, old: nil, new: "\(set.metadata.id) \(set.metadata.year)", on: db)
        }
        return record
    }

    package static func isLocked(_ record: CriteriaSetRecord, on db: any Database) async throws -> Bool {
        try await Period.query(on: db).filter(\.$criteriaSetID == record.requireID()).filter(\.$open == true).count() > 0
    }

    package static func update(_ record: CriteriaSetRecord, yaml: String, expectedVersion: Int?, by user: User?, on db: any Database) async throws {
        guard expectedVersion == nil || expectedVersion == record.version else {
            throw AppError.conflict(.init(vi: "Bộ chỉ số vừa được người khác sửa. Hãy tải lại trang.", en: "Someone else just edited this set. Reload the page."))
        }
        let set = try parse(yaml)
        if try await isLocked(record, on: db) {
            let current = try CriteriaSet.fromYAML(record.yaml)
            guard current.scoresLike(set), set.metadata.id == current.metadata.id, set.metadata.year == current.metadata.year else {
                throw AppError.conflict(.init(
                    vi: "Bộ chỉ số đang được dùng trong kỳ đánh giá đang mở: chỉ được sửa câu chữ (tên, hướng dẫn), không được sửa điểm, quy tắc, cấu trúc, mã hay năm.",
                    en: "The set is used by an open period: only wording (titles, guidance) may change, not points, rules, structure, id or year."))
            }
        }
        let oldVersion = record.version
        try await db.transaction { db in
            record.yaml = yaml
            record.title = set.metadata.title.vi
            record.setKey = set.metadata.id
            record.year = set.metadata.year
            record.version += 1
            try await record.update(on: db)
            try await Audit.record(.criteriaSet, by: user, assessment: nil, old: "v\(oldVersion)", new: "v\(record.version)", on: db)
        }
    }

    /// A copy for the next year: the `year:` line is moved on, everything else kept.
    package static func cloneIntoNextYear(_ record: CriteriaSetRecord, by user: User?, on db: any Database) async throws -> CriteriaSetRecord {
        let nextYear = record.year + 1
        var lines = record.yaml.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("year:") }) { lines[index] = "year: \(nextYear)" }
        return try await create(yaml: lines.joined(separator: "\n"), by: user, on: db)
    }
}
