import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// Questionnaires and campaigns: the lists for appraisers and the administrator, and the
/// administrator's forms to import a questionnaire and to open a campaign.
enum SurveysPage {
    struct Model {
        var questionnaires: [QuestionnaireRecord]
        /// One page of them (50), newest first.
        var campaigns: [SurveyCampaign]
        var campaignPage = 1
        var campaignPageCount = 1
        var campaignCount = 0
        var periods: [Period]
        var today: CalendarDate
        var isAdministrator: Bool
        var yaml: String
        var plan: SurveyCampaigns.Plan?
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let title = context.t("Khảo sát sự hài lòng", "Satisfaction surveys")
        let periodTitles = Dictionary(model.periods.compactMap { period in period.id.map { ($0, period.title) } }, uniquingKeysWith: { first, _ in first })
        return Layout.render(context, title: title, wide: true) {
            Node.h1 { title }
            Node.h2 { context.t("Đợt khảo sát", "Campaigns") }
            if model.campaigns.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có đợt khảo sát nào.", "No campaign yet.") }
            } else {
                Node.div(.class("table-scroll")) {
                    Node.table(.class("ranking"), .id("campaigns")) {
                        Node.thead {
                            Node.tr {
                                Node.th(.scope("col")) { context.t("Đợt khảo sát", "Campaign") }
                                Node.th(.scope("col")) { context.t("Kỳ đánh giá", "Period") }
                                Node.th(.scope("col")) { context.t("Đối tượng", "Target group") }
                                Node.th(.scope("col")) { context.t("Thời gian", "Dates") }
                                Node.th(.scope("col")) { context.t("Chỉ tiêu/đơn vị", "Quota per unit") }
                                Node.th(.scope("col")) { context.t("Trạng thái", "State") }
                            }
                        }
                        Node.tbody {
                            for campaign in model.campaigns {
                                Node.tr {
                                    Node.td { Node.a(.href(campaign.id.map { Paths.campaign($0).href } ?? "#")) { campaign.title } }
                                    Node.td { periodTitles[campaign.periodID] ?? "—" }
                                    Node.td { context.t(campaign.targetGroup.title) }
                                    Node.td { dates(campaign) }
                                    Node.td(.class("num")) { String(campaign.quota) }
                                    Node.td { context.t(campaign.state(today: model.today).title) }
                                }
                            }
                        }
                    }
                }
            }
            if model.campaignPageCount > 1 {
                ListControls.pager(context, page: model.campaignPage, pageCount: model.campaignPageCount, total: model.campaignCount) {
                    Paths.surveys.href + "?page=\($0)"
                }
            }
            if model.isAdministrator { campaignForm(context, model: model) }
            Node.h2 { context.t("Phiếu khảo sát", "Questionnaires") }
            if model.questionnaires.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có phiếu khảo sát nào.", "No questionnaire yet.") }
            } else {
                Node.ul(.id("questionnaires")) {
                    for questionnaire in model.questionnaires {
                        Node.li {
                            if model.isAdministrator, let id = questionnaire.id {
                                Node.a(.href(Paths.adminQuestionnaire(id).href)) { questionnaire.title }
                            } else {
                                questionnaire.title
                            }
                            " · " + questionnaire.key + " · " + String(questionnaire.year) + " · v" + String(questionnaire.version)
                            if model.isAdministrator, let id = questionnaire.id {
                                " · "
                                Node.a(.href(Paths.adminQuestionnaireYAML(id).href)) { context.t("Tải YAML", "Download YAML") }
                            }
                        }
                    }
                }
            }
            if model.isAdministrator {
                Node.section(.class("card")) {
                    Node.h2 { context.t("Nhập phiếu khảo sát (YAML)", "Import a questionnaire (YAML)") }
                    Node.p(.class("muted")) {
                        context.t("Định dạng: docs/questionnaire-format.md. Sửa phiếu đã dùng thì tăng «version».",
                                  "Format: docs/questionnaire-format.md. To change a questionnaire in use, raise its “version”.")
                    }
                    Node.form(.method("post"), .action(Paths.adminQuestionnaires.href), .enctype("multipart/form-data"), .class("stacked")) {
                        CSRFField.node(context)
                        Node.label(.for("questionnaire-file")) { context.t("Tệp YAML", "YAML file") }
                        Node.input(.type("file"), .id("questionnaire-file"), .name("file"), .accept(".yaml,.yml,text/yaml"))
                        Node.label(.for("questionnaire-yaml")) { context.t("hoặc dán nội dung", "or paste it") }
                        Node.textarea(.id("questionnaire-yaml"), .name("yaml"), .rows("8")) { model.yaml }
                        Node.button(.type("submit"), .class("primary"), .id("questionnaire-import")) { context.t("Nhập phiếu", "Import") }
                    }
                }
            }
        }
    }

    static func dates(_ campaign: SurveyCampaign) -> String {
        (CalendarDate(campaign.opensOn)?.displayed ?? campaign.opensOn) + " – " + (CalendarDate(campaign.closesOn)?.displayed ?? campaign.closesOn)
    }

    static func campaignForm(_ context: PageContext, model: Model) -> Node {
        let plan = model.plan
        return Node.section(.class("card")) {
            Node.h2 { context.t("Mở đợt khảo sát", "Open a campaign") }
            Node.form(.method("post"), .action(Paths.adminCampaigns.href), .class("stacked"), .id("campaign-form")) {
                CSRFField.node(context)
                Node.label(.for("campaign-title")) { context.t("Tên đợt", "Title") }
                Node.input(.type("text"), .id("campaign-title"), .name("title"), .value(plan?.title ?? ""), .required, .maxlength("500"))
                Node.label(.for("campaign-questionnaire")) { context.t("Phiếu khảo sát", "Questionnaire") }
                Node.select(.id("campaign-questionnaire"), .name("questionnaire_id")) {
                    for questionnaire in model.questionnaires {
                        if let id = questionnaire.id {
                            Node.option(.value(id.uuidString), plan?.questionnaireID == id ? .selected : nil) {
                                "\(questionnaire.title) (\(questionnaire.year), v\(questionnaire.version))"
                            }
                        }
                    }
                }
                Node.label(.for("campaign-period")) { context.t("Kỳ đánh giá", "Period") }
                Node.select(.id("campaign-period"), .name("period_id")) {
                    for period in model.periods {
                        if let id = period.id {
                            Node.option(.value(id.uuidString), plan?.periodID == id ? .selected : nil) { period.title }
                        }
                    }
                }
                Node.label(.for("campaign-group")) { context.t("Đối tượng", "Target group") }
                Node.select(.id("campaign-group"), .name("target_group")) {
                    for group in SurveyTargetGroup.allCases {
                        Node.option(.value(group.rawValue), plan?.targetGroup == group.rawValue ? .selected : nil) { context.t(group.title) }
                    }
                }
                Node.label(.for("campaign-opens")) { context.t("Ngày bắt đầu (dd/mm/yyyy)", "First day (dd/mm/yyyy)") }
                Node.input(.type("text"), .id("campaign-opens"), .name("opens_on"), .value(plan?.opensOn ?? ""), .required)
                Node.label(.for("campaign-closes")) { context.t("Ngày kết thúc (dd/mm/yyyy)", "Last day (dd/mm/yyyy)") }
                Node.input(.type("text"), .id("campaign-closes"), .name("closes_on"), .value(plan?.closesOn ?? ""), .required)
                Node.label(.for("campaign-quota")) { context.t("Chỉ tiêu số phiếu mỗi đơn vị", "Quota of answers per unit") }
                Node.input(.type("number"), .id("campaign-quota"), .name("quota"), .min("1"), .value(plan?.quota ?? "30"), .required)
                Node.button(.type("submit"), .class("primary"), .id("campaign-create")) { context.t("Mở đợt khảo sát", "Open the campaign") }
            }
        }
    }
}
