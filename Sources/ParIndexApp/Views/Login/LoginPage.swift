import HTML
import Vapor
import ParIndexData

enum LoginPage {
    struct Model {
        var back: String
        var username: String
        var error: String?
        /// A form typed before the session expired is waiting.
        var keptInput: Bool
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Đăng nhập", "Log in")) {
            Node.h1 { context.t("Đăng nhập", "Log in") }
            if model.keptInput {
                Node.p(.class("notice notice-info"), .role("status")) {
                    context.t("Phiên làm việc đã hết hạn. Dữ liệu bạn vừa nhập đã được giữ lại: hãy đăng nhập để kiểm tra và lưu.",
                              "Your session expired. What you typed was kept: log in to check and save it.")
                }
            }
            if let error = model.error {
                Node.p(.class("notice notice-error"), .role("alert"), .id("login-error")) { error }
            }
            Node.form(.method("post"), .action(Paths.login(back: nil).href), .class("card login")) {
                CSRFField.node(context)
                Node.input(.type("hidden"), .name("back"), .value(model.back))
                Node.label(.for("username")) { context.t("Tên đăng nhập", "Username") }
                Node.input(.type("text"), .id("username"), .name("username"), .value(model.username), .autocomplete("username"), .required, .autofocus)
                Node.label(.for("password")) { context.t("Mật khẩu", "Password") }
                Node.input(.type("password"), .id("password"), .name("password"), .autocomplete("current-password"), .required)
                Node.button(.type("submit"), .id("login-submit"), .class("primary")) { context.t("Đăng nhập", "Log in") }
            }
            Node.p {
                Node.a(.href(Paths.portal.href), .id("portal-link")) {
                    context.t("Xem kết quả đã công bố (không cần tài khoản)", "See the published results (no account needed)")
                }
            }
        }
    }
}
