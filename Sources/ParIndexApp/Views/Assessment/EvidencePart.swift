import Foundation
import HTML
import ParIndexCore
import ParIndexData

/// The documents cited for a criterion, and the forms to cite or upload one.
enum EvidencePart {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) {
        guard row.kind != .survey else { return }
        writer.element("div", .class("evidence-part")) { writer in
            writer.element("h4") { $0.text(context.t("Tài liệu kiểm chứng", "Evidence")) }
            if row.links.isEmpty {
                writer.element("p", .class("muted missing-evidence")) { $0.text(context.t("Chưa có tài liệu kiểm chứng.", "No evidence yet.")) }
            } else {
                writer.element("ul", .class("links")) { writer in
                    for link in row.links {
                        writer.element("li") { writer in
                            writer.element("a", .href(Paths.evidenceFile(link.documentID).href), .target("_blank")) { $0.text(link.title) }
                            if !link.anchor.isEmpty { writer.text(" — " + link.anchor) }
                            if row.permissions.linkEvidence {
                                writer.element("form", .method("post"), .action(Paths.unlinkEvidence(model.id, link: link.id).href), .class("inline")) { writer in
                                    CSRFField.write(&writer, context)
                                    writer.element("button", .type("submit"), .class("link-button")) { $0.text(context.t("Bỏ gắn", "Unlink")) }
                                }
                            }
                        }
                    }
                }
                if let preview = row.links.first(where: \.isPreviewable) {
                    writer.element("details", .class("preview no-print")) { writer in
                        writer.element("summary") { $0.text(context.t("Xem trước: ", "Preview: ") + preview.title) }
                        writer.element("object", .data(Paths.evidenceFile(preview.documentID).href), .class("preview-frame")) { writer in
                            writer.element("a", .href(Paths.evidenceFile(preview.documentID).href)) { $0.text(preview.title) }
                        }
                    }
                }
            }
            if row.permissions.linkEvidence {
                writer.element("p", .class("no-print")) { writer in
                    writer.element("a", .href(Paths.criterionEvidence(model.id, code: row.code).href), .id("attach-\(row.code)")) {
                        $0.text(context.t("Gắn hoặc tải lên tài liệu kiểm chứng", "Attach or upload evidence"))
                    }
                }
            }
        }
    }
}

/// The upload form, in the library or on a criterion (then the new document is also cited).
enum UploadForm {
    static func node(_ context: PageContext, unitID: UUID, assessmentID: UUID?, code: String?) -> Node {
        let suffix = code ?? "library"
        // The CSRF token travels in the query: the streamed body is read only after the check. So
        // do the criterion's ids, so that a refused upload is shown where it was made.
        var action = Paths.uploadEvidence(unit: unitID).href + "?" + CSRFMiddleware.fieldName + "=" + context.csrfToken
        if let assessmentID, let code { action += "&assessment=\(assessmentID)&code=" + Paths.encode(code) }
        return .form(.method("post"), .action(action), .enctype("multipart/form-data"), .class("upload-form"), .id("upload-\(suffix)")) {
            Node.label(.for("title-\(suffix)")) { context.t("Trích yếu / tên tài liệu", "Title") }
            Node.input(.type("text"), .id("title-\(suffix)"), .name("title"), .required)
            Node.label(.for("number-\(suffix)")) { context.t("Số hiệu", "Number") }
            Node.input(.type("text"), .id("number-\(suffix)"), .name("document_number"), .placeholder("12/QĐ-UBND"))
            Node.label(.for("issuer-\(suffix)")) { context.t("Cơ quan ban hành", "Issuer") }
            Node.input(.type("text"), .id("issuer-\(suffix)"), .name("issuer"))
            Node.label(.for("date-\(suffix)")) { context.t("Ngày ban hành (dd/mm/yyyy)", "Issued on (dd/mm/yyyy)") }
            Node.input(.type("text"), .id("date-\(suffix)"), .name("issued_on"), .placeholder("29/11/2023"))
            if code != nil {
                Node.label(.for("upload-anchor-\(suffix)")) { context.t("Trang / mục", "Page / section") }
                Node.input(.type("text"), .id("upload-anchor-\(suffix)"), .name("anchor"))
            }
            Node.label(.for("file-\(suffix)")) { context.t("Tệp (PDF, DOCX, XLSX, JPG, PNG)", "File (PDF, DOCX, XLSX, JPG, PNG)") }
            Node.input(.type("file"), .id("file-\(suffix)"), .name("file"), .required, .accept(".pdf,.docx,.xlsx,.jpg,.jpeg,.png"))
            Node.button(.type("submit"), .id("upload-submit-\(suffix)")) { context.t("Tải lên", "Upload") }
        }
    }
}
