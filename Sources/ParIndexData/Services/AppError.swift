package import ParIndexCore

/// A refusal the user must understand: what kind of refusal, and a message in both languages,
/// with the form field it concerns when there is one. Services throw it and know nothing of HTTP;
/// the app's error middleware turns the kind into a status, a page or a JSON answer.
package struct AppError: Error {
    package enum Kind: Sendable, Equatable {
        /// The request itself is malformed (a body that does not decode, a version that is not a number).
        case malformed
        /// What was sent is understood but refused: a wrong value, a missing field.
        case invalid
        case notSignedIn
        /// The person may never do this here.
        case notAllowed
        case notFound
        /// Not now: the record's state, or someone else's change, stands in the way.
        case conflict
        case tooLarge
        case tooManyAttempts
        /// Something on the server's side failed; saved data is unaffected.
        case internalFailure
    }

    package var kind: Kind
    package var message: LocalizedText
    package var field: String?

    package init(_ kind: Kind, message: LocalizedText, field: String? = nil) {
        self.kind = kind
        self.message = message
        self.field = field
    }

    package static func forbidden() -> AppError {
        AppError(.notAllowed, message: LocalizedText(vi: "Bạn không có quyền truy cập nội dung này.", en: "You may not access this."))
    }

    package static func notFound() -> AppError {
        AppError(.notFound, message: LocalizedText(vi: "Không tìm thấy nội dung yêu cầu.", en: "Not found."))
    }

    package static func invalid(_ message: LocalizedText, field: String? = nil) -> AppError {
        AppError(.invalid, message: message, field: field)
    }

    package static func conflict(_ message: LocalizedText) -> AppError {
        AppError(.conflict, message: message)
    }
}

/// A save refused because someone else saved first: both values go back to the page.
package struct StaleEntryError: Error {
    package let code: String
    package let current: EntrySnapshot
    package let yours: EntrySnapshot

    package var message: LocalizedText {
        LocalizedText(vi: "Tiêu chí \(code) vừa được \(current.updatedByName ?? "người khác") lưu trước bạn. Hãy xem hai giá trị và lưu lại.",
                      en: "Criterion \(code) was saved by \(current.updatedByName ?? "someone else") before you. Compare both values and save again.")
    }
}

/// What an entry held, for conflict messages and history.
package struct EntrySnapshot: Sendable, Equatable {
    package var summary: String
    package var note: String
    package var version: Int
    package var updatedByName: String?
}
