import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// One criterion's evidence: the documents cited, a document of the library to cite, a new one
/// to upload. Kept off the assessment page so that page stays light on a slow connection.
enum CriterionEvidencePage {
    struct Model {
        var assessmentID: UUID
        var unitID: UUID
        var unitName: String
        var code: String
        var title: LocalizedText
        var requirement: String?
        var links: [AssessmentPage.LinkRow]
        var library: [AssessmentPage.DocumentChoice]
        var maxUploadMegabytes: Int
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: model.code + " — " + context.t("Tài liệu kiểm chứng", "Evidence")) {
            Node.p { Node.a(.href(Paths.assessment(model.assessmentID).href + "#c-" + model.code), .id("back-to-assessment")) { "← " + model.unitName } }
            Node.h1 { model.code + " " + context.t(model.title) }
            if let requirement = model.requirement {
                Node.p(.class("requirement")) { Node.strong { context.t("Yêu cầu: ", "Required: ") }; requirement }
            }
            Node.h2 { context.t("Tài liệu đã gắn", "Cited documents") }
            if model.links.isEmpty {
                Node.p(.class("muted")) { context.t("Chưa có tài liệu kiểm chứng.", "No evidence yet.") }
            } else {
                Node.ul(.class("links")) {
                    for link in model.links {
                        Node.li {
                            Node.a(.href(Paths.evidenceFile(link.documentID).href)) { link.title }
                            if !link.anchor.isEmpty { " — " + link.anchor }
                            Node.form(.method("post"), .action(Paths.unlinkEvidence(model.assessmentID, link: link.id).href), .class("inline")) {
                                CSRFField.node(context)
                                Node.button(.type("submit"), .class("link-button")) { context.t("Bỏ gắn", "Unlink") }
                            }
                        }
                    }
                }
            }
            if !model.library.isEmpty {
                Node.section(.class("card")) {
                    Node.h2 { context.t("Gắn tài liệu có sẵn trong kho", "Cite a document from the library") }
                    Node.form(.method("post"), .action(Paths.linkEvidence(model.assessmentID, code: model.code).href), .class("link-form")) {
                        CSRFField.node(context)
                        Node.label(.for("doc-\(model.code)")) { context.t("Tài liệu", "Document") }
                        Node.select(.id("doc-\(model.code)"), .name("document")) {
                            for document in model.library { Node.option(.value(document.id.uuidString)) { document.title } }
                        }
                        Node.label(.for("anchor-\(model.code)")) { context.t("Trang / mục", "Page / section") }
                        Node.input(.type("text"), .id("anchor-\(model.code)"), .name("anchor"), .placeholder(context.t("vd. tr. 3, mục II.2", "e.g. p. 3, section II.2")))
                        Node.button(.type("submit"), .id("link-\(model.code)"), .class("primary")) { context.t("Gắn", "Attach") }
                    }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Tải lên tài liệu mới", "Upload a new document") }
                Node.p(.class("muted")) { context.t("Tối đa \(model.maxUploadMegabytes) MB mỗi tệp.", "At most \(model.maxUploadMegabytes) MB per file.") }
                UploadForm.node(context, unitID: model.unitID, assessmentID: model.assessmentID, code: model.code)
            }
        }
    }
}
