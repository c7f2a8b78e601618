import HTML
import ParIndexCore
import ParIndexData

/// The appraiser's requests for explanation on a criterion and the unit's answers.
enum ExplanationPart {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) {
        guard !row.requests.isEmpty || row.permissions.requestExplanation else { return }
        writer.element("div", .class("explanation-part")) { writer in
            writer.element("h4") { $0.text(context.t("Giải trình", "Explanations")) }
            for request in row.requests {
                writer.element("div", .class("request"), .id("request-\(request.id)")) { writer in
                    writer.element("p") { writer in
                        writer.element("strong") { $0.text(context.t("Yêu cầu: ", "Request: ")) }
                        writer.text(request.question)
                    }
                    if let answer = request.answer {
                        writer.element("p", .class("answer")) { writer in
                            writer.element("strong") { $0.text(context.t("Đơn vị giải trình: ", "Unit's answer: ")) }
                            writer.text(answer)
                        }
                    }
                    if row.permissions.answer {
                        writer.element("form", .method("post"), .action(Paths.answerExplanation(model.id, request: request.id).href), .class("answer-form")) { writer in
                            CSRFField.write(&writer, context)
                            writer.element("label", .for("answer-\(request.id)")) { $0.text(context.t("Nội dung giải trình", "Explanation")) }
                            writer.element("textarea", .id("answer-\(request.id)"), .name("answer"), .rows("3")) { $0.text(request.answer ?? "") }
                            writer.element("button", .type("submit"), .id("answer-submit-\(row.code)")) { $0.text(context.t("Lưu giải trình", "Save explanation")) }
                        }
                    }
                }
            }
            if row.permissions.requestExplanation {
                writer.element("form", .method("post"), .action(Paths.requestExplanation(model.id, code: row.code).href), .class("request-form")) { writer in
                    CSRFField.write(&writer, context)
                    writer.element("label", .for("question-\(row.code)")) { $0.text(context.t("Yêu cầu giải trình", "Request an explanation")) }
                    writer.element("textarea", .id("question-\(row.code)"), .name("question"), .rows("2"))
                    writer.element("button", .type("submit"), .id("request-\(row.code)")) { $0.text(context.t("Ghi yêu cầu", "Add request")) }
                }
            }
        }
    }
}
