import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum EvidenceLibraryPage {
    struct Model {
        var unitID: UUID
        var unitName: String
        var canUpload: Bool
        var maxUploadMegabytes: Int
        var documents: [Document]
    }

    struct Document {
        var id: UUID
        var title: String
        var number: String
        var issuer: String
        var issuedOn: String?
        var fileName: String
        var sizeKilobytes: Int

        init(id: UUID, title: String, number: String, issuer: String, issuedOn: String?, fileName: String, sizeKilobytes: Int) {
            self.id = id
            self.title = title
            self.number = number
            self.issuer = issuer
            self.issuedOn = issuedOn
            self.fileName = fileName
            self.sizeKilobytes = sizeKilobytes
        }

        init(_ document: EvidenceDocument) throws {
            self.init(id: try document.requireID(), title: document.title, number: document.documentNumber, issuer: document.issuer,
                      issuedOn: document.issuedOn.flatMap(CalendarDate.init)?.displayed, fileName: document.originalName,
                      sizeKilobytes: (document.byteCount + 1023) / 1024)
        }
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Kho tài liệu kiểm chứng", "Evidence library"), wide: true) {
            Node.h1 { context.t("Kho tài liệu kiểm chứng", "Evidence library") + " — " + model.unitName }
            if model.documents.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có tài liệu nào.", "No documents yet.") }
            } else {
                Node.table(.class("list"), .id("documents")) {
                    Node.thead { Node.tr {
                        Node.th { context.t("Trích yếu", "Title") }; Node.th { context.t("Số hiệu", "Number") }
                        Node.th { context.t("Cơ quan ban hành", "Issuer") }; Node.th { context.t("Ngày ban hành", "Issued on") }
                        Node.th { context.t("Tệp", "File") }
                    } }
                    Node.tbody {
                        for document in model.documents {
                            Node.tr {
                                Node.td { Node.a(.href(Paths.evidenceFile(document.id).href)) { document.title } }
                                Node.td { document.number }
                                Node.td { document.issuer }
                                Node.td { document.issuedOn ?? "—" }
                                Node.td { "\(document.fileName) (\(document.sizeKilobytes) KB)" }
                            }
                        }
                    }
                }
            }
            if model.canUpload {
                Node.section(.class("card")) {
                    Node.h2 { context.t("Tải lên tài liệu", "Upload a document") }
                    Node.p(.class("muted")) { context.t("Tối đa \(model.maxUploadMegabytes) MB mỗi tệp.", "At most \(model.maxUploadMegabytes) MB per file.") }
                    UploadForm.node(context, unitID: model.unitID, assessmentID: nil, code: nil)
                }
            }
        }
    }
}
