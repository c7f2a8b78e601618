import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The questionnaire a respondent fills in from a unit's link: plain HTML that works without
/// JavaScript on a small phone; with it, the answers typed so far survive a reload
/// (`data-keep`, in the site script). Each question shows its own problem beside it.
enum SurveyFormPage {
    struct Model {
        var opened: SurveySubmissions.Opened
        /// Ties the form to the device's cookie, so another site cannot post it.
        var formToken: String
        var values: [String: [String]] = [:]
        var problems: [String: LocalizedText] = [:]
        var formError: LocalizedText?
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let questionnaire = model.opened.questionnaire
        let code = model.opened.link.code
        let title = context.t(questionnaire.title)
        return Layout.render(context, title: title) {
            Node.h1 { title }
            Node.p(.class("lead")) {
                context.t("Đơn vị: ", "Unit: ") + model.opened.unit.name + " · " + context.t(model.opened.campaign.targetGroup.title)
            }
            Node.p(.class("muted")) {
                context.t("Phiếu không hỏi họ tên hay thông tin cá nhân. Mỗi thiết bị gửi một lần. Câu có dấu * là bắt buộc.",
                          "No name or personal data is asked. Each device answers once. Questions marked * are required.")
            }
            if let error = model.formError {
                Node.p(.class("notice notice-error"), .role("alert"), .id("survey-error")) { context.t(error) }
            } else if !model.problems.isEmpty {
                Node.p(.class("notice notice-error"), .role("alert"), .id("survey-error")) {
                    context.t("Phiếu chưa được gửi: hãy xem lại các câu được đánh dấu bên dưới.", "Not sent yet: check the questions marked below.")
                }
            }
            Node.form(.method("post"), .action(Paths.surveyForm(code).href), .class("survey-form card"), .id("survey-form"), .data("keep", code)) {
                Node.input(.type("hidden"), .name("form_token"), .value(model.formToken))
                for section in questionnaire.sections {
                    Node.section(.class("survey-section")) {
                        Node.h2 { section.code + ". " + context.t(section.title) }
                        for question in section.questions { questionNode(context, question, model: model) }
                    }
                }
                Node.button(.type("submit"), .class("primary"), .id("survey-submit")) { context.t("Gửi phiếu", "Send") }
            }
        }
    }

    static func questionNode(_ context: PageContext, _ question: Question, model: Model) -> Node {
        questionNode(context, question, chosen: model.values[question.code] ?? [], problem: model.problems[question.code])
    }

    static func questionNode(_ context: PageContext, _ question: Question, chosen: [String], problem: LocalizedText?) -> Node {
        let name = SurveyFormBody.fieldName(question, option: nil)
        let id = "q-" + question.code
        let label = question.code + ". " + context.t(question.text) + (question.required ? " *" : "")
        let errorID = id + "-error"
        let describedBy: Attribute? = problem == nil ? nil : .aria("describedby", errorID)
        let errorNode: Node? = problem.map { problem in Node.p(.class("field-error"), .id(errorID)) { context.t(problem) } }
        if case let .shortText(maximumLength) = question.kind {
            return Node.div(.class("survey-question" + (problem == nil ? "" : " has-error")), .id(id)) {
                Node.label(.for(id + "-text")) { label }
                Node.textarea(.id(id + "-text"), .name(name), .rows("3"), .maxlength(String(maximumLength)), describedBy,
                              .flag("required", question.required)) { chosen.first ?? "" }
                if let errorNode { errorNode }
            }
        }
        let multiple: Bool
        if case .multipleChoice = question.kind { multiple = true } else { multiple = false }
        return Node.fieldset(.class("survey-question" + (problem == nil ? "" : " has-error")), .id(id), describedBy) {
            Node.legend { label }
            Node.div(.class(question.kind == .likert ? "choices likert" : "choices")) {
                for (index, option) in options(context, question).enumerated() {
                    Node.label(.class("choice")) {
                        Node.input(.type(multiple ? "checkbox" : "radio"), .name(SurveyFormBody.fieldName(question, option: option.key)),
                                   .value(multiple ? "1" : option.key), .id(id + "-" + String(index)),
                                   chosen.contains(option.key) ? .checked : nil,
                                   .flag("required", question.required && !multiple && index == 0))
                        Node.span { option.label }
                    }
                }
            }
            if let errorNode { errorNode }
        }
    }

    /// A closed question's choices, labelled in the page's language.
    static func options(_ context: PageContext, _ question: Question) -> [(key: String, label: String)] {
        switch question.kind {
        case .likert:
            let labels = [("Rất không hài lòng", "Very dissatisfied"), ("Không hài lòng", "Dissatisfied"), ("Bình thường", "Neutral"),
                          ("Hài lòng", "Satisfied"), ("Rất hài lòng", "Very satisfied")]
            return labels.enumerated().map { (key: String($0.offset + 1), label: String($0.offset + 1) + " — " + context.t($0.element.0, $0.element.1)) }
        case .yesNo:
            return [(key: "yes", label: context.t("Có", "Yes")), (key: "no", label: context.t("Không", "No"))]
        case let .singleChoice(options), let .multipleChoice(options):
            return options.map { (key: $0.key, label: context.t($0.label)) }
        case .shortText:
            return []
        }
    }
}

/// What a respondent sees once the answers are in, or when this device has answered already:
/// the half-filled answers kept on the device are forgotten (`data-forget`).
enum SurveyDonePage {
    static func render(_ context: PageContext, opened: SurveySubmissions.Opened, alreadyAnswered: Bool) -> Response {
        let title = alreadyAnswered ? context.t("Thiết bị này đã gửi phiếu", "This device has answered")
            : context.t("Cảm ơn ông/bà đã trả lời", "Thank you for answering")
        let response = Layout.render(context, title: title) {
            Node.h1 { title }
            Node.p(.id("survey-done"), .data("forget", opened.link.code)) {
                alreadyAnswered
                    ? context.t("Mỗi thiết bị chỉ gửi một phiếu cho đợt khảo sát «\(opened.campaign.title)». Cảm ơn ông/bà.",
                                "Each device answers the survey “\(opened.campaign.title)” once. Thank you.")
                    : context.t("Phiếu của ông/bà về \(opened.unit.name) đã được ghi nhận, không kèm thông tin cá nhân nào.",
                                "Your answers about \(opened.unit.name) were recorded, with no personal data.")
            }
        }
        if alreadyAnswered { response.status = .conflict }
        return response
    }
}
