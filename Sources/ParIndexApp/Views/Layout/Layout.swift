import HTML
import Vapor
import ParIndexData

/// The one layout: a government-portal header with language, font-size and contrast controls,
/// the navigation for the user's role, the page's content, and a footer.
enum Layout {
    static func render(_ context: PageContext, title: String, wide: Bool = false, @NodeBuilder content: () -> [Node]) -> Response {
        let nodes = content()
        return render(context, title: title, wide: wide) { writer in
            for node in nodes { writer.node(node) }
        }
    }

    /// The same page around content written straight into the page's bytes (the large pages);
    /// `capacity` is a first guess at the page's size.
    static func render(_ context: PageContext, title: String, wide: Bool = false, capacity: Int = 32 * 1024,
                       writing content: (inout HTMLWriter) -> Void) -> Response {
        var writer = HTMLWriter(capacity: capacity)
        writer.document(language: context.language.rawValue) { writer in
            writer.element("head") { writer in
                for node in head(context, title: title) { writer.node(node) }
            }
            body(context, wide: wide, to: &writer, content: content)
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: writer.bytes)))
    }

    static func head(_ context: PageContext, title: String) -> [Node] {
        [
            .meta(.charset("utf-8")),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .title { title + " — ParIndex" },
            .link(.rel("stylesheet"), .href(Paths.styleSheet.href)),
            .script(.src(Paths.script.href), Attribute("defer", nil)),
        ]
    }

    static func body(_ context: PageContext, wide: Bool, to writer: inout HTMLWriter, content: (inout HTMLWriter) -> Void) {
        writer.element("body", .class(context.display.htmlClass)) { writer in
            writer.node(.a(.href("#main"), .class("skip")) { context.t("Bỏ qua đến nội dung chính", "Skip to main content") })
            writer.node(header(context))
            writer.element("main", .id("main"), .class(wide ? "wide" : "narrow")) { writer in
                if let notice = context.notice {
                    writer.node(.p(.class("notice notice-\(notice.kind.rawValue)"), .role(notice.kind == .error ? "alert" : "status")) { notice.text })
                }
                content(&writer)
            }
            writer.node(.footer(.class("site-footer")) {
                Node.p { context.t("ParIndex — Chỉ số cải cách hành chính. Mọi số liệu được tính, giải thích và kiểm tra.",
                                   "ParIndex — Administrative Reform Index. Every figure computed, explained and checked.") }
                if let visitors = context.portal?.visitorsToday {
                    Node.p(.id("visitors")) {
                        context.t("Số người xem hôm nay: ", "Visitors today: ") + FiguresText.count(visitors, context.language)
                    }
                }
            })
        }
    }

    static func header(_ context: PageContext) -> Node {
        .header(.class("site-header")) {
            Node.div(.class("brand")) {
                Node.a(.href(Paths.home.href)) { Node.strong { "ParIndex" } }
                Node.span(.class("tagline")) { context.t("Chỉ số cải cách hành chính", "Administrative Reform Index") }
            }
            displayControls(context)
            if context.portal != nil {
                Node.nav(.class("site-nav"), .aria("label", context.t("Điều hướng chính", "Main navigation"))) {
                    Node.a(.href(Paths.portal.href)) { context.t("Kết quả công khai", "Published results") }
                    Node.a(.href(Paths.login(back: nil).href)) { context.t("Đăng nhập", "Sign in") }
                }
            } else if let user = context.user {
                Node.nav(.class("site-nav"), .aria("label", context.t("Điều hướng chính", "Main navigation"))) {
                    for (href, label) in navigation(context, role: user.role) {
                        Node.a(.href(href)) { label }
                    }
                    Node.span(.class("who")) { user.name + " · " + context.t(user.role.title) }
                    Node.form(.method("post"), .action(Paths.logout.href), .class("inline")) {
                        CSRFField.node(context)
                        Node.button(.type("submit"), .id("logout")) { context.t("Đăng xuất", "Log out") }
                    }
                }
            }
        }
    }

    static func navigation(_ context: PageContext, role: User.Role) -> [(String, String)] {
        var links = [(Paths.home.href, context.t("Trang chính", "Home"))]
        switch role {
        case .administrator:
            links += [(Paths.appraisalQueue.href, context.t("Hồ sơ thẩm định", "Appraisal")),
                      (Paths.adminPeriods.href, context.t("Kỳ đánh giá", "Periods")),
                      (Paths.adminCriteriaSets.href, context.t("Bộ chỉ số", "Criteria sets")),
                      (Paths.surveys.href, context.t("Khảo sát", "Surveys")),
                      (Paths.adminUnits.href, context.t("Đơn vị", "Units")),
                      (Paths.adminUsers.href, context.t("Tài khoản", "Accounts"))]
        case .appraiser:
            links.append((Paths.appraisalQueue.href, context.t("Hồ sơ cần thẩm định", "Appraisal queue")))
            links.append((Paths.surveys.href, context.t("Khảo sát", "Surveys")))
        case .leader, .officer:
            if let unit = context.user?.unitID {
                links.append((Paths.evidenceLibrary(unit: unit).href, context.t("Kho tài liệu kiểm chứng", "Evidence library")))
            }
        }
        return links
    }

    /// A- A A+, contrast and language: plain links, so they work without JavaScript.
    static func displayControls(_ context: PageContext) -> Node {
        let back = context.currentPath
        func link(_ query: String, _ label: String, _ title: String, current: Bool) -> Node {
            .a(.href(Paths.preferences.href + "?" + query + "&back=" + Paths.encode(back)), .title(title),
               current ? .aria("current", "true") : nil) { label }
        }
        return .div(.class("display-controls"), .role("group"), .aria("label", context.t("Hiển thị", "Display"))) {
            link("size=small", "A-", context.t("Chữ nhỏ", "Smaller text"), current: context.display.size == .small)
            link("size=normal", "A", context.t("Chữ vừa", "Normal text"), current: context.display.size == .normal)
            link("size=large", "A+", context.t("Chữ lớn", "Larger text"), current: context.display.size == .large)
            link("contrast=" + (context.display.highContrast ? "normal" : "high"), "◐",
                 context.t("Độ tương phản cao", "High contrast"), current: context.display.highContrast)
            link("lang=vi", "VI", "Tiếng Việt", current: context.language == .vi)
            link("lang=en", "EN", "English", current: context.language == .en)
        }
    }
}

enum CSRFField {
    static func node(_ context: PageContext) -> Node {
        .input(.type("hidden"), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }

    static func write(_ writer: inout HTMLWriter, _ context: PageContext) {
        writer.void("input", .type("hidden"), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }
}
