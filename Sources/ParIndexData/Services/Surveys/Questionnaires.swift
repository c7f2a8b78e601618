package import FluentKit
package import Foundation
package import ParIndexCore
import Synchronization

/// Questionnaires imported as YAML (docs/questionnaire-format.md) and read back.
package enum Questionnaires {
    package static func parse(_ yaml: String) throws -> Questionnaire {
        do {
            return try Questionnaire.fromYAML(yaml)
        } catch {
            let lines = error.issues.prefix(20).map { $0.formatted(.vi) }
            throw AppError.invalid(LocalizedText(vi: "Phiếu khảo sát không hợp lệ: " + lines.joined(separator: "; "),
                                                 en: "The questionnaire is invalid: " + error.issues.prefix(20).map { $0.formatted(.en) }.joined(separator: "; ")),
                                   field: "yaml")
        }
    }

    /// Saves a new questionnaire, or refuses one whose key, year and version exist already: a
    /// campaign may be answering that version, so a change is a new version.
    package static func importYAML(_ yaml: String, by user: User?, on db: any Database) async throws -> QuestionnaireRecord {
        let questionnaire = try parse(yaml)
        let existing = try await QuestionnaireRecord.query(on: db).filter(\.$key == questionnaire.key)
            .filter(\.$year == questionnaire.year).filter(\.$version == questionnaire.version).first()
        guard existing == nil else {
            throw AppError.conflict(LocalizedText(
                vi: "Đã có phiếu «\(questionnaire.key)» năm \(questionnaire.year) phiên bản \(questionnaire.version). Hãy tăng «version» để lưu bản sửa.",
                en: "Questionnaire “\(questionnaire.key)” \(questionnaire.year) version \(questionnaire.version) exists. Raise “version” to save a change."))
        }
        let record = QuestionnaireRecord(key: questionnaire.key, year: questionnaire.year, version: questionnaire.version,
                                         title: questionnaire.title.vi, yaml: yaml, createdBy: user?.id)
        try await db.transaction { db in
            try await record.create(on: db)
            try await Audit.record(.survey, by: user, assessment: nil, code: questionnaire.key, old: nil,
                                   new: "Phiếu khảo sát «\(questionnaire.title.vi)» \(questionnaire.year) v\(questionnaire.version)", on: db)
        }
        return record
    }

    /// The questionnaire's YAML as the draft of its next version (`year` the same) or of next
    /// year's first: only the top-level `year:` and `version:` lines change, so the comments and
    /// the layout the administrator wrote are kept.
    package static func draft(of yaml: String, year: Int, version: Int) -> String {
        var lines = yaml.components(separatedBy: "\n")
        var sawVersion = false
        for index in lines.indices {
            if lines[index].hasPrefix("year:") { lines[index] = "year: \(year)" }
            if lines[index].hasPrefix("version:") {
                lines[index] = "version: \(version)"
                sawVersion = true
            }
        }
        if !sawVersion, let yearLine = lines.firstIndex(where: { $0.hasPrefix("year:") }) {
            lines.insert("version: \(version)", at: yearLine + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// The next free version of the questionnaire's key in a year.
    package static func nextVersion(key: String, year: Int, on db: any Database) async throws -> Int {
        let versions = try await QuestionnaireRecord.query(on: db).filter(\.$key == key).filter(\.$year == year).all().map(\.version)
        return (versions.max() ?? 0) + 1
    }

    /// Next year's questionnaire, as this one (version 1, or the next free one), saved and audited.
    package static func cloneIntoNextYear(_ record: QuestionnaireRecord, by user: User, on db: any Database) async throws -> QuestionnaireRecord {
        let year = record.year + 1
        let version = try await nextVersion(key: record.key, year: year, on: db)
        return try await importYAML(draft(of: record.yaml, year: year, version: version), by: user, on: db)
    }
}

/// Parsed questionnaires by record: a stored questionnaire never changes, so once parsed it is
/// kept for the life of the process (every submission reads its questionnaire).
package final class QuestionnaireCache: Sendable {
    private let parsed = Mutex<[UUID: Questionnaire]>([:])

    /// The process's cache: a record's id names one questionnaire for ever, so one cache serves
    /// every database the process opens.
    package static let shared = QuestionnaireCache()

    package init() {}

    package func questionnaire(_ record: QuestionnaireRecord) throws -> Questionnaire {
        let id = try record.requireID()
        if let kept = parsed.withLock({ $0[id] }) { return kept }
        let questionnaire: Questionnaire
        do {
            questionnaire = try Questionnaire.fromYAML(record.yaml)
        } catch {
            throw AppError(.internalFailure, message: LocalizedText(vi: "Phiếu khảo sát «\(record.title)» trong cơ sở dữ liệu không hợp lệ.",
                                                                    en: "The stored questionnaire “\(record.title)” is invalid."))
        }
        parsed.withLock { $0[id] = questionnaire }
        return questionnaire
    }

    package func questionnaire(id: UUID, on db: any Database) async throws -> Questionnaire {
        if let kept = parsed.withLock({ $0[id] }) { return kept }
        guard let record = try await QuestionnaireRecord.find(id, on: db) else { throw AppError.notFound() }
        return try questionnaire(record)
    }
}
