package import FluentKit
import Foundation
import ParIndexCore

/// The signed and stamped score sheet (bảng điểm đã ký, đóng dấu) a unit's leader attaches when
/// submitting: a scanned PDF filed in the unit's evidence library (checked like any evidence),
/// kept with the assessment, shown to the appraiser, audited. It can be attached or replaced only
/// while the leader may submit; from the submission on it stays as it was sent.
package enum SignedSheet {
    package static func mayAttach(_ opened: OpenAssessment) -> Bool {
        opened.permissions.actions.contains(.submit)
    }

    /// Refuses before anything is uploaded: anyone but the unit's leader (403), or a leader once
    /// the assessment is submitted (409).
    package static func requireAttachable(_ opened: OpenAssessment, by user: User) throws {
        guard !mayAttach(opened) else { return }
        guard user.role == .leader, user.unitID == opened.record.unitID else {
            throw AppError(.notAllowed, message: LocalizedText(vi: "Chỉ lãnh đạo đơn vị đính kèm bảng điểm đã ký khi nộp hồ sơ.",
                                                              en: "Only the unit's leader attaches the signed sheet when submitting."))
        }
        throw AppError.conflict(LocalizedText(vi: "Hồ sơ đã nộp; bảng điểm đã ký được giữ như khi nộp.",
                                              en: "The assessment is submitted; the signed sheet stays as it was sent."))
    }

    package static func attach(_ document: EvidenceDocument, to opened: OpenAssessment, by user: User, on db: any Database) async throws {
        try requireAttachable(opened, by: user)
        let record = opened.record
        let assessmentID = try record.requireID()
        guard document.unitID == record.unitID, document.contentType == EvidenceFileType.pdf.contentType else {
            throw AppError.invalid(LocalizedText(vi: "Bảng điểm đã ký phải là tệp PDF (bản quét) của đơn vị.",
                                                 en: "The signed sheet must be a PDF (a scan) of the unit's."), field: "file")
        }
        let previous = try await record.signedSheetID.asyncMap { try await EvidenceDocument.find($0, on: db) } ?? nil
        try await db.transaction { db in
            // Only this column: a model update would write back every field of the assessment.
            try await AssessmentRecord.query(on: db).filter(\.$id == assessmentID).set(\.$signedSheetID, to: try document.requireID()).update()
            try await Audit.record(.signedSheet, by: user, assessment: assessmentID, old: previous.map(describe), new: describe(document), on: db)
        }
    }

    /// "Bảng điểm đã ký (12/BC-UBND) · sha256 3f5a…": enough to tell which scan was sent.
    static func describe(_ document: EvidenceDocument) -> String {
        let number = document.documentNumber.isEmpty ? "" : " (\(document.documentNumber))"
        return document.title + number + " · sha256 " + document.contentHash.prefix(12)
    }
}
