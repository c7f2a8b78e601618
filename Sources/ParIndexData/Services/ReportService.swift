package import FluentKit
import Foundation

/// The free text of the self-assessment report (difficulties and proposals), the unit's while drafting.
package enum ReportService {
    package static func save(difficulties: String, proposals: String, in opened: OpenAssessment, by user: User, db: any Database) async throws {
        try opened.require(.editSelfAssessment)
        let record = opened.record
        let newDifficulties = try TextField.paragraph(difficulties, field: "difficulties", label: .init(vi: "Khó khăn, vướng mắc", en: "Difficulties"))
        let newProposals = try TextField.paragraph(proposals, field: "proposals", label: .init(vi: "Đề xuất, kiến nghị", en: "Proposals"))
        let old = "\(record.difficulties) | \(record.proposals)"
        let id = try record.requireID()
        try await db.transaction { db in
            // The two columns alone: the record was read column by column (`ContextQuery`), so a
            // model update would write every field back, a state changed meanwhile included.
            try await AssessmentRecord.query(on: db).filter(\.$id == id)
                .set(\.$difficulties, to: newDifficulties).set(\.$proposals, to: newProposals).update()
            record.difficulties = newDifficulties
            record.proposals = newProposals
            try await Audit.record(.report, by: user, assessment: record.id, old: old, new: "\(newDifficulties) | \(newProposals)", on: db)
        }
    }
}
