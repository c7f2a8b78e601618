import Foundation
import HTML
import Vapor
import ParIndexData

enum AdminCriteriaSetsPage {
    struct Model {
        var sets: [(id: UUID, title: String, year: Int)]
        var problems: [String]
        var yaml: String
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Bộ chỉ số", "Criteria sets"), wide: true) {
            Node.h1 { context.t("Bộ chỉ số", "Criteria sets") }
            Node.ul(.id("criteria-sets")) {
                for set in model.sets {
                    Node.li { Node.a(.href(Paths.adminCriteriaSet(set.id).href)) { "\(set.title) (\(set.year))" } }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Nhập bộ chỉ số (YAML)", "Import a criteria set (YAML)") }
                ProblemList.node(context, model.problems)
                Node.form(.method("post"), .action(Paths.adminCriteriaSets.href), .enctype("multipart/form-data"), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("set-file")) { context.t("Tệp YAML", "YAML file") }
                    Node.input(.type("file"), .id("set-file"), .name("file"), .accept(".yaml,.yml"))
                    Node.label(.for("set-yaml")) { context.t("hoặc dán nội dung", "or paste the text") }
                    Node.textarea(.id("set-yaml"), .name("yaml"), .rows("10"), .class("code-input")) { model.yaml }
                    Node.button(.type("submit"), .class("primary")) { context.t("Kiểm tra và nhập", "Check and import") }
                }
            }
        }
    }
}

enum ProblemList {
    static func node(_ context: PageContext, _ problems: [String]) -> Node {
        guard !problems.isEmpty else { return .empty }
        return .ul(.class("problems"), .role("alert"), .id("problems")) {
            for problem in problems { Node.li { problem } }
        }
    }
}
