import Vapor
import ParIndexCore

/// A refusal the user must understand: an HTTP status and a message in both languages, with the
/// form field it concerns when there is one. Pages show it where it happened; the API returns it.
struct AppError: Error, AbortError {
    var status: HTTPResponseStatus
    var message: LocalizedText
    var field: String?

    var reason: String { message.vi }

    static func forbidden() -> AppError {
        AppError(status: .forbidden, message: LocalizedText(vi: "Bạn không có quyền truy cập nội dung này.", en: "You may not access this."))
    }

    static func notFound() -> AppError {
        AppError(status: .notFound, message: LocalizedText(vi: "Không tìm thấy nội dung yêu cầu.", en: "Not found."))
    }

    static func invalid(_ message: LocalizedText, field: String? = nil) -> AppError {
        AppError(status: .unprocessableEntity, message: message, field: field)
    }

    static func conflict(_ message: LocalizedText) -> AppError {
        AppError(status: .conflict, message: message)
    }
}

/// A save refused because someone else saved first: both values go back to the page.
struct StaleEntryError: Error, AbortError {
    var status: HTTPResponseStatus { .conflict }
    var reason: String { message.vi }
    let code: String
    let current: EntrySnapshot
    let yours: EntrySnapshot

    var message: LocalizedText {
        LocalizedText(vi: "Tiêu chí \(code) vừa được \(current.updatedByName ?? "người khác") lưu trước bạn. Hãy xem hai giá trị và lưu lại.",
                      en: "Criterion \(code) was saved by \(current.updatedByName ?? "someone else") before you. Compare both values and save again.")
    }
}

/// What an entry held, for conflict messages and history.
struct EntrySnapshot: Sendable, Equatable {
    var summary: String
    var note: String
    var version: Int
    var updatedByName: String?
}
