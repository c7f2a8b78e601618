import HTML
import ParIndexCore
import ParIndexData

/// The ranking as provinces publish it: rank, unit, self-assessed, appraised, survey, total,
/// index, band, change since the previous year, what the appraisal removed, and each field's
/// component index. Ranked units first; the others after a heading row, with their state.
enum RankingTable {
    static let id = "ranking"

    struct Model {
        var rows: [PeriodResults.Row]
        var context: ResultsContext
        var order: ResultsOrder
        /// Where a unit's name leads: its assessment, or its public page on the portal.
        var unitLink: (PeriodResults.Row) -> String = { Paths.assessment($0.assessmentID).href }
        /// Builds a link to the page in another order.
        var link: (ResultsOrder) -> String
    }

    static func node(_ context: PageContext, model: Model) -> Node {
        let results = model.context.results
        let tree = results.tree
        let fields = tree.rootNodes
        let ranked = model.rows.filter { $0.rank != nil }
        let apart = model.rows.filter { $0.rank == nil }
        let columnCount = 11 + fields.count
        return .table(.class("list ranking"), .id(id)) {
            Node.caption { context.t("Bảng xếp hạng", "Ranking") + " — " + results.periodTitle }
            Node.thead {
                Node.tr {
                    heading(context, model, .rank, context.t("Hạng", "Rank"))
                    heading(context, model, .unit, context.t("Đơn vị", "Unit"))
                    Node.th(.scope("col")) { context.t("Trạng thái", "State") }
                    heading(context, model, .selfPoints, context.t("Tự chấm", "Self"))
                    heading(context, model, .appraised, context.t("Thẩm định", "Appraised"))
                    heading(context, model, .survey, context.t("ĐTXHH", "Survey"))
                    heading(context, model, .total, context.t("Tổng điểm", "Total"))
                    heading(context, model, .index, context.t("Chỉ số (%)", "Index (%)"))
                    Node.th(.scope("col")) { context.t("Xếp loại", "Band") }
                    heading(context, model, .change, context.t("So với năm trước", "Change since last year"))
                    heading(context, model, .removed, context.t("Thẩm định trừ", "Removed by appraisal"))
                    for (position, field) in fields.enumerated() {
                        heading(context, model, .field(position), tree.nodes[field].code, title: context.t(tree.nodes[field].definition.title))
                    }
                }
            }
            Node.tbody {
                for row in ranked { line(context, row, model: model) }
            }
            if !apart.isEmpty {
                Node.tbody(.class("apart")) {
                    Node.tr {
                        Node.th(.scope("rowgroup"), .colspan(String(columnCount))) {
                            context.t("Chưa xếp hạng: chưa có điểm cuối cùng, chưa đủ điểm hoặc không xếp hạng theo quyết định",
                                      "Not ranked: no final score yet, incomplete, or not ranked by decision")
                        }
                    }
                    for row in apart { line(context, row, model: model) }
                }
            }
        }
    }

    static func heading(_ context: PageContext, _ model: Model, _ column: ResultsOrder.Column, _ label: String, title: String? = nil) -> Node {
        let current = model.order.column == column
        let next = ResultsOrder(column: column, ascending: current ? !model.order.ascending : nil)
        let sort: String? = current ? (model.order.ascending ? "ascending" : "descending") : nil
        return .th(.scope("col"), .class(column == .unit ? "" : "num"), sort.map { .aria("sort", $0) }, title.map { .title($0) }) {
            Node.a(.href(model.link(next))) {
                label
                if current { Node.span(.aria("hidden", "true")) { model.order.ascending ? " ▲" : " ▼" } }
            }
        }
    }

    static func line(_ context: PageContext, _ row: PeriodResults.Row, model: Model) -> Node {
        let language = context.language
        let result = row.result
        let tree = model.context.results.tree
        return .tr(.id("unit-\(row.unitCode)")) {
            Node.td(.class("num")) { row.rank.map(String.init) ?? "—" }
            Node.th(.scope("row")) {
                Node.a(.href(model.unitLink(row))) { row.unitName }
            }
            Node.td {
                Node.span(.class("state state-\(row.state.rawValue)")) { context.t(row.state.title) }
                if !row.ranked { Node.span(.class("tag")) { context.t("không xếp hạng", "not ranked") } }
            }
            if result.standing == .notScored {
                Node.td(.class("num muted"), .colspan("4")) { FiguresText.notScored(context) }
            } else {
                Node.td(.class("num")) { result.selfPoints.formatted(language) }
                Node.td(.class("num")) { result.appraisedPoints?.formatted(language) ?? "—" }
                Node.td(.class("num")) { FiguresText.survey(context, result, tree: tree) }
                Node.td(.class("num")) {
                    result.standing == .complete ? result.total.formatted(language)
                        : result.scoredPoints.formatted(language) + " / " + result.scoredMaximum.formatted(language)
                }
            }
            Node.td(.class("num")) { FiguresText.index(context, result) }
            Node.td { FiguresText.band(context, result, tree: tree) }
            Node.td(.class("num")) { change(context, model.context.indexChange(of: row)) }
            Node.td(.class("num")) { result.removedByAppraisal == .zero ? "—" : result.removedByAppraisal.formatted(language) }
            for field in result.fields {
                Node.td(.class("num")) { field.isScored ? (field.index.map { $0.formatted(language) } ?? field.points.formatted(language)) : "—" }
            }
        }
    }

    /// "+2,15", "−0,40", "0" or a dash when there is nothing to compare.
    static func change(_ context: PageContext, _ value: FixedDecimal?) -> String {
        guard let value else { return "—" }
        if value.isZero { return "0" }
        let magnitude = FixedDecimal(units: abs(value.units), decimals: value.decimals).formatted(context.language)
        return (value.isNegative ? "−" : "+") + magnitude
    }
}
