import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum AdminPeriodsPage {
    struct Model {
        var periods: [PeriodRow]
        var sets: [CriteriaSetRow]
        var groups: [UnitGroupRow]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Kỳ đánh giá", "Periods"), wide: true) {
            Node.h1 { context.t("Kỳ đánh giá", "Assessment periods") }
            Node.ul(.id("periods")) {
                for period in model.periods {
                    Node.li {
                        Node.a(.href(Paths.adminPeriod(period.id).href)) { period.title }
                        Node.span(.class("muted")) { period.open ? context.t(" · đang mở", " · open") : context.t(" · đã phê duyệt", " · approved") }
                    }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Mở kỳ đánh giá", "Open a period") }
                Node.form(.method("post"), .action(Paths.adminPeriods.href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("period-title")) { context.t("Tên kỳ", "Title") }
                    Node.input(.type("text"), .id("period-title"), .name("title"), .required)
                    Node.label(.for("period-set")) { context.t("Bộ chỉ số", "Criteria set") }
                    Node.select(.id("period-set"), .name("criteria_set")) {
                        for set in model.sets { Node.option(.value(set.id.uuidString)) { "\(set.title) (\(set.year))" } }
                    }
                    Node.label(.for("period-group")) { context.t("Nhóm đơn vị", "Unit group") }
                    Node.select(.id("period-group"), .name("unit_group")) {
                        for group in model.groups { Node.option(.value(group.id.uuidString)) { group.name } }
                    }
                    for (name, vi, en) in [("self_deadline", "Hạn tự đánh giá", "Self-assessment deadline"),
                                           ("explanation_deadline", "Hạn giải trình", "Explanation deadline"),
                                           ("appraisal_deadline", "Hạn thẩm định", "Appraisal deadline")] {
                        Node.label(.for("period-\(name)")) { context.t(vi, en) + " (dd/mm/yyyy)" }
                        Node.input(.type("text"), .id("period-\(name)"), .name(name))
                    }
                    Node.button(.type("submit"), .class("primary")) { context.t("Mở kỳ", "Open") }
                }
            }
        }
    }
}
