import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// The A4 poster for a one-stop desk: the unit, the invitation, the QR code and the short link to
/// type by hand. Printed from the browser; nothing but the poster is on the page.
enum SurveyPosterPage {
    static func render(_ context: PageContext, opened: SurveySubmissions.Opened, link: String) -> Response {
        let title = context.t("Khảo sát sự hài lòng", "Satisfaction survey")
        return Layout.render(context, title: title) {
            Node.article(.class("survey-poster"), .id("survey-poster")) {
                Node.p(.class("poster-unit")) { opened.unit.name }
                Node.h1 { context.t("Mời ông/bà cho biết mức độ hài lòng", "Tell us how satisfied you are") }
                Node.p(.class("lead")) { context.t(opened.questionnaire.title) }
                Node.img(.src(Paths.surveyQR(opened.link.code).href), .alt(context.t("Mã QR dẫn tới phiếu khảo sát", "QR code to the survey")),
                         .width("320"), .height("320"), .class("poster-qr"))
                Node.p(.class("poster-link"), .id("poster-link")) { link }
                Node.p {
                    context.t("Quét mã bằng điện thoại hoặc gõ đường dẫn trên. Không cần tài khoản, không hỏi thông tin cá nhân. Hạn trả lời: ",
                              "Scan the code or type the link. No account, no personal data. Open until ")
                        + (CalendarDate(opened.campaign.closesOn)?.displayed ?? opened.campaign.closesOn) + "."
                }
                Node.p(.class("no-print")) {
                    Node.button(.type("button"), .data("print", "")) { context.t("In áp phích (A4)", "Print the poster (A4)") }
                }
            }
        }
    }
}
