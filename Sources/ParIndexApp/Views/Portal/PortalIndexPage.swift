import HTML
import Vapor
import ParIndexData

/// The portal's front page: every published period, newest year first.
enum PortalIndexPage {
    static func render(_ context: PageContext, periods: [Publication.Published]) -> Response {
        let title = context.t("Công khai kết quả Chỉ số cải cách hành chính", "Published Administrative Reform Index results")
        return Layout.render(context, title: title) {
            Node.h1 { title }
            Node.p(.class("lead")) {
                context.t("Kết quả đã được cơ quan có thẩm quyền phê duyệt và công bố: xếp hạng, điểm từng lĩnh vực và từng tiêu chí của mỗi đơn vị.",
                          "Results approved and published by the competent authority: the ranking, and each unit's points per field and per criterion.")
            }
            if periods.isEmpty {
                Node.p(.class("empty")) { context.t("Chưa có kết quả nào được công bố.", "No results have been published yet.") }
            } else {
                Node.ul(.class("period-list"), .id("published-periods")) {
                    for period in periods {
                        Node.li {
                            Node.a(.href(Paths.portalPeriod(period.id).href)) { period.title }
                            Node.span(.class("muted")) {
                                " · " + context.t("năm ", "year ") + String(period.year) + " · "
                                    + context.t("công bố ", "published ") + Publication.displayed(period.publishedAt)
                            }
                        }
                    }
                }
            }
        }
    }
}
