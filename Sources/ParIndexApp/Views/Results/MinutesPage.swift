import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The minutes' annex (phụ lục biên bản) on A4: each field's points against its maximum, the
/// causes and the actions the committee agreed, and the signatures.
enum MinutesPage {
    struct Model {
        var id: UUID
        var unitName: String
        var periodTitle: String
        var tree: ScoringTree
        var analysis: UnitAnalysis
        var notes: [String: CommitteeNote]
        var today: CalendarDate
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let language = context.language
        let result = model.analysis.result
        return Layout.render(context, title: context.t("Phụ lục biên bản họp Ban chỉ đạo", "Minutes' annex"), wide: true) {
            Node.div(.class("minutes")) {
                Node.p(.class("no-print")) {
                    Node.a(.href(Paths.meeting(model.id, field: nil).href)) { "‹ " + context.t("Về cuộc họp", "Back to the meeting") }
                    " · "
                    Node.button(.type("button"), .data("print", "1"), .id("print-minutes")) { context.t("In", "Print") }
                }
                Node.h1 { context.t("PHỤ LỤC BIÊN BẢN HỌP BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "ANNEX TO THE MINUTES OF THE PAR STEERING COMMITTEE") }
                Node.p { model.unitName + " — " + model.periodTitle }
                Node.p {
                    context.t("Điểm tự đánh giá: ", "Self-assessed points: ") + result.selfPoints.formatted(language)
                        + " / " + result.scoredMaximum.formatted(language)
                }
                Node.table(.class("list"), .id("minutes-table")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { "STT" }
                        Node.th(.scope("col")) { context.t("Lĩnh vực", "Field") }
                        Node.th(.scope("col"), .class("num")) { context.t("Điểm / tối đa", "Points / maximum") }
                        Node.th(.scope("col")) { context.t("Nguyên nhân", "Causes") }
                        Node.th(.scope("col")) { context.t("Giải pháp, nhiệm vụ", "Actions") }
                    } }
                    Node.tbody {
                        for (position, field) in model.analysis.fields.enumerated() {
                            let node = model.tree.nodes[field.node]
                            let note = model.notes[node.code]
                            Node.tr {
                                Node.td { String(position + 1) }
                                Node.th(.scope("row")) { node.code + ". " + context.t(node.definition.title) }
                                Node.td(.class("num")) {
                                    (field.figures.isScored ? field.figures.points.formatted(language) : "—") + " / " + field.figures.maximum.formatted(language)
                                }
                                Node.td(.class("pre-line")) { note?.causes ?? "" }
                                Node.td(.class("pre-line")) { note?.actions ?? "" }
                            }
                        }
                    }
                }
                Node.div(.class("signatures")) {
                    Node.div {
                        Node.p { Node.strong { context.t("THƯ KÝ", "SECRETARY") } }
                    }
                    Node.div {
                        Node.p { Node.em { context.t("Ngày \(model.today.displayed)", "Date \(model.today.displayed)") } }
                        Node.p { Node.strong { context.t("TRƯỞNG BAN CHỈ ĐẠO", "CHAIR OF THE COMMITTEE") } }
                    }
                }
            }
        }
    }
}
