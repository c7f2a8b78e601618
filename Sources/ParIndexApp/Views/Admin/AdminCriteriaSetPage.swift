import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

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
            Node.form(.method("post"), .action(Paths.adminCriteriaSetOutline(model.id).href), .id("outline-form")) {
                CSRFField.node(context)
                Node.input(.type("hidden"), .name("version"), .value(String(model.version)))
                Node.table(.class("list outline"), .id("outline")) {
                    Node.thead { Node.tr {
                        Node.th { context.t("Mã", "Code") }; Node.th { context.t("Tên (tiếng Việt / tiếng Anh)", "Title (Vietnamese / English)") }
                        Node.th(.class("num")) { context.t("Điểm tối đa", "Maximum") }; Node.th { context.t("Quy tắc", "Rule") }
                        Node.th { context.t("Hướng dẫn / tài liệu kiểm chứng", "Guidance / evidence") }
                    } }
                    Node.tbody {
                        for flat in ScoringTree(model.set).nodes {
                            OutlineRow.node(context, flat.definition, depth: flat.depth)
                        }
                    }
                }
                Node.button(.type("submit"), .class("primary"), .id("save-outline")) { context.t("Lưu tên, điểm và hướng dẫn", "Save titles, maxima and guidance") }
            }
            Node.form(.method("post"), .action(Paths.adminCloneCriteriaSet(model.id).href), .class("inline")) {
                CSRFField.node(context)
                Node.button(.type("submit"), .id("clone-set")) { context.t("Sao chép sang năm \(model.year + 1)", "Clone into \(model.year + 1)") }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Sửa toàn bộ tệp YAML (quy tắc, mức xếp loại, cài đặt)", "Edit the whole YAML file (rules, bands, settings)") }
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

/// One criterion of the outline form, its fields named by code.
enum OutlineRow {
    static func node(_ context: PageContext, _ node: CriteriaNode, depth: Int) -> Node {
        .tr(.class("depth-\(depth)")) {
            Node.td { node.code }
            Node.td {
                Node.input(.type("text"), .name("title:\(node.code)"), .value(node.title.vi), .aria("label", context.t("Tên ", "Title ") + node.code), .size("50"))
                Node.input(.type("text"), .name("title_en:\(node.code)"), .value(node.title.en == node.title.vi ? "" : node.title.en),
                           .aria("label", context.t("Tên tiếng Anh ", "English title ") + node.code), .size("50"), .lang("en"))
            }
            Node.td(.class("num")) {
                Node.input(.type("text"), .inputmode("decimal"), .name("maximum:\(node.code)"), .value(node.maximum.formatted(.vi)),
                           .aria("label", context.t("Điểm tối đa ", "Maximum ") + node.code), .size("5"))
            }
            Node.td { node.rule.map { context.t($0.title) } ?? "" }
            Node.td {
                Node.textarea(.name("guidance:\(node.code)"), .rows("1"), .aria("label", context.t("Hướng dẫn ", "Guidance ") + node.code)) { node.guidance ?? "" }
                Node.textarea(.name("evidence:\(node.code)"), .rows("1"), .aria("label", context.t("Tài liệu kiểm chứng ", "Evidence ") + node.code)) { node.evidence ?? "" }
            }
        }
    }
}
