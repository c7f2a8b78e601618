import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum HomePage {
    struct Model {
        var role: User.Role
        var list: AssessmentTable.Model
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Trang chính", "Home"), wide: true) {
            Node.h1 { context.t("Xin chào", "Welcome") + ", " + (context.user?.name ?? "") }
            Node.p(.class("lead")) { intro(context, role: model.role) }
            if !model.list.choices.periods.isEmpty {
                Node.nav(.class("card"), .id("results-links"), .aria("label", context.t("Kết quả các kỳ", "Results of each period"))) {
                    Node.h2 { context.t("Kết quả và xếp hạng", "Results and ranking") }
                    Node.ul {
                        for period in model.list.choices.periods {
                            Node.li { Node.a(.href(Paths.periodResults(period.id).href)) { period.title } }
                        }
                    }
                }
            }
            Node.h2 { context.t("Hồ sơ đánh giá", "Assessments") }
            AssessmentTable.node(context, model: model.list)
        }
    }

    static func intro(_ context: PageContext, role: User.Role) -> String {
        switch role {
        case .officer: context.t("Chọn bản tự đánh giá để chấm điểm, gắn tài liệu kiểm chứng và giải trình.",
                                 "Open a self-assessment to score, attach evidence and explain.")
        case .leader: context.t("Xem lại bản tự đánh giá của đơn vị và gửi thẩm định.", "Review your unit's self-assessment and submit it.")
        case .appraiser: context.t("Các hồ sơ được phân công thẩm định.", "The assessments assigned to you.")
        case .administrator: context.t("Hồ sơ của các kỳ đánh giá.", "The assessments of each period.")
        }
    }
}
