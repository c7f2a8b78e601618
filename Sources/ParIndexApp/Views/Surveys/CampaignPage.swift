import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// A campaign's page: the links to print, each unit's progress against the quota, the satisfied
/// share of each survey criterion and question with its 95 % interval and flags, and the
/// administrator's review of held answers, voiding and closing.
enum CampaignPage {
    struct Model {
        var results: CampaignResults
        var waiting: [SurveyResponse]
        var recent: [SurveyResponse]
        var today: CalendarDate
        var isAdministrator: Bool
        /// The limits this server applies (`PARINDEX_SURVEY_BURST`, `PARINDEX_SURVEY_LIMIT`).
        var limits: SurveySubmissions.Limits
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let results = model.results
        let campaign = results.campaign
        let state = campaign.state(today: model.today)
        let campaignID = campaign.id ?? UUID()
        return Layout.render(context, title: campaign.title, wide: true) {
            Node.h1 { campaign.title }
            Node.p(.class("lead"), .id("campaign-summary")) {
                context.t(results.questionnaire.title) + " · " + context.t(campaign.targetGroup.title) + " · " + results.periodTitle + " · "
                    + SurveysPage.dates(campaign) + " · " + context.t("chỉ tiêu ", "quota ") + String(campaign.quota) + context.t(" phiếu/đơn vị", " per unit")
            }
            Node.p(.id("campaign-state")) { Node.strong { context.t(state.title) } }
            Node.p(.class("no-print")) {
                if state != .closed {
                    Node.a(.href(Paths.paperEntry(campaign: campaignID).href), .id("paper-entry-link")) { context.t("Nhập phiếu giấy", "Enter paper questionnaires") }
                    " · "
                }
                context.t("Câu trả lời (ẩn danh): ", "Answers (anonymised): ")
                Node.a(.href(Paths.campaignAnswersXLSX(campaignID).href), .id("answers-xlsx")) { "Excel (.xlsx)" }
                " · "
                Node.a(.href(Paths.campaignAnswersCSV(campaignID).href), .id("answers-csv")) { "CSV" }
            }
            // A national campaign has thousands of units: its tables come 50 units a page.
            let pager = results.pageCount > 1
                ? ListControls.pager(context, page: results.page, pageCount: results.pageCount, total: results.unitCount) {
                    Paths.campaign(campaignID).href + "?page=\($0)"
                } : nil
            if let pager { pager }
            progress(context, results)
            criteria(context, results)
            questions(context, results)
            if let pager { pager }
            if model.isAdministrator {
                review(context, model)
                if state != .closed {
                    Node.section(.class("card"), .id("close-campaign")) {
                        Node.h2 { context.t("Khoá đợt khảo sát", "Close the campaign") }
                        Node.p {
                            context.t("Khi khoá: không nhận thêm phiếu, điểm khảo sát của các đơn vị được giữ nguyên, bộ đếm theo địa chỉ bị xoá.",
                                      "Once closed: no more answers, the units' survey points are frozen, the per-address counters are deleted.")
                        }
                        Node.form(.method("post"), .action(Paths.adminCloseCampaign(campaignID).href)) {
                            CSRFField.node(context)
                            Node.button(.type("submit"), .id("close-campaign-submit")) { context.t("Khoá đợt khảo sát", "Close the campaign") }
                        }
                    }
                }
            }
        }
    }

    static func progress(_ context: PageContext, _ results: CampaignResults) -> Node {
        let quota = results.campaign.quota
        return Node.section {
            Node.h2 { context.t("Tiến độ và đường dẫn", "Progress and links") }
            Node.div(.class("table-scroll")) {
                Node.table(.class("ranking survey-progress"), .id("progress")) {
                    Node.thead {
                        Node.tr {
                            Node.th(.scope("col")) { context.t("Đơn vị", "Unit") }
                            Node.th(.scope("col")) { context.t("Đường dẫn", "Link") }
                            Node.th(.scope("col")) { context.t("Phiếu được tính / chỉ tiêu", "Counted / quota") }
                            Node.th(.scope("col")) { context.t("Chờ xem xét", "Held") }
                            Node.th(.scope("col")) { context.t("Đã huỷ", "Voided") }
                            Node.th(.scope("col")) { context.t("Phiếu giấy", "Paper") }
                        }
                    }
                    Node.tbody {
                        for unit in results.units {
                            Node.tr(.id("progress-" + unit.code)) {
                                Node.th(.scope("row")) { unit.name }
                                Node.td {
                                    Node.a(.href(Paths.surveyForm(unit.linkCode).href)) { "/s/" + unit.linkCode }
                                    " · "
                                    Node.a(.href(Paths.surveyQR(unit.linkCode).href)) { "QR" }
                                    " · "
                                    Node.a(.href(Paths.surveyPoster(unit.linkCode).href)) { context.t("áp phích A4", "A4 poster") }
                                }
                                Node.td(.class("num")) {
                                    // Native bars: the page's CSP allows no inline style.
                                    Node.element(name: "progress", attributes: [.init("max", String(quota)), .init("value", String(min(unit.counted, quota))),
                                                                                .aria("hidden", "true")], children: [])
                                    " " + String(unit.counted) + " / " + String(quota)
                                }
                                Node.td(.class("num")) { String(unit.waiting) }
                                Node.td(.class("num")) { String(unit.voided) }
                                Node.td(.class("num")) { String(unit.paper) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func criteria(_ context: PageContext, _ results: CampaignResults) -> Node {
        let criteria = results.questionnaire.countedCriteria
        return Node.section {
            Node.h2 { context.t("Tỷ lệ hài lòng theo tiêu chí", "Satisfaction per criterion") }
            Node.p(.class("muted")) {
                context.t("n: số câu trả lời được tính; khoảng tin cậy 95 % theo Wilson.", "n: answers counted; 95 % Wilson interval.")
            }
            Node.div(.class("table-scroll")) {
                Node.table(.class("ranking survey-results"), .id("criteria-results")) {
                    Node.thead {
                        Node.tr {
                            Node.th(.scope("col")) { context.t("Đơn vị", "Unit") }
                            for criterion in criteria { Node.th(.scope("col")) { context.t("Tiêu chí ", "Criterion ") + criterion } }
                        }
                    }
                    Node.tbody {
                        for unit in results.units {
                            Node.tr {
                                Node.th(.scope("row")) { unit.name }
                                for criterion in criteria { tallyCell(context, unit.criteria[criterion] ?? SurveyTally(), results: results) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func questions(_ context: PageContext, _ results: CampaignResults) -> Node {
        let questions = results.countingQuestions
        return Node.details(.id("question-results")) {
            Node.summary { context.t("Tỷ lệ hài lòng theo từng câu hỏi", "Satisfaction per question") }
            Node.div(.class("table-scroll")) {
                Node.table(.class("ranking survey-results")) {
                    Node.thead {
                        Node.tr {
                            Node.th(.scope("col")) { context.t("Đơn vị", "Unit") }
                            for question in questions { Node.th(.scope("col"), .title(context.t(question.text))) { question.code } }
                        }
                    }
                    Node.tbody {
                        for unit in results.units {
                            Node.tr {
                                Node.th(.scope("row")) { unit.name }
                                for question in questions { tallyCell(context, unit.questions[question.code]?.tally ?? SurveyTally(), results: results) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// n, the share with its bar, the interval and the flags of one tally.
    static func tallyCell(_ context: PageContext, _ tally: SurveyTally, results: CampaignResults) -> Node {
        let flags = tally.flags(quota: results.campaign.quota)
        guard let share = tally.share(mode: results.rounding), let interval = tally.interval else {
            return Node.td(.class("num muted")) { "n = 0" }
        }
        return Node.td(.class("num")) {
            Node.element(name: "meter", attributes: [.init("min", "0"), .init("max", "100"), .init("value", share.formatted(.en)),
                                                     .aria("hidden", "true")], children: [])
            " " + share.formatted(context.language) + " %"
            Node.br()
            Node.small {
                "n = " + String(tally.answers) + " · " + interval.lower.formatted(context.language) + "–" + interval.upper.formatted(context.language) + " %"
            }
            for flag in flags where flag != .noAnswers {
                Node.br()
                Node.small(.class("flag flag-" + flag.rawValue)) { "⚠ " + context.t(flag.text) }
            }
        }
    }

    static func review(_ context: PageContext, _ model: Model) -> Node {
        Node.section(.class("card"), .id("held-answers")) {
            Node.h2 { context.t("Phiếu chờ xem xét", "Answers held for review") }
            Node.p(.class("muted")) {
                context.t("Phiếu gửi dồn dập từ cùng một địa chỉ (từ phiếu thứ \(model.limits.burstFrom) trong một phút) chưa được tính cho đến khi được xem xét; quá \(model.limits.mostPerMinute) phiếu một phút thì bị từ chối.",
                          "Answers sent in a burst from one address (answer number \(model.limits.burstFrom) within a minute and after) are not counted until reviewed; past \(model.limits.mostPerMinute) a minute they are refused.")
            }
            if model.waiting.isEmpty {
                Node.p(.class("empty")) { context.t("Không có phiếu nào chờ xem xét.", "No answer is held.") }
            } else {
                Node.ul {
                    for response in model.waiting {
                        if let id = response.id {
                            Node.li(.id("held-" + id.uuidString.lowercased())) {
                                id.uuidString.lowercased().prefix(8) + " · " + (CalendarDate(response.receivedOn)?.displayed ?? response.receivedOn) + " "
                                Node.form(.method("post"), .action(Paths.adminCountResponse(id).href), .class("inline")) {
                                    CSRFField.node(context)
                                    Node.button(.type("submit")) { context.t("Tính phiếu", "Count it") }
                                }
                                voidForm(context, id: id)
                            }
                        }
                    }
                }
            }
            Node.h3 { context.t("Phiếu đã tính gần đây", "Recently counted answers") }
            Node.p(.class("muted")) {
                context.t("Mã phiếu khớp cột response của tệp CSV câu trả lời. Phiếu đã huỷ không còn được tính; lý do được ghi vào nhật ký.",
                          "The id matches the answers' CSV (column response). A voided answer is no longer counted; the reason is logged.")
            }
            Node.ul(.id("recent-answers")) {
                for response in model.recent {
                    if let id = response.id {
                        Node.li {
                            id.uuidString.lowercased().prefix(8) + " · " + (CalendarDate(response.receivedOn)?.displayed ?? response.receivedOn)
                                + (response.source == .paper ? context.t(" · phiếu giấy ", " · paper ") : " ")
                            voidForm(context, id: id)
                        }
                    }
                }
            }
        }
    }

    static func voidForm(_ context: PageContext, id: UUID) -> Node {
        Node.form(.method("post"), .action(Paths.adminVoidResponse(id).href), .class("inline")) {
            CSRFField.node(context)
            Node.label(.for("void-reason-" + id.uuidString.lowercased())) { context.t("Lý do huỷ", "Reason") }
            Node.input(.type("text"), .id("void-reason-" + id.uuidString.lowercased()), .name("reason"), .required, .maxlength("500"))
            Node.button(.type("submit")) { context.t("Huỷ phiếu", "Void it") }
        }
    }
}
