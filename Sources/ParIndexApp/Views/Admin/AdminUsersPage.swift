import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum AdminUsersPage {
    struct Model {
        var users: [UserRow]
        var units: [UnitRow]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let unitNames = Dictionary(uniqueKeysWithValues: model.units.map { ($0.id, $0.name) })
        return Layout.render(context, title: context.t("Tài khoản", "Accounts"), wide: true) {
            Node.h1 { context.t("Tài khoản", "Accounts") }
            Node.table(.class("list"), .id("users")) {
                Node.thead { Node.tr {
                    Node.th { context.t("Tên đăng nhập", "Username") }; Node.th { context.t("Họ tên", "Name") }
                    Node.th { context.t("Vai trò", "Role") }; Node.th { context.t("Đơn vị", "Unit") }
                    Node.th { context.t("Trạng thái", "Status") }
                } }
                Node.tbody {
                    for user in model.users {
                        Node.tr {
                            Node.td { user.username }
                            Node.td { user.displayName }
                            Node.td { context.t(user.role.title) }
                            Node.td { user.unitID.flatMap { unitNames[$0] } ?? "—" }
                            Node.td {
                                user.active ? context.t("Đang hoạt động ", "Active ") : context.t("Đã khóa ", "Deactivated ")
                                Node.form(.method("post"), .action(Paths.adminUserActive(user.id).href), .class("inline")) {
                                    CSRFField.node(context)
                                    Node.input(.type("hidden"), .name("active"), .value(user.active ? "0" : "1"))
                                    Node.button(.type("submit"), .class("link-button"), .id("active-\(user.username)")) {
                                        user.active ? context.t("Khóa", "Deactivate") : context.t("Mở lại", "Reactivate")
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Tạo tài khoản cá nhân", "Create a personal account") }
                Node.form(.method("post"), .action(Paths.adminUsers.href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("new-username")) { context.t("Tên đăng nhập", "Username") }
                    Node.input(.type("text"), .id("new-username"), .name("username"), .required, .autocomplete("off"))
                    Node.label(.for("new-name")) { context.t("Họ tên", "Full name") }
                    Node.input(.type("text"), .id("new-name"), .name("display_name"), .required)
                    Node.label(.for("new-password")) { context.t("Mật khẩu (ít nhất 10 ký tự)", "Password (10 characters or more)") }
                    Node.input(.type("password"), .id("new-password"), .name("password"), .required, .autocomplete("new-password"))
                    Node.label(.for("new-role")) { context.t("Vai trò", "Role") }
                    Node.select(.id("new-role"), .name("role")) {
                        for role in User.Role.allCases { Node.option(.value(role.rawValue)) { context.t(role.title) } }
                    }
                    Node.label(.for("new-unit")) { context.t("Đơn vị (cho cán bộ, lãnh đạo đơn vị)", "Unit (for unit roles)") }
                    AdminUnitsPage.unitSelect(context, id: "new-unit", name: "unit", units: model.units)
                    Node.button(.type("submit"), .class("primary")) { context.t("Tạo", "Create") }
                }
            }
        }
    }
}
