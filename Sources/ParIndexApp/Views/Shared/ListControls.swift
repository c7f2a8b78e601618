import Foundation
import HTML
import ParIndexCore
import ParIndexData

/// The filter form above a list (period, state, band, name) and the pager below it. Both work
/// without JavaScript: the form is a GET, the pager plain links that keep the filter.
enum ListControls {
    struct Choices {
        var periods: [(id: UUID, title: String)]
        var states: [AssessmentState]
        /// Band keys and labels of the listed periods' sets.
        var bands: [(key: String, label: LocalizedText)]
    }

    static func filterForm(_ context: PageContext, action: String, filter: ListFilter, choices: Choices) -> Node {
        .form(.method("get"), .action(action), .class("filters"), .role("search"), .aria("label", context.t("Lọc danh sách", "Filter the list"))) {
            if !choices.periods.isEmpty {
                Node.label(.for("filter-period")) { context.t("Kỳ đánh giá", "Period") }
                Node.select(.id("filter-period"), .name("period")) {
                    Node.option(.value("")) { context.t("Tất cả", "All") }
                    for period in choices.periods {
                        Node.option(.value(period.id.uuidString), .flag("selected", filter.period == period.id)) { period.title }
                    }
                }
            }
            if !choices.states.isEmpty {
                Node.label(.for("filter-state")) { context.t("Trạng thái", "State") }
                Node.select(.id("filter-state"), .name("state")) {
                    Node.option(.value("")) { context.t("Tất cả", "All") }
                    for state in choices.states {
                        Node.option(.value(state.rawValue), .flag("selected", filter.states == [state])) { context.t(state.title) }
                    }
                }
            }
            if !choices.bands.isEmpty {
                Node.label(.for("filter-band")) { context.t("Xếp loại", "Band") }
                Node.select(.id("filter-band"), .name("band")) {
                    Node.option(.value("")) { context.t("Tất cả", "All") }
                    for band in choices.bands {
                        Node.option(.value(band.key), .flag("selected", filter.band == band.key)) { context.t(band.label) }
                    }
                    Node.option(.value(ListFilter.noBand), .flag("selected", filter.band == ListFilter.noBand)) {
                        context.t("Chưa xếp loại", "No band yet")
                    }
                }
            }
            Node.label(.for("filter-name")) { context.t("Tên hoặc mã đơn vị", "Unit name or code") }
            Node.input(.type("search"), .id("filter-name"), .name("q"), .value(filter.name ?? ""), .maxlength("100"))
            Node.button(.type("submit")) { context.t("Lọc", "Filter") }
        }
    }

    /// "Trang 2 / 7 · 312 hồ sơ" with links to the previous and next pages.
    static func pager(_ context: PageContext, page: Int, pageCount: Int, total: Int, link: (Int) -> String) -> Node {
        .nav(.class("pager"), .aria("label", context.t("Phân trang", "Pages"))) {
            if page > 1 {
                Node.a(.href(link(page - 1)), .rel("prev")) { "‹ " + context.t("Trang trước", "Previous") }
            }
            Node.span(.class("pager-position")) {
                context.t("Trang \(page) / \(pageCount) · \(total) dòng", "Page \(page) of \(pageCount) · \(total) rows")
            }
            if page < pageCount {
                Node.a(.href(link(page + 1)), .rel("next")) { context.t("Trang sau", "Next") + " ›" }
            }
        }
    }
}

extension ListFilter {
    /// The filter as a query string (without `?`), for links that keep it.
    var query: [(String, String)] {
        var items: [(String, String)] = []
        if let period { items.append(("period", period.uuidString)) }
        if let states, states.count == 1, let state = states.first { items.append(("state", state.rawValue)) }
        if let band { items.append(("band", band)) }
        if let name, !name.isEmpty { items.append(("q", name)) }
        return items
    }

    static func link(_ path: String, _ items: [(String, String)]) -> String {
        items.isEmpty ? path : path + "?" + items.map { $0.0 + "=" + Paths.encode($0.1) }.joined(separator: "&")
    }
}
