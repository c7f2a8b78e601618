import Foundation
import HTML
import ParIndexCore
import Vapor

enum AdminCriteriaSetPage {
    struct Model {
        var id: UUID
        var title: String
        var year: Int
        var version: Int
        var locked: Bool
        var set: CriteriaSet
        var yaml: String
        var problems: [String]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: model.title, wide: true) {
            Node.h1 { model.title + " (\(model.year))" }
            if model.locked {
                Node.p(.class("notice notice-info")) {
                    context.t("Bộ chỉ số đang được dùng trong kỳ đánh giá đang mở: chỉ được sửa câu chữ, không được sửa điểm, quy tắc hay cấu trúc.",
                              "Used by an open period: only wording may change, not points, rules or structure.")
                }
            }
            Node.table(.class("list outline"), .id("outline")) {
                Node.thead { Node.tr { Node.th { context.t("Mã", "Code") }; Node.th { context.t("Nội dung", "Criterion") }; Node.th(.class("num")) { context.t("Điểm tối đa", "Maximum") }; Node.th { context.t("Quy tắc", "Rule") } } }
                Node.tbody {
                    for flat in ScoringTree(model.set).nodes {
                        Node.tr(.class("depth-\(flat.depth)")) {
                            Node.td { flat.code }
                            Node.td { context.t(flat.definition.title) }
                            Node.td(.class("num")) { flat.maximum.formatted(context.language) }
                            Node.td { flat.definition.rule.map { context.t($0.title) } ?? "" }
                        }
                    }
                }
            }
            Node.form(.method("post"), .action(Paths.adminCloneCriteriaSet(model.id).href), .class("inline")) {
                CSRFField.node(context)
                Node.button(.type("submit"), .id("clone-set")) { context.t("Sao chép sang năm \(model.year + 1)", "Clone into \(model.year + 1)") }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Sửa bộ chỉ số (tên, điểm tối đa, hướng dẫn, quy tắc)", "Edit (titles, maxima, guidance, rules)") }
                ProblemList.node(context, model.problems)
                Node.form(.method("post"), .action(Paths.adminCriteriaSet(model.id).href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.input(.type("hidden"), .name("version"), .value(String(model.version)))
                    Node.textarea(.id("set-yaml"), .name("yaml"), .rows("30"), .class("code-input")) { model.yaml }
                    Node.button(.type("submit"), .class("primary"), .id("save-set")) { context.t("Kiểm tra và lưu", "Check and save") }
                }
            }
        }
    }
}
