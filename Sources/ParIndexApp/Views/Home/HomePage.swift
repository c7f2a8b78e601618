import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum HomePage {
    struct Model {
        var role: User.Role
        var assessments: [AssessmentSummary]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Trang chính", "Home"), wide: true) {
            Node.h1 { context.t("Xin chào", "Welcome") + ", " + (context.user?.name ?? "") }
            Node.p(.class("lead")) { intro(context, role: model.role) }
            AssessmentTable.node(context, rows: model.assessments)
        }
    }

    static func intro(_ context: PageContext, role: User.Role) -> String {
        switch role {
        case .officer: context.t("Chọn bản tự đánh giá để chấm điểm, gắn tài liệu kiểm chứng và giải trình.",
                                 "Open a self-assessment to score, attach evidence and explain.")
        case .leader: context.t("Xem lại bản tự đánh giá của đơn vị và gửi thẩm định.", "Review your unit's self-assessment and submit it.")
        case .appraiser: context.t("Các hồ sơ được phân công thẩm định.", "The assessments assigned to you.")
        case .administrator: context.t("Toàn bộ hồ sơ của các kỳ đánh giá.", "Every assessment of every period.")
        }
    }
}

/// The list of assessments used by the home page and the appraisal queue.
enum AssessmentTable {
    static func node(_ context: PageContext, rows: [AssessmentSummary]) -> Node {
        guard !rows.isEmpty else {
            return .p(.class("empty")) { context.t("Chưa có hồ sơ nào.", "No assessments yet.") }
        }
        return .table(.class("list"), .id("assessments")) {
            Node.thead {
                Node.tr {
                    Node.th(.scope("col")) { context.t("Đơn vị", "Unit") }
                    Node.th(.scope("col")) { context.t("Kỳ đánh giá", "Period") }
                    Node.th(.scope("col")) { context.t("Trạng thái", "State") }
                    Node.th(.scope("col"), .class("num")) { context.t("Tự chấm", "Self") }
                    Node.th(.scope("col"), .class("num")) { context.t("Thẩm định", "Appraised") }
                    Node.th(.scope("col"), .class("num")) { context.t("Chỉ số", "Index") }
                    Node.th(.scope("col")) { context.t("Xếp loại", "Band") }
                }
            }
            Node.tbody {
                for row in rows {
                    Node.tr {
                        Node.td {
                            Node.a(.href(Paths.assessment(row.id).href)) { row.unitName }
                            if row.isDemo { Node.span(.class("tag")) { context.t("dữ liệu minh họa", "demo data") } }
                        }
                        Node.td { row.periodTitle }
                        Node.td { Node.span(.class("state state-\(row.state.rawValue)")) { context.t(row.state.title) } }
                        Node.td(.class("num")) { row.selfTotal.formatted(context.language) }
                        Node.td(.class("num")) { row.appraisedTotal?.formatted(context.language) ?? "—" }
                        Node.td(.class("num")) { row.index.map { $0.formatted(context.language) } ?? "—" }
                        Node.td { row.bandLabel.map(context.t) ?? "—" }
                    }
                }
            }
        }
    }
}
