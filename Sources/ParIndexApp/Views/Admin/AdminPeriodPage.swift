import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum AdminPeriodPage {
    struct Model {
        var period: PeriodRow
        var list: AssessmentTable.Model
        /// Each assessment of the period with its unit's name and whether it is ranked.
        var ranking: [(id: UUID, unit: String, ranked: Bool)]
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
            publicationSection(context, model.period)
            rankingSection(context, model)
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

    /// Publishing the approved results on the public portal, or withdrawing them (with a reason).
    static func publicationSection(_ context: PageContext, _ period: PeriodRow) -> Node {
        .section(.class("card"), .id("publication")) {
            Node.h2 { context.t("Công khai kết quả", "Publication") }
            if let stamp = period.publishedAt {
                Node.p {
                    context.t("Kết quả đã được công bố lúc ", "Published on ") + Publication.displayed(stamp) + ". "
                    Node.a(.href(Paths.portalPeriod(period.id).href)) { context.t("Xem trang công khai", "See the public page") }
                }
                Node.form(.method("post"), .action(Paths.adminWithdraw(period: period.id).href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("withdraw-reason")) { context.t("Lý do thu hồi", "Reason for withdrawing") }
                    Node.input(.type("text"), .id("withdraw-reason"), .name("reason"), .required, .maxlength("500"))
                    Node.button(.type("submit"), .id("withdraw-publication")) { context.t("Thu hồi công bố", "Withdraw the publication") }
                }
            } else if period.open {
                Node.p { context.t("Chỉ công bố được kết quả đã phê duyệt. Trước khi công bố, không ai xem được kết quả của kỳ mà không đăng nhập.",
                                   "Only approved results can be published. Until then, nothing of the period is visible without signing in.") }
            } else {
                Node.p { context.t("Kết quả đã phê duyệt, chưa công bố. Khi công bố, mọi người xem được bảng xếp hạng, điểm từng lĩnh vực và tiêu chí của từng đơn vị — không có tài liệu kiểm chứng, giải trình hay tên cán bộ.",
                                   "Approved, not published. Once published, anyone can read the ranking and each unit's points per field and criterion — no evidence, explanations or officials' names.") }
                Node.form(.method("post"), .action(Paths.adminPublish(period: period.id).href), .class("inline")) {
                    CSRFField.node(context)
                    Node.button(.type("submit"), .class("primary"), .id("publish-period")) { context.t("Công bố kết quả", "Publish the results") }
                }
            }
        }
    }

    /// Units kept out of the ranking (scored, listed apart), and the form that decides it.
    static func rankingSection(_ context: PageContext, _ model: Model) -> Node {
        let excluded = model.ranking.filter { !$0.ranked }
        return .section(.class("card"), .id("ranking-exclusions")) {
            Node.h2 { context.t("Đơn vị không xếp hạng", "Units not ranked") }
            if excluded.isEmpty {
                Node.p(.class("muted")) { context.t("Mọi đơn vị đều được xếp hạng.", "Every unit is ranked.") }
            } else {
                Node.ul {
                    for row in excluded {
                        Node.li {
                            row.unit + " "
                            Node.form(.method("post"), .action(Paths.adminRanking(period: model.period.id).href), .class("inline")) {
                                CSRFField.node(context)
                                Node.input(.type("hidden"), .name("assessment"), .value(row.id.uuidString))
                                Node.input(.type("hidden"), .name("ranked"), .value("1"))
                                Node.button(.type("submit")) { context.t("Xếp hạng lại", "Rank again") }
                            }
                        }
                    }
                }
            }
            let ranked = model.ranking.filter(\.ranked)
            if !ranked.isEmpty {
                Node.form(.method("post"), .action(Paths.adminRanking(period: model.period.id).href), .class("stacked"), .id("exclude-form")) {
                    CSRFField.node(context)
                    Node.input(.type("hidden"), .name("ranked"), .value("0"))
                    Node.label(.for("exclude-unit")) { context.t("Đơn vị", "Unit") }
                    Node.select(.id("exclude-unit"), .name("assessment"), .aria("describedby", "exclude-note")) {
                        for row in ranked { Node.option(.value(row.id.uuidString)) { row.unit } }
                    }
                    Node.label(.for("exclude-reason")) { context.t("Lý do (bắt buộc)", "Reason (required)") }
                    Node.input(.type("text"), .id("exclude-reason"), .name("reason"), .maxlength("500"), .flag("required", true))
                    Node.p(.class("muted"), .id("exclude-note")) {
                        context.t("Đơn vị vẫn được chấm điểm và được liệt kê riêng.", "The unit is still scored, and listed apart.")
                    }
                    Node.button(.type("submit")) { context.t("Không xếp hạng đơn vị này", "Keep this unit out of the ranking") }
                }
            }
        }
    }
}
