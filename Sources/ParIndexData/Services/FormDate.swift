import ParIndexCore

/// A day typed in a form or sent in a body (dd/mm/yyyy or yyyy-mm-dd), as the ISO text the
/// database keeps; empty means none. A wrong date is refused naming its field.
package enum FormDate {
    package static func iso(_ text: String?, field: String) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let date = CalendarDate(text) else {
            throw AppError.invalid(LocalizedText(vi: "Ngày phải có dạng dd/mm/yyyy.", en: "Dates are dd/mm/yyyy."), field: field)
        }
        return date.iso
    }
}
