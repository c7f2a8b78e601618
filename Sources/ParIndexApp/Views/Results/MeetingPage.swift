import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The steering committee's meeting: one field per screen in large type (its points against the
/// maximum and the province, the criteria losing most points with the appraisers' reasons), the
/// causes and agreed actions typed during the meeting, and keys to move on (← →, or the links).
enum MeetingPage {
    struct Model {
        var id: UUID
        var unitName: String
        var periodTitle: String
        var tree: ScoringTree
        var analysis: UnitAnalysis
        /// 1-based position of the field shown, among the top-level nodes.
        var position: Int
        var notes: [String: CommitteeNote]
        var mayWrite: Bool
        var typed: Typed?
    }

    /// What was typed when a save was refused, and why: kept in the form.
    struct Typed {
        var causes: String
        var actions: String
        var field: String?
        var message: String
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let fields = model.analysis.fields
        let field = fields[model.position - 1]
        let node = model.tree.nodes[field.node]
        let language = context.language
        let title = context.t("Họp Ban chỉ đạo", "Steering committee meeting") + " — " + model.unitName
        return Layout.render(context, title: title, wide: true) {
            Node.div(.class("meeting"), .data("meeting", "1")) {
                Node.p(.class("muted")) {
                    model.periodTitle + " · " + context.t("Lĩnh vực \(model.position) / \(fields.count)", "Field \(model.position) of \(fields.count)")
                }
                Node.h1(.id("meeting-field")) { node.code + ". " + context.t(node.definition.title) }
                Node.p(.class("meeting-figures")) {
                    Node.strong { field.figures.isScored ? field.figures.points.formatted(language) : context.t("chưa chấm", "not scored") }
                    " / " + field.figures.maximum.formatted(language) + " " + context.t("điểm", "points")
                    if let lost = field.lost, field.figures.isScored { " · " + context.t("mất \(lost.formatted(.vi)) điểm", "\(lost.formatted(.en)) points lost") }
                    if let mean = field.provinceMean { " · " + context.t("bình quân tỉnh \(mean.formatted(.vi)) %", "province mean \(mean.formatted(.en)) %") }
                    if let rank = field.rank { " · " + context.t("hạng \(rank) / \(field.rankedCount)", "rank \(rank) of \(field.rankedCount)") }
                }
                losses(context, model, field: field.node)
                notesForm(context, model, code: node.code)
                Node.nav(.class("meeting-nav"), .aria("label", context.t("Chuyển lĩnh vực", "Move between fields"))) {
                    if model.position > 1 {
                        Node.a(.href(Paths.meeting(model.id, field: model.position - 1).href), .rel("prev"), .id("meeting-previous")) {
                            "‹ " + context.t("Lĩnh vực trước", "Previous field")
                        }
                    }
                    if model.position < fields.count {
                        Node.a(.href(Paths.meeting(model.id, field: model.position + 1).href), .rel("next"), .id("meeting-next")) {
                            context.t("Lĩnh vực sau", "Next field") + " ›"
                        }
                    }
                    Node.a(.href(Paths.minutes(model.id).href), .id("minutes-link")) { context.t("Biên bản (phụ lục, A4)", "Minutes' annex (A4)") }
                    Node.span(.class("muted")) { context.t("Phím ← → để chuyển lĩnh vực.", "Keys ← → move between fields.") }
                }
            }
        }
    }

    static func losses(_ context: PageContext, _ model: Model, field: Int) -> Node {
        let tree = model.tree
        let inField = model.analysis.losses.filter { loss in
            var node = loss.node
            while tree.nodes[node].parent >= 0 { node = tree.nodes[node].parent }
            return node == field
        }
        let language = context.language
        return .section(.id("meeting-losses")) {
            Node.h2 { context.t("Tiêu chí bị mất điểm", "Criteria losing points") }
            if inField.isEmpty {
                Node.p { context.t("Không mất điểm ở lĩnh vực này.", "No points lost in this field.") }
            } else {
                Node.ul {
                    for loss in inField.prefix(6) {
                        let node = tree.nodes[loss.node]
                        Node.li {
                            Node.strong { node.code }
                            " " + context.t(node.definition.title) + ": " + loss.points.formatted(language) + " / " + loss.maximum.formatted(language)
                            if let reason = loss.reason { Node.br(); Node.em { context.t("Lý do thẩm định: ", "Appraiser's reason: ") + reason } }
                        }
                    }
                }
            }
        }
    }

    static func notesForm(_ context: PageContext, _ model: Model, code: String) -> Node {
        let saved = model.notes[code]
        let causes = model.typed?.causes ?? saved?.causes ?? ""
        let actions = model.typed?.actions ?? saved?.actions ?? ""
        return .section(.id("meeting-notes")) {
            Node.h2 { context.t("Nguyên nhân và giải pháp", "Causes and actions") }
            if let typed = model.typed {
                Node.p(.class("problems"), .id("meeting-error"), .role("alert")) { typed.message }
            }
            if model.mayWrite {
                Node.form(.method("post"), .action(Paths.saveCommitteeNote(model.id, code: code).href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.input(.type("hidden"), .name("version"), .value(String(saved?.version ?? 0)))
                    Node.label(.for("meeting-causes")) { context.t("Nguyên nhân mất điểm", "Why points are lost") }
                    Node.textarea(.id("meeting-causes"), .name("causes"), .rows("4")) { causes }
                    Node.label(.for("meeting-actions")) { context.t("Giải pháp, nhiệm vụ đã thống nhất", "Actions agreed") }
                    Node.textarea(.id("meeting-actions"), .name("actions"), .rows("4")) { actions }
                    Node.button(.type("submit"), .class("primary"), .id("meeting-save")) { context.t("Lưu", "Save") }
                }
            } else {
                Node.dl {
                    Node.dt { context.t("Nguyên nhân", "Causes") }; Node.dd { causes.isEmpty ? "—" : causes }
                    Node.dt { context.t("Giải pháp", "Actions") }; Node.dd { actions.isEmpty ? "—" : actions }
                }
            }
        }
    }
}
