import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// A published period for everyone: the summary, the distribution, the ranking (sortable,
/// filtered, paged) whose units lead to their public page, and the heat map. No state of the
/// workflow, no appraisers' reasons, no evidence.
enum PortalPeriodPage {
    struct Model {
        var context: ResultsContext
        var page: ListPage<PeriodResults.Row>
        var filter: ListFilter
        var order: ResultsOrder
        var choices: ListControls.Choices
        var path: String
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let results = model.context.results
        let title = results.periodTitle
        return Layout.render(context, title: title, wide: true) {
            Node.p(.class("breadcrumb")) { Node.a(.href(Paths.portal.href)) { context.t("Kết quả công khai", "Published results") } }
            Node.h1 { title }
            Node.p(.class("lead")) { results.criteriaSetTitle }
            Node.p(.class("no-print"), .id("downloads")) {
                Node.a(.href(Paths.portalResultsXLSX(results.periodID).href), .id("public-xlsx")) { context.t("Tải bảng xếp hạng (.xlsx)", "Download the ranking (.xlsx)") }
                " · "
                Node.a(.href(Paths.portalResultsCSV(results.periodID).href), .id("public-csv")) { context.t("Tải dữ liệu (.csv)", "Download the data (.csv)") }
            }
            SummarySection.node(context, results: results)
            IndexDistribution.node(context, indices: results.rows.compactMap { $0.rank == nil ? nil : $0.result.index },
                                   bands: results.compiled.set.bands)
            Node.section(.id("ranking-section")) {
                Node.h2 { context.t("Xếp hạng", "Ranking") }
                ListControls.filterForm(context, action: model.path, filter: model.filter, choices: model.choices)
                if model.page.rows.isEmpty {
                    Node.p(.class("empty")) { context.t("Không có đơn vị nào.", "No units.") }
                } else {
                    Node.div(.class("table-scroll")) {
                        RankingTable.node(context, model: RankingTable.Model(
                            rows: model.page.rows, context: model.context, order: model.order,
                            unitLink: { Paths.portalUnit(results.periodID, unit: $0.unitCode).href },
                            link: { ListFilter.link(model.path, model.filter.query + $0.query) }))
                    }
                }
                ListControls.pager(context, page: model.page.page, pageCount: model.page.pageCount, total: model.page.total) { page in
                    ListFilter.link(model.path, model.filter.query + model.order.query + [("page", String(page))])
                }
            }
            if !model.page.rows.isEmpty {
                Node.section(.id("heat-map-section")) {
                    Node.h2 { context.t("Bản đồ nhiệt theo lĩnh vực", "Heat map by field") }
                    Node.div(.class("table-scroll")) {
                        HeatMap.node(context, rows: model.page.rows, tree: results.tree,
                                     fields: results.tree.rootNodes.filter { results.tree.nodes[$0].kind != .deduction }, tableID: RankingTable.id)
                    }
                }
            }
        }
    }
}
