import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// A period's results: the summary (units per band, mean, median, lowest, highest, each field's
/// mean), the distribution of indices against the band cut-offs, the ranking (sortable, filtered,
/// paged), the heat map of the page's units × fields, and the criteria the appraisal lowered.
/// A unit's own people see the summary and their own row only.
enum ResultsPage {
    struct Model {
        var context: ResultsContext
        var scope: ResultsScope
        var page: ListPage<PeriodResults.Row>
        var filter: ListFilter
        var order: ResultsOrder
        var choices: ListControls.Choices
        var path: String
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let results = model.context.results
        let title = context.t("Kết quả", "Results") + " — " + results.periodTitle
        return Layout.render(context, title: title, wide: true) {
            Node.h1 { title }
            Node.p(.class("lead")) {
                results.criteriaSetTitle
                if results.rows.contains(where: \.isDemo) {
                    Node.span(.class("tag")) { context.t("dữ liệu minh họa", "demo data") }
                }
                if results.rows.contains(where: { !$0.state.isFinal }) {
                    Node.br()
                    Node.strong { context.t("Kết quả chưa cuối cùng: chỉ đơn vị đã thẩm định xong được xếp hạng.",
                                            "Results are not final: only units whose appraisal is over are ranked.") }
                }
            }
            Node.p(.class("no-print"), .id("downloads")) {
                Node.a(.href(Paths.resultsXLSX(results.periodID).href), .id("results-xlsx")) { context.t("Tải bảng xếp hạng (.xlsx)", "Download the ranking (.xlsx)") }
                " · "
                Node.a(.href(Paths.resultsCSV(results.periodID).href), .id("results-csv")) { context.t("Tải dữ liệu (.csv)", "Download the data (.csv)") }
            }
            SummarySection.node(context, results: results)
            if model.scope == .wholePeriod {
                IndexDistribution.node(context, indices: results.rows.compactMap { $0.rank == nil ? nil : $0.result.index },
                                       bands: results.compiled.set.bands)
            }
            Node.section(.id("ranking-section")) {
                Node.h2 { model.scope == .wholePeriod ? context.t("Xếp hạng", "Ranking") : context.t("Kết quả của đơn vị", "Your unit's result") }
                if model.scope == .wholePeriod {
                    ListControls.filterForm(context, action: model.path, filter: model.filter, choices: model.choices)
                }
                if model.page.rows.isEmpty {
                    Node.p(.class("empty")) { context.t("Không có đơn vị nào.", "No units.") }
                } else {
                    Node.div(.class("table-scroll")) {
                        RankingTable.node(context, model: RankingTable.Model(rows: model.page.rows, context: model.context, order: model.order) { order in
                            ListFilter.link(model.path, model.filter.query + order.query)
                        })
                    }
                }
                if model.scope == .wholePeriod {
                    ListControls.pager(context, page: model.page.page, pageCount: model.page.pageCount, total: model.page.total) { page in
                        ListFilter.link(model.path, model.filter.query + model.order.query + [("page", String(page))])
                    }
                }
            }
            if model.scope == .wholePeriod, !model.page.rows.isEmpty {
                Node.section(.id("heat-map-section")) {
                    Node.h2 { context.t("Bản đồ nhiệt theo lĩnh vực", "Heat map by field") }
                    Node.div(.class("table-scroll")) {
                        HeatMap.node(context, rows: model.page.rows, tree: results.tree,
                                     fields: results.tree.rootNodes.filter { results.tree.nodes[$0].kind != .deduction }, tableID: RankingTable.id)
                    }
                }
            }
            RiskList.node(context, context: model.context, limit: 15)
        }
    }
}

/// Units per band, the province's mean, median, lowest and highest index, and each field's mean.
enum SummarySection {
    static func node(_ context: PageContext, results: PeriodResults) -> Node {
        let summary = results.summary
        let tree = results.tree
        let language = context.language
        func figure(_ value: FixedDecimal?) -> String { value.map { $0.formatted(language) } ?? "—" }
        return .section(.class("card"), .id("summary")) {
            Node.h2 { context.t("Tổng hợp", "Summary") }
            Node.p {
                context.t("\(summary.rankedCount) đơn vị được xếp hạng trên \(results.rows.count) đơn vị của kỳ.",
                          "\(summary.rankedCount) of the period's \(results.rows.count) units are ranked.")
            }
            Node.dl(.class("figures")) {
                Node.dt { context.t("Chỉ số trung bình", "Mean index") }; Node.dd { figure(summary.mean) }
                Node.dt { context.t("Trung vị", "Median") }; Node.dd { figure(summary.median) }
                Node.dt { context.t("Thấp nhất", "Lowest") }; Node.dd { figure(summary.lowest) }
                Node.dt { context.t("Cao nhất", "Highest") }; Node.dd { figure(summary.highest) }
            }
            Node.table(.class("list compact"), .id("bands")) {
                Node.caption { context.t("Số đơn vị theo xếp loại", "Units per band") }
                Node.thead { Node.tr {
                    Node.th(.scope("col")) { context.t("Xếp loại", "Band") }
                    Node.th(.scope("col")) { context.t("Khoảng", "Range") }
                    Node.th(.scope("col"), .class("num")) { context.t("Số đơn vị", "Units") }
                } }
                Node.tbody {
                    for (band, count) in summary.bands {
                        Node.tr {
                            Node.th(.scope("row")) { context.t(band.label) }
                            Node.td { band.range.describe(language) }
                            Node.td(.class("num")) { String(count) }
                        }
                    }
                }
            }
            Node.table(.class("list compact"), .id("field-means")) {
                Node.caption { context.t("Bình quân theo lĩnh vực (đơn vị được xếp hạng)", "Field means (ranked units)") }
                Node.thead { Node.tr {
                    Node.th(.scope("col")) { context.t("Lĩnh vực", "Field") }
                    Node.th(.scope("col"), .class("num")) { context.t("Điểm bình quân", "Mean points") }
                    Node.th(.scope("col"), .class("num")) { context.t("Chỉ số bình quân (%)", "Mean index (%)") }
                    Node.th(.scope("col"), .class("num")) { context.t("Thấp nhất", "Lowest") }
                    Node.th(.scope("col"), .class("num")) { context.t("Cao nhất", "Highest") }
                } }
                Node.tbody {
                    for field in summary.fields {
                        let node = tree.nodes[field.node]
                        Node.tr {
                            Node.th(.scope("row")) { node.code + ". " + context.t(node.definition.title) }
                            Node.td(.class("num")) { field.meanPoints.map { $0.formatted(language) } ?? "—" }
                            Node.td(.class("num")) { figure(field.meanIndex) }
                            Node.td(.class("num")) { figure(field.lowestIndex) }
                            Node.td(.class("num")) { figure(field.highestIndex) }
                        }
                    }
                }
            }
        }
    }
}
