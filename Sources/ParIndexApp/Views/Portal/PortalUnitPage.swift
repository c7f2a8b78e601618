import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// One unit's published result: rank, total, index, band and the change since the previous
/// published year; per field its points, index and rank; per criterion the maximum, the unit's
/// own points and the final points. No evidence, explanations or officials' names.
enum PortalUnitPage {
    struct Model {
        var context: ResultsContext
        var row: PeriodResults.Row
        var scores: UnitScores
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let results = model.context.results
        let row = model.row
        let result = row.result
        let language = context.language
        let tree = results.tree
        return Layout.render(context, title: row.unitName + " — " + results.periodTitle, wide: true) {
            Node.p(.class("breadcrumb")) {
                Node.a(.href(Paths.portal.href)) { context.t("Kết quả công khai", "Published results") }
                " › "
                Node.a(.href(Paths.portalPeriod(results.periodID).href)) { results.periodTitle }
            }
            Node.h1 { row.unitName }
            Node.p(.class("lead")) { results.periodTitle + " · " + results.criteriaSetTitle }
            Node.dl(.class("figures"), .id("unit-figures")) {
                Node.dt { context.t("Xếp hạng", "Rank") }
                Node.dd { row.rank.map { "\($0) / \(results.summary.rankedCount)" } ?? context.t("không xếp hạng", "not ranked") }
                Node.dt { context.t("Tổng điểm", "Total") }
                Node.dd { result.total.formatted(language) + " / " + result.maximum.formatted(language) }
                Node.dt { context.t("Chỉ số (%)", "Index (%)") }
                Node.dd { FiguresText.index(context, result) }
                Node.dt { context.t("Xếp loại", "Band") }
                Node.dd { FiguresText.band(context, result, tree: tree) }
                Node.dt { context.t("So với năm trước", "Change since last year") }
                Node.dd { RankingTable.change(context, model.context.indexChange(of: row)) }
            }
            fieldTable(context, model)
            criteriaTable(context, model)
        }
    }

    static func fieldTable(_ context: PageContext, _ model: Model) -> Node {
        let tree = model.context.results.tree
        let language = context.language
        return .table(.class("list"), .id("unit-fields")) {
            Node.caption { context.t("Điểm theo lĩnh vực", "Points per field") }
            Node.thead { Node.tr {
                Node.th(.scope("col")) { context.t("Lĩnh vực", "Field") }
                Node.th(.scope("col"), .class("num")) { context.t("Điểm tối đa", "Maximum") }
                Node.th(.scope("col"), .class("num")) { context.t("Điểm đạt", "Points") }
                Node.th(.scope("col"), .class("num")) { context.t("Chỉ số thành phần (%)", "Component index (%)") }
                Node.th(.scope("col"), .class("num")) { context.t("Hạng theo lĩnh vực", "Rank on the field") }
            } }
            Node.tbody {
                for (position, field) in model.row.result.fields.enumerated() {
                    let node = tree.nodes[field.node]
                    Node.tr {
                        Node.th(.scope("row")) { node.code + ". " + context.t(node.definition.title) }
                        Node.td(.class("num")) { field.maximum.formatted(language) }
                        Node.td(.class("num")) { field.isScored ? field.points.formatted(language) : "—" }
                        Node.td(.class("num")) { field.index.map { $0.formatted(language) } ?? "—" }
                        Node.td(.class("num")) { model.row.figures.fieldRanks[position].map(String.init) ?? "—" }
                    }
                }
            }
        }
    }

    /// Every node of the set in its order, indented by depth: maximum, own points, final points.
    static func criteriaTable(_ context: PageContext, _ model: Model) -> Node {
        let tree = model.context.results.tree
        let language = context.language
        let own = model.scores.own
        let current = model.scores.current
        return .table(.class("list criteria-points"), .id("unit-criteria")) {
            Node.caption { context.t("Điểm từng tiêu chí", "Points per criterion") }
            Node.thead { Node.tr {
                Node.th(.scope("col")) { context.t("Mã", "Code") }
                Node.th(.scope("col")) { context.t("Lĩnh vực / tiêu chí / tiêu chí thành phần", "Field / criterion / sub-criterion") }
                Node.th(.scope("col"), .class("num")) { context.t("Điểm tối đa", "Maximum") }
                Node.th(.scope("col"), .class("num")) { context.t("Tự đánh giá", "Self-assessed") }
                Node.th(.scope("col"), .class("num")) { context.t("Điểm cuối cùng", "Final points") }
            } }
            Node.tbody {
                for (index, node) in tree.nodes.enumerated() {
                    Node.tr(.class("depth-\(min(node.depth, 3))")) {
                        Node.td { node.code }
                        Node.th(.scope("row")) { context.t(node.definition.title) }
                        Node.td(.class("num")) { current.nodeMaximum[index].formatted(language) }
                        Node.td(.class("num")) { node.kind == .survey || own.scoredLeaves[index] == 0 ? "—" : own.nodePoints[index].formatted(language) }
                        Node.td(.class("num")) { current.scoredLeaves[index] == 0 ? "—" : current.nodePoints[index].formatted(language) }
                    }
                }
            }
        }
    }
}
