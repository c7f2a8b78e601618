import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The quick form for paper questionnaires: the unit, then the questions as the respondent
/// ticked them. The unit stays chosen from one questionnaire to the next.
enum PaperEntryPage {
    struct Model {
        var campaign: SurveyCampaign
        var questionnaire: Questionnaire
        var units: [ParIndexData.Unit]
        var unitID: UUID?
        var values: [String: [String]]
        var problems: [String: LocalizedText]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let title = context.t("Nhập phiếu giấy", "Paper questionnaires")
        let campaignID = model.campaign.id ?? UUID()
        return Layout.render(context, title: title) {
            Node.h1 { title }
            Node.p(.class("lead")) {
                Node.a(.href(Paths.campaign(campaignID).href)) { model.campaign.title }
                " · " + context.t(model.questionnaire.title)
            }
            if model.units.isEmpty {
                Node.p(.class("empty")) { context.t("Bạn chưa được phân công đơn vị nào của đợt khảo sát này.", "You are assigned no unit of this campaign.") }
            } else {
                Node.form(.method("post"), .action(Paths.paperEntry(campaign: campaignID).href), .class("survey-form card"), .id("paper-form")) {
                    CSRFField.node(context)
                    Node.label(.for("paper-unit")) { context.t("Đơn vị", "Unit") }
                    Node.select(.id("paper-unit"), .name("unit_id"), .required) {
                        for unit in model.units {
                            if let id = unit.id { Node.option(.value(id.uuidString), model.unitID == id ? .selected : nil) { unit.name } }
                        }
                    }
                    for section in model.questionnaire.sections {
                        Node.section(.class("survey-section")) {
                            Node.h2 { section.code + ". " + context.t(section.title) }
                            for question in section.questions {
                                SurveyFormPage.questionNode(context, question, chosen: model.values[question.code] ?? [], problem: model.problems[question.code])
                            }
                        }
                    }
                    Node.button(.type("submit"), .class("primary"), .id("paper-submit")) { context.t("Lưu phiếu giấy", "Save the paper questionnaire") }
                }
            }
        }
    }
}
