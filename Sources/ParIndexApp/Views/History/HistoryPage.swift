import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The audit history of one criterion: who changed what, when, from what to what, and why.
enum HistoryPage {
    struct Model {
        var assessmentID: UUID
        var unitName: String
        var code: String
        var title: LocalizedText
        var events: [Event]
    }

    struct Event {
        var at: Date
        var who: String
        var subject: AuditSubject
        var old: String?
        var new: String?
        var reason: String?
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Lịch sử ", "History of ") + model.code, wide: true) {
            Node.p { Node.a(.href(Paths.assessment(model.assessmentID).href + "#c-" + model.code)) { "← " + model.unitName } }
            Node.h1 { model.code + " " + context.t(model.title) }
            if model.events.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có thay đổi nào.", "No changes yet.") }
            } else {
                Node.table(.class("list"), .id("history")) {
                    Node.thead { Node.tr {
                        Node.th { context.t("Thời điểm", "When") }; Node.th { context.t("Người thực hiện", "Who") }
                        Node.th { context.t("Nội dung", "What") }; Node.th { context.t("Trước", "Before") }
                        Node.th { context.t("Sau", "After") }; Node.th { context.t("Lý do", "Reason") }
                    } }
                    Node.tbody {
                        for event in model.events {
                            Node.tr {
                                Node.td { DateText.dateTime(event.at) }
                                Node.td { event.who }
                                Node.td { subjectTitle(context, event.subject) }
                                Node.td { event.old ?? "—" }
                                Node.td { event.new ?? "—" }
                                Node.td { event.reason ?? "" }
                            }
                        }
                    }
                }
            }
        }
    }

    static func subjectTitle(_ context: PageContext, _ subject: AuditSubject) -> String {
        switch subject {
        case .selfEntry: context.t("Tự chấm", "Self-score")
        case .appraisalEntry: context.t("Thẩm định", "Appraisal")
        case .surveyEntry: context.t("Điểm khảo sát", "Survey points")
        case .evidenceLink: context.t("Tài liệu kiểm chứng", "Evidence")
        case .explanation: context.t("Giải trình", "Explanation")
        case .state: context.t("Trạng thái", "State")
        case .report: context.t("Báo cáo", "Report")
        case .criteriaSet: context.t("Bộ chỉ số", "Criteria set")
        case .account: context.t("Tài khoản", "Account")
        case .unit: context.t("Đơn vị", "Unit")
        case .period: context.t("Kỳ đánh giá", "Period")
        case .ranking: context.t("Xếp hạng", "Ranking")
        case .committee: context.t("Ban chỉ đạo rà soát", "Steering committee")
        case .publication: context.t("Công khai kết quả", "Publication")
        case .signedSheet: context.t("Bảng điểm đã ký", "Signed score sheet")
        case .survey: context.t("Khảo sát", "Survey")
        }
    }
}
