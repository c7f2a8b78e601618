import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// One questionnaire as respondents meet it — sections, questions, what each accepts and which
/// answers count as satisfied toward which criterion — with the campaigns that use it, and the
/// administrator's two ways to build on it: its next version edited here, and next year's copy.
enum QuestionnairePage {
    struct Model {
        var id: UUID
        var questionnaire: Questionnaire
        var campaigns: [SurveyCampaign]
        var today: CalendarDate
        /// The YAML of the next version: the saved one's, `version` raised; or what was sent.
        var draft: String
        var nextVersion: Int
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let questionnaire = model.questionnaire
        let title = context.t(questionnaire.title)
        return Layout.render(context, title: title, wide: true) {
            Node.p(.class("no-print")) { Node.a(.href(Paths.surveys.href)) { "‹ " + context.t("Khảo sát sự hài lòng", "Satisfaction surveys") } }
            Node.h1 { title }
            Node.p(.class("lead"), .id("questionnaire-summary")) {
                questionnaire.key + " · " + context.t("năm ", "year ") + String(questionnaire.year) + " · " + context.t("phiên bản ", "version ")
                    + String(questionnaire.version) + " · " + questionnaire.targetGroups.map { context.t($0.title) }.joined(separator: ", ")
            }
            Node.p(.class("no-print")) {
                Node.a(.href(Paths.adminQuestionnaireYAML(model.id).href), .id("questionnaire-yaml-link")) { context.t("Tải YAML", "Download YAML") }
            }
            campaigns(context, model)
            for section in questionnaire.sections { self.section(context, section) }
            editing(context, model)
        }
    }

    static func campaigns(_ context: PageContext, _ model: Model) -> Node {
        Node.section(.id("questionnaire-campaigns")) {
            Node.h2 { context.t("Đợt khảo sát dùng phiếu này", "Campaigns using it") }
            if model.campaigns.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có đợt khảo sát nào dùng phiếu này.", "No campaign uses it yet.") }
            } else {
                Node.ul {
                    for campaign in model.campaigns {
                        Node.li {
                            Node.a(.href(campaign.id.map { Paths.campaign($0).href } ?? "#")) { campaign.title }
                            " · " + SurveysPage.dates(campaign) + " · " + context.t(campaign.state(today: model.today).title)
                        }
                    }
                }
            }
        }
    }

    static func section(_ context: PageContext, _ section: Questionnaire.Section) -> Node {
        Node.section(.class("questionnaire-section"), .id("section-" + section.code)) {
            Node.h2 { section.code + ". " + context.t(section.title) }
            Node.div(.class("table-scroll")) {
                Node.table(.class("list")) {
                    Node.thead {
                        Node.tr {
                            Node.th(.scope("col")) { context.t("Mã", "Code") }
                            Node.th(.scope("col")) { context.t("Câu hỏi", "Question") }
                            Node.th(.scope("col")) { context.t("Cách trả lời", "Answer") }
                            Node.th(.scope("col")) { context.t("Tính điểm", "Counts toward") }
                        }
                    }
                    Node.tbody {
                        for question in section.questions {
                            Node.tr(.id("question-" + question.code)) {
                                Node.th(.scope("row")) { question.code }
                                Node.td {
                                    context.t(question.text)
                                    if !question.required { Node.span(.class("muted")) { context.t(" (không bắt buộc)", " (optional)") } }
                                }
                                Node.td { answer(context, question.kind) }
                                Node.td { counting(context, question) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func answer(_ context: PageContext, _ kind: Question.Kind) -> Node {
        switch kind {
        case .likert: .text(context.t("Thang 1–5 (1: rất không hài lòng, 5: rất hài lòng)", "Scale 1–5 (1: very dissatisfied, 5: very satisfied)"))
        case .yesNo: .text(context.t("Có / Không", "Yes / No"))
        case let .shortText(maximumLength): .text(context.t("Trả lời ngắn, tối đa \(maximumLength) ký tự", "Short text, at most \(maximumLength) characters"))
        case let .singleChoice(options), let .multipleChoice(options):
            .fragment {
                kind.name == "single_choice" ? context.t("Chọn một:", "One of:") : context.t("Chọn một hoặc nhiều:", "One or more of:")
                Node.ul(.class("compact")) {
                    for option in options { Node.li { context.t(option.label) + " (" + option.key + ")" } }
                }
            }
        }
    }

    static func counting(_ context: PageContext, _ question: Question) -> String {
        guard let counts = question.counts else { return "—" }
        let satisfied = question.kind.answerKeys.filter { counts.satisfied.contains($0) }
        return context.t("Tiêu chí ", "Criterion ") + counts.criterion + context.t(" — hài lòng khi: ", " — satisfied when: ") + satisfied.joined(separator: ", ")
    }

    static func editing(_ context: PageContext, _ model: Model) -> Node {
        let year = model.questionnaire.year
        return Node.section(.class("card no-print"), .id("questionnaire-edit")) {
            Node.h2 { context.t("Sửa thành phiên bản mới", "Edit into a new version") }
            Node.p(.class("muted")) {
                context.t("Phiếu đã lưu không thay đổi (có thể đang được trả lời). Bản sửa được kiểm tra rồi lưu thành phiên bản \(model.nextVersion); định dạng: docs/questionnaire-format.md.",
                          "A saved questionnaire never changes (it may be being answered). The edit is checked, then saved as version \(model.nextVersion); format: docs/questionnaire-format.md.")
            }
            Node.form(.method("post"), .action(Paths.adminQuestionnaire(model.id).href), .class("stacked")) {
                CSRFField.node(context)
                Node.label(.for("questionnaire-draft")) { "YAML" }
                Node.textarea(.id("questionnaire-draft"), .name("yaml"), .rows("30"), .class("code-input")) { model.draft }
                Node.button(.type("submit"), .class("primary"), .id("save-questionnaire-version")) {
                    context.t("Kiểm tra và lưu phiên bản \(model.nextVersion)", "Check and save version \(model.nextVersion)")
                }
            }
            Node.form(.method("post"), .action(Paths.adminCloneQuestionnaire(model.id).href), .class("inline")) {
                CSRFField.node(context)
                Node.button(.type("submit"), .id("clone-questionnaire")) { context.t("Sao chép sang năm \(year + 1)", "Copy into \(year + 1)") }
            }
        }
    }
}
