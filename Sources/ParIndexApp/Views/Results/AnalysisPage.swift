import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// A unit's analysis for its steering committee: each field against the province, the criteria
/// where most points are lost (with the appraisers' reasons and the evidence each requires), and
/// the planner: pick a band or a total, see the fewest criteria that reach it.
enum AnalysisPage {
    struct Model {
        var id: UUID
        var unitName: String
        var periodTitle: String
        var state: AssessmentState
        var set: CriteriaSet
        var tree: ScoringTree
        var analysis: UnitAnalysis
        var history: UnitHistory?
        var target: PlanTarget?
        var plan: Plan?
        /// Why the asked target was refused (a band the set does not have, a total that is not a number).
        var planError: String?
        /// The total as typed, kept in the form when it was refused.
        var typedTotal = ""
        var reconcile: ReconcileForm
    }

    /// The reconciliation form as sent, and what the core made of it.
    struct ReconcileForm {
        var view: ScoreView = .selfAssessed
        var total = ""
        var index = ""
        var band = ""
        var fields = ""
        var reported: ReportedFigures?
        var outcome: Reconciliation?
        /// The field that was refused and why.
        var error: (field: String?, message: String)?
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let title = context.t("Phân tích điểm", "Analysis") + " — " + model.unitName
        let result = model.analysis.result
        return Layout.render(context, title: title, wide: true) {
            Node.h1 { title }
            Node.p(.class("lead")) {
                model.periodTitle + " · " + context.t(model.state.title) + " · "
                Node.strong(.id("figures")) {
                    FiguresText.summary(context, result, tree: model.tree, isFinal: model.state.isFinal, appraisalStarted: model.state.hasAppraisal)
                }
                if let rank = model.analysis.rank { " · " + context.t("hạng \(rank)", "rank \(rank)") }
            }
            Node.p(.class("no-print")) {
                Node.a(.href(Paths.assessment(model.id).href)) { "‹ " + context.t("Về hồ sơ", "Back to the assessment") }
                " · "
                Node.a(.href(Paths.meeting(model.id, field: nil).href), .id("meeting-link")) { context.t("Chế độ họp Ban chỉ đạo", "Committee meeting mode") }
                " · "
                Node.a(.href(Paths.minutes(model.id).href)) { context.t("Biên bản (phụ lục)", "Minutes' annex") }
            }
            fields(context, model)
            if let history = model.history, history.years.count > 1 { HistorySection.node(context, history) }
            losses(context, model)
            planner(context, model)
            ReconcileSection.node(context, model)
        }
    }

    static func fields(_ context: PageContext, _ model: Model) -> Node {
        let language = context.language
        func figure(_ value: FixedDecimal?) -> String { value.map { $0.formatted(language) } ?? "—" }
        return .section(.class("card"), .id("fields")) {
            Node.h2 { context.t("Theo lĩnh vực", "By field") }
            Node.table(.class("list")) {
                Node.thead { Node.tr {
                    Node.th(.scope("col")) { context.t("Lĩnh vực", "Field") }
                    Node.th(.scope("col"), .class("num")) { context.t("Điểm", "Points") }
                    Node.th(.scope("col"), .class("num")) { context.t("Tối đa", "Maximum") }
                    Node.th(.scope("col"), .class("num")) { context.t("Điểm bị mất", "Points lost") }
                    Node.th(.scope("col"), .class("num")) { context.t("Chỉ số thành phần (%)", "Component index (%)") }
                    Node.th(.scope("col"), .class("num")) { context.t("Hạng trong tỉnh", "Rank in the province") }
                    Node.th(.scope("col"), .class("num")) { context.t("Bình quân tỉnh (%)", "Province mean (%)") }
                } }
                Node.tbody {
                    for field in model.analysis.fields {
                        let node = model.tree.nodes[field.node]
                        Node.tr(.id("field-\(node.code)")) {
                            Node.th(.scope("row")) { node.code + ". " + context.t(node.definition.title) }
                            Node.td(.class("num")) { field.figures.isScored ? field.figures.points.formatted(language) : context.t("chưa chấm", "not scored") }
                            Node.td(.class("num")) { field.figures.maximum.formatted(language) }
                            Node.td(.class("num")) { field.figures.isScored ? (field.lost.map { $0.formatted(language) } ?? "—") : "—" }
                            Node.td(.class("num")) { field.figures.isScored ? figure(field.figures.index) : "—" }
                            Node.td(.class("num")) { field.rank.map { "\($0) / \(field.rankedCount)" } ?? "—" }
                            Node.td(.class("num")) { figure(field.provinceMean) }
                        }
                    }
                }
            }
        }
    }

    static func losses(_ context: PageContext, _ model: Model, limit: Int = 12) -> Node {
        let language = context.language
        return .section(.class("card"), .id("losses")) {
            Node.h2 { context.t("Tiêu chí bị mất nhiều điểm nhất", "Criteria losing the most points") }
            if model.analysis.losses.isEmpty {
                Node.p(.class("empty")) { context.t("Không mất điểm ở tiêu chí nào.", "No points lost anywhere.") }
            } else {
                Node.table(.class("list")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Tiêu chí", "Criterion") }
                        Node.th(.scope("col"), .class("num")) { context.t("Tự chấm", "Self") }
                        Node.th(.scope("col"), .class("num")) { context.t("Điểm hiện tại", "Current") }
                        Node.th(.scope("col"), .class("num")) { context.t("Tối đa", "Maximum") }
                        Node.th(.scope("col"), .class("num")) { context.t("Bị mất", "Lost") }
                        Node.th(.scope("col")) { context.t("Lý do thẩm định", "Appraiser's reason") }
                    } }
                    Node.tbody {
                        for loss in model.analysis.losses.prefix(limit) {
                            let node = model.tree.nodes[loss.node]
                            Node.tr {
                                Node.th(.scope("row")) { node.code + " " + context.t(node.definition.title) }
                                Node.td(.class("num")) { loss.selfPoints?.formatted(language) ?? "—" }
                                Node.td(.class("num")) { loss.points.formatted(language) }
                                Node.td(.class("num")) { loss.maximum.formatted(language) }
                                Node.td(.class("num")) { loss.lost.formatted(language) }
                                Node.td { loss.reason ?? "—" }
                            }
                        }
                    }
                }
            }
        }
    }

    static func planner(_ context: PageContext, _ model: Model) -> Node {
        let language = context.language
        let bandKey: String? = if case let .band(key)? = model.target { key } else { nil }
        let totalText: String = if case let .total(points)? = model.target { points.formatted(language) } else { model.typedTotal }
        return .section(.class("card"), .id("planner")) {
            Node.h2 { context.t("Kế hoạch nâng điểm", "Plan to raise the score") }
            Node.form(.method("get"), .action(Paths.assessmentAnalysis(model.id).href), .class("filters no-print")) {
                Node.label(.for("plan-band")) { context.t("Mức xếp loại mục tiêu", "Target band") }
                Node.select(.id("plan-band"), .name("band")) {
                    Node.option(.value("")) { "—" }
                    for band in model.set.bands {
                        Node.option(.value(band.key), .flag("selected", bandKey == band.key)) { context.t(band.label) + " (" + band.range.describe(language) + ")" }
                    }
                }
                Node.label(.for("plan-total")) { context.t("hoặc tổng điểm", "or a total") }
                Node.input(.type("text"), .id("plan-total"), .name("total"), .value(totalText), .inputmode("decimal"), .size("8"), .maxlength("12"),
                           model.planError.map { _ in .aria("describedby", "plan-error") })
                Node.button(.type("submit"), .id("plan-submit")) { context.t("Lập kế hoạch", "Plan") }
            }
            if let error = model.planError { Node.p(.class("problems"), .id("plan-error"), .role("alert")) { error } }
            if let plan = model.plan { planResult(context, model, plan) }
            bonusesOpen(context, model)
        }
    }

    static func planResult(_ context: PageContext, _ model: Model, _ plan: Plan) -> Node {
        let language = context.language
        return .div(.id("plan")) {
            switch (plan.required, plan.selection) {
            case (nil, _):
                Node.p(.class("problems")) { context.t("Mục tiêu không thể đạt được với bộ chỉ số này.", "The target cannot be reached with this criteria set.") }
            case (_, []?):
                Node.p { context.t("Đã đạt mục tiêu.", "The target is already reached.") }
            case let (required?, nil):
                Node.p(.class("problems")) {
                    context.t("Cần \(required.formatted(.vi)) điểm; kể cả đạt tối đa mọi tiêu chí còn thiếu điểm cũng không đủ.",
                              "Needs \(required.formatted(.en)) points; even every criterion at its maximum falls short.")
                }
            case let (required?, selection?):
                Node.p(.id("plan-summary")) {
                    context.t("Cần \(required.formatted(.vi)) điểm (thiếu \((plan.gap ?? .zero).formatted(.vi))): ít nhất \(selection.count) tiêu chí sau phải đạt tối đa.",
                              "Needs \(required.formatted(.en)) points (\((plan.gap ?? .zero).formatted(.en)) short): at least these \(selection.count) criteria at their maximum.")
                }
                Node.table(.class("list"), .id("plan-selection")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Tiêu chí", "Criterion") }
                        Node.th(.scope("col"), .class("num")) { context.t("Hiện tại", "Now") }
                        Node.th(.scope("col"), .class("num")) { context.t("Thêm được", "Gain") }
                        Node.th(.scope("col")) { context.t("Tài liệu kiểm chứng cần có", "Evidence required") }
                    } }
                    Node.tbody {
                        for candidate in selection {
                            let node = model.tree.nodes[model.tree.leafNodes[candidate.leafNumber]]
                            Node.tr {
                                Node.th(.scope("row")) {
                                    candidate.code + " " + context.t(candidate.title)
                                    if node.kind == .survey { Node.span(.class("tag")) { context.t("từ ĐTXHH", "from the survey") } }
                                }
                                Node.td(.class("num")) { candidate.current.formatted(language) + " / " + candidate.maximum.formatted(language) }
                                Node.td(.class("num")) { "+" + candidate.available.formatted(language) }
                                Node.td { node.definition.evidence ?? "—" }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Bonus criteria with points still open: initiatives a committee can look for.
    static func bonusesOpen(_ context: PageContext, _ model: Model) -> Node {
        let tree = model.tree
        let current = model.analysis.current
        let open = tree.leafNodes.enumerated().filter { leafNumber, node in
            tree.nodes[node].kind == .bonus && current.leafOutcomes[leafNumber].points < tree.nodes[node].maximum
        }
        return .div(.id("bonuses")) {
            if !open.isEmpty {
                Node.h3 { context.t("Tiêu chí điểm thưởng còn có thể đạt", "Bonus criteria still open") }
                Node.ul {
                    for (leafNumber, node) in open {
                        let flat = tree.nodes[node]
                        Node.li {
                            flat.code + " " + context.t(flat.definition.title) + ": "
                                + current.leafOutcomes[leafNumber].points.formatted(context.language) + " / " + flat.maximum.formatted(context.language)
                        }
                    }
                }
            }
        }
    }
}
