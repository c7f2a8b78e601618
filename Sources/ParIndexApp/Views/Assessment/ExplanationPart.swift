import HTML
import ParIndexCore
import ParIndexData

/// The appraiser's requests for explanation on a criterion and the unit's answers.
enum ExplanationPart {
    static func node(_ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) -> Node {
        guard !row.requests.isEmpty || row.permissions.requestExplanation else { return .empty }
        return .div(.class("explanation-part")) {
            Node.h4 { context.t("Giải trình", "Explanations") }
            for request in row.requests {
                Node.div(.class("request"), .id("request-\(request.id)")) {
                    Node.p { Node.strong { context.t("Yêu cầu: ", "Request: ") }; request.question }
                    if let answer = request.answer {
                        Node.p(.class("answer")) { Node.strong { context.t("Đơn vị giải trình: ", "Unit's answer: ") }; answer }
                    }
                    if row.permissions.answer {
                        Node.form(.method("post"), .action(Paths.answerExplanation(model.id, request: request.id).href), .class("answer-form")) {
                            CSRFField.node(context)
                            Node.label(.for("answer-\(request.id)")) { context.t("Nội dung giải trình", "Explanation") }
                            Node.textarea(.id("answer-\(request.id)"), .name("answer"), .rows("3")) { request.answer ?? "" }
                            Node.button(.type("submit"), .id("answer-submit-\(row.code)")) { context.t("Lưu giải trình", "Save explanation") }
                        }
                    }
                }
            }
            if row.permissions.requestExplanation {
                Node.form(.method("post"), .action(Paths.requestExplanation(model.id, code: row.code).href), .class("request-form")) {
                    CSRFField.node(context)
                    Node.label(.for("question-\(row.code)")) { context.t("Yêu cầu giải trình", "Request an explanation") }
                    Node.textarea(.id("question-\(row.code)"), .name("question"), .rows("2")) { "" }
                    Node.button(.type("submit"), .id("request-\(row.code)")) { context.t("Ghi yêu cầu", "Add request") }
                }
            }
        }
    }
}
