import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum AdminPeriodPage {
    struct Model {
        var period: PeriodRow
        var list: AssessmentTable.Model
        var units: [UnitRow]
        var appraisers: [UserRow]
        var assignments: [(unit: String, appraiser: String)]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let id = model.period.id
        return Layout.render(context, title: model.period.title, wide: true) {
            Node.h1 { model.period.title }
            Node.p {
                for (label, value) in [(context.t("Hạn tự đánh giá", "Self-assessment due"), model.period.selfDeadline),
                                       (context.t("Hạn giải trình", "Explanations due"), model.period.explanationDeadline),
                                       (context.t("Hạn thẩm định", "Appraisal due"), model.period.appraisalDeadline)] {
                    Node.span(.class("deadline")) { label + ": " + (value.flatMap(CalendarDate.init)?.displayed ?? "—") }
                }
            }
            Node.p { Node.a(.href(Paths.periodResults(id).href), .class("button")) { context.t("Kết quả và xếp hạng của kỳ", "The period's results and ranking") } }
            AssessmentTable.node(context, model: model.list)
            if model.period.open {
                Node.form(.method("post"), .action(Paths.adminApprove(period: id).href), .class("inline")) {
                    CSRFField.node(context)
                    Node.button(.type("submit"), .class("primary"), .id("approve-period")) { context.t("Phê duyệt kết quả của kỳ", "Approve the period's results") }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Phân công thẩm định", "Appraiser assignments") }
                Node.ul(.id("assignments")) {
                    for assignment in model.assignments { Node.li { assignment.unit + " — " + assignment.appraiser } }
                }
                Node.form(.method("post"), .action(Paths.adminAssignments(period: id).href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("assign-unit")) { context.t("Đơn vị", "Unit") }
                    Node.select(.id("assign-unit"), .name("unit")) {
                        for unit in model.units { Node.option(.value(unit.id.uuidString)) { unit.name } }
                    }
                    Node.label(.for("assign-user")) { context.t("Thẩm định viên", "Appraiser") }
                    Node.select(.id("assign-user"), .name("appraiser")) {
                        for user in model.appraisers { Node.option(.value(user.id.uuidString)) { user.displayName } }
                    }
                    Node.button(.type("submit")) { context.t("Phân công", "Assign") }
                }
            }
        }
    }
}
