import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension DocumentsController {
    /// The leader's scan of the signed and stamped sheet, before submitting: filed in the unit's
    /// evidence library through the same checks as any evidence (PDF only here), then attached.
    @Sendable static func attachSignedSheet(_ request: Request) async throws -> Response {
        let user = try request.user
        let opened = try await request.openAssessment()
        try SignedSheet.requireAttachable(opened, by: user)
        let id = try opened.record.requireID()
        let store = EvidenceStore(root: request.settings.evidenceDirectory)
        let context = request.pageContext()
        do {
            let upload = try await EvidenceUpload.receive(request, store: store, limit: request.settings.maxUploadBytes)
            guard upload.file.fileName.flatMap(EvidenceFileType.expected(forName:)) == .pdf else {
                upload.file.sink?.discard()
                throw AppError.invalid(LocalizedText(vi: "Bảng điểm đã ký phải là tệp PDF (bản quét).", en: "The signed sheet must be a PDF (a scan)."),
                                       field: "file")
            }
            let title = context.t("Bảng điểm đã ký — ", "Signed score sheet — ") + opened.workspace.unit.name + " — " + String(opened.workspace.period.year)
            let metadata = EvidenceService.Metadata(title: title, documentNumber: upload.fields["document_number"] ?? "",
                                                    issuer: opened.workspace.unit.name, issuedOn: nil)
            let document = try await EvidenceService.add(upload.file, metadata: metadata, unitID: opened.record.unitID, store: store, by: user, on: request.db)
            try await SignedSheet.attach(document, to: opened, by: user, on: request.db)
        } catch let error as AppError {
            return try await AssessmentController.render(request, try await request.openAssessment(),
                                                         notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã đính kèm bảng điểm đã ký. Hồ sơ nộp sẽ kèm bản này.",
                                          "The signed sheet is attached; it goes with the submission."))
        return request.redirect(to: Paths.assessment(id).href + "#workflow")
    }
}
