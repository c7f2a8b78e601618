import HTML
import ParIndexCore
import ParIndexData

/// The list of assessments of the home page, the appraisal queue and the period page: filters,
/// one page of rows with figures that say what is not final, and the pager.
enum AssessmentTable {
    struct Model {
        var page: ListPage<AssessmentSummary>
        var filter: ListFilter
        var choices: ListControls.Choices
        /// The list's own path, which the filter form and the pager link to.
        var path: String
        var showsPeriod = true
    }

    static func node(_ context: PageContext, model: Model) -> Node {
        .group([
            ListControls.filterForm(context, action: model.path, filter: model.filter, choices: model.choices),
            table(context, rows: model.page.rows, showsPeriod: model.showsPeriod),
            ListControls.pager(context, page: model.page.page, pageCount: model.page.pageCount, total: model.page.total) { page in
                ListFilter.link(model.path, model.filter.query + [("page", String(page))])
            },
        ])
    }

    static func table(_ context: PageContext, rows: [AssessmentSummary], showsPeriod: Bool) -> Node {
        guard !rows.isEmpty else {
            return .p(.class("empty")) { context.t("Không có hồ sơ nào.", "No assessments.") }
        }
        let language = context.language
        return .table(.class("list"), .id("assessments")) {
            Node.thead {
                Node.tr {
                    Node.th(.scope("col")) { context.t("Đơn vị", "Unit") }
                    if showsPeriod { Node.th(.scope("col")) { context.t("Kỳ đánh giá", "Period") } }
                    Node.th(.scope("col")) { context.t("Trạng thái", "State") }
                    Node.th(.scope("col"), .class("num")) { context.t("Tự chấm", "Self") }
                    Node.th(.scope("col"), .class("num")) { context.t("Thẩm định", "Appraised") }
                    Node.th(.scope("col"), .class("num")) { Node.abbr(.title(context.t("Điều tra xã hội học", "Sociological survey"))) { context.t("ĐTXHH", "Survey") } }
                    Node.th(.scope("col"), .class("num")) { context.t("Tổng điểm", "Total") }
                    Node.th(.scope("col"), .class("num")) { context.t("Chỉ số (%)", "Index (%)") }
                    Node.th(.scope("col")) { context.t("Xếp loại", "Band") }
                }
            }
            Node.tbody {
                for row in rows {
                    let result = row.result
                    Node.tr {
                        Node.td {
                            Node.a(.href(Paths.assessment(row.id).href)) { row.unitName }
                            if row.isDemo { Node.span(.class("tag")) { context.t("dữ liệu minh họa", "demo data") } }
                        }
                        if showsPeriod { Node.td { row.periodTitle } }
                        Node.td { Node.span(.class("state state-\(row.state.rawValue)")) { context.t(row.state.title) } }
                        if result.standing == .notScored {
                            Node.td(.class("num muted"), .colspan("4")) { FiguresText.notScored(context) }
                        } else {
                            Node.td(.class("num")) { result.selfPoints.formatted(language) }
                            Node.td(.class("num")) { result.appraisedPoints?.formatted(language) ?? "—" }
                            Node.td(.class("num")) { FiguresText.survey(context, result, tree: row.tree) }
                            Node.td(.class("num")) {
                                result.standing == .complete
                                    ? result.total.formatted(language) + " / " + result.maximum.formatted(language)
                                    : result.scoredPoints.formatted(language) + " / " + result.scoredMaximum.formatted(language)
                            }
                        }
                        Node.td(.class("num")) { FiguresText.index(context, result) }
                        Node.td {
                            FiguresText.band(context, result, tree: row.tree)
                            if result.standing == .complete, !row.isFinal {
                                " "
                                Node.span(.class("tag")) { context.t("tạm tính", "provisional") }
                            }
                        }
                    }
                }
            }
        }
    }
}
