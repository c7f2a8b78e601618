import HTML
import Vapor
import ParIndexData

/// Turns an error into what the caller can read: JSON `{error, message, field}` under /api,
/// otherwise a page in the user's language. Unexpected errors are logged and shown without detail.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            // Nothing may escape from here: Vapor closes the connection without an answer when a
            // responder fails, so every error becomes a response, however it was caused.
            if error is RouteNotFound, let allow = request.application.allowedMethods?.refusal(for: request) {
                return Self.response(status: .methodNotAllowed, message: Self.methodNotAllowed, field: nil, for: request,
                                     headers: [("Allow", allow)])
            }
            let (status, message) = Self.describe(error, request: request)
            if status == .internalServerError { request.logger.report(error: error) }
            var headers: [(String, String)] = []
            if status == .unauthorized, request.isAPI { headers.append(("WWW-Authenticate", "Bearer")) }
            if status == .tooManyRequests { headers.append(("Retry-After", "900")) }
            return Self.response(status: status, message: message, field: (error as? AppError)?.field, for: request, headers: headers)
        }
    }

    static let methodNotAllowed = LocalizedTextPair("Địa chỉ này không hỗ trợ phương thức của yêu cầu.", "This address does not accept the request's method.")

    /// The error as JSON under /api, otherwise as a page in the user's language; rendered
    /// without touching the session, which may not exist for a request refused early.
    static func response(status: HTTPResponseStatus, message: LocalizedTextPair, field: String?, for request: Request,
                         headers: [(String, String)]) -> Response {
        let response: Response
        if request.isAPI {
            response = APIError.response(status: status, message: message, field: field)
        } else {
            // The portal's own errors stay as cookieless as its pages (no visitor CSRF token).
            let context = request.url.path.hasPrefix(Paths.portal.href) ? request.publicPageContext(visitorsToday: nil) : request.pageContext()
            response = Layout.render(context, title: context.t("Lỗi", "Error")) {
                Node.h1 { "\(status.code) — " + context.t(Self.heading(status)) }
                Node.p(.class("notice notice-error"), .role("alert"), .id("error-message")) { context.t(message) }
                Node.p { Node.a(.href(Paths.home.href)) { context.t("Về trang chính", "Back to the home page") } }
            }
            response.status = status
        }
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        return response
    }

    static func describe(_ error: any Error, request: Request) -> (HTTPResponseStatus, LocalizedTextPair) {
        switch error {
        case let error as AppError: return (error.status, .init(error.message.vi, error.message.en))
        case let error as StaleEntryError: return (.conflict, .init(error.message.vi, error.message.en))
        case let refusal as SurveySubmissions.Refused:
            return (.unprocessableEntity, .init(refusal.problems.map(\.message.vi).joined(separator: " "), refusal.problems.map(\.message.en).joined(separator: " ")))
        case let error as any AbortError:
            switch error.status {
            case .notFound: return (.notFound, .init("Không tìm thấy trang yêu cầu.", "Page not found."))
            case .payloadTooLarge: return (.payloadTooLarge, .init("Dữ liệu gửi lên quá lớn.", "The request is too large."))
            case .unsupportedMediaType, .badRequest, .unprocessableEntity:
                return (error.status, .init("Dữ liệu gửi lên không hợp lệ.", "The request is not valid."))
            default: return (error.status, .init("Yêu cầu không thực hiện được.", "The request could not be completed."))
            }
        case is DecodingError:
            return (.badRequest, .init("Dữ liệu gửi lên không hợp lệ.", "The request is not valid."))
        default:
            return (.internalServerError, .init("Đã có lỗi ở máy chủ. Dữ liệu đã lưu không bị ảnh hưởng; vui lòng thử lại.",
                                                "Something went wrong on the server. Saved data is unaffected; please try again."))
        }
    }

    static func heading(_ status: HTTPResponseStatus) -> LocalizedTextPair {
        switch status {
        case .notFound: .init("Không tìm thấy", "Not found")
        case .methodNotAllowed: .init("Phương thức không được hỗ trợ", "Method not allowed")
        case .forbidden: .init("Không có quyền", "Forbidden")
        case .conflict: .init("Không thực hiện được", "Not possible now")
        default: .init("Có lỗi", "Error")
        }
    }
}

/// Two strings without importing the core's type into every error path.
struct LocalizedTextPair {
    var vi: String
    var en: String
    init(_ vi: String, _ en: String) { self.vi = vi; self.en = en }
}

extension Request {
    /// The JSON API answers in JSON, errors included.
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

extension PageContext {
    func t(_ pair: LocalizedTextPair) -> String { t(pair.vi, pair.en) }
}
