import HTML
import ParIndexCore
import ParIndexData

/// The self-assessment report: criteria without evidence with their explanations, then
/// difficulties and proposals (PAR-INDEX.md §5).
enum ReportBox {
    static func node(_ context: PageContext, _ model: AssessmentPage.Model, printing: Bool) -> Node {
        let lacking = model.rows.filter { $0.isLeaf && $0.kind != .survey && $0.links.isEmpty }
        let editable = !printing && model.mayEditReport
        return .section(.class("report card"), .id("report")) {
            Node.h2 { context.t("Báo cáo tự đánh giá", "Self-assessment report") }
            Node.h3 { context.t("Tiêu chí chưa có tài liệu kiểm chứng", "Criteria without evidence") }
            if lacking.isEmpty {
                Node.p { context.t("Mọi tiêu chí đều có tài liệu kiểm chứng.", "Every criterion has evidence.") }
            } else {
                Node.table(.class("list")) {
                    Node.thead { Node.tr { Node.th { context.t("Mã", "Code") }; Node.th { context.t("Tiêu chí", "Criterion") }; Node.th { context.t("Giải trình", "Explanation") } } }
                    Node.tbody {
                        for row in lacking {
                            let note = row.selfEntry?.note ?? ""
                            Node.tr {
                                Node.td { row.code }
                                Node.td { context.t(row.title) }
                                Node.td(.class(note.isEmpty ? "missing" : "")) {
                                    note.isEmpty ? context.t("(chưa giải trình)", "(not explained)") : note
                                }
                            }
                        }
                    }
                }
            }
            if editable {
                Node.form(.method("post"), .action(Paths.saveReport(model.id).href), .class("report-form no-print")) {
                    CSRFField.node(context)
                    Node.label(.for("difficulties")) { context.t("Khó khăn, vướng mắc", "Difficulties") }
                    Node.textarea(.id("difficulties"), .name("difficulties"), .rows("3")) { model.difficulties }
                    Node.label(.for("proposals")) { context.t("Đề xuất, kiến nghị", "Proposals") }
                    Node.textarea(.id("proposals"), .name("proposals"), .rows("3")) { model.proposals }
                    Node.button(.type("submit"), .id("save-report")) { context.t("Lưu báo cáo", "Save report") }
                }
            } else {
                Node.h3 { context.t("Khó khăn, vướng mắc", "Difficulties") }
                Node.p { model.difficulties.isEmpty ? "—" : model.difficulties }
                Node.h3 { context.t("Đề xuất, kiến nghị", "Proposals") }
                Node.p { model.proposals.isEmpty ? "—" : model.proposals }
            }
        }
    }
}
