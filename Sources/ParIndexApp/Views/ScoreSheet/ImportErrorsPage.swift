import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// An Excel import refused: every cell named with what is wrong, nothing saved, and the way
/// back to the assessment to correct the file and upload it again.
enum ImportErrorsPage {
    static func render(_ context: PageContext, assessmentID: UUID, errors: [ScoreImport.CellError]) -> Response {
        let title = context.t("Chưa lưu gì: tệp Excel có lỗi", "Nothing saved: the Excel file has errors")
        let response = Layout.render(context, title: title) {
            Node.h1 { title }
            Node.p(.class("notice notice-error"), .role("alert"), .id("import-errors-summary")) {
                context.t("Tệp có \(errors.count) lỗi. Không tiêu chí nào được lưu; hãy sửa các ô dưới đây rồi tải tệp lên lại.",
                          "The file has \(errors.count) errors. No criterion was saved; correct the cells below and upload the file again.")
            }
            Node.table(.class("list"), .id("import-errors")) {
                Node.thead { Node.tr {
                    Node.th(.scope("col")) { context.t("Ô", "Cell") }
                    Node.th(.scope("col")) { context.t("Lỗi", "Problem") }
                } }
                Node.tbody {
                    for error in errors {
                        Node.tr {
                            Node.th(.scope("row")) { error.cell.isEmpty ? "—" : error.cell }
                            Node.td { context.t(error.message) }
                        }
                    }
                }
            }
            Node.p { Node.a(.href(Paths.assessment(assessmentID).href)) { "‹ " + context.t("Về hồ sơ", "Back to the assessment") } }
        }
        response.status = .unprocessableEntity
        return response
    }
}
