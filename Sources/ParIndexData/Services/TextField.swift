package import ParIndexCore

/// Reads one typed text under the core's `TextInput` rules, refusing it as a form error on its
/// field (422 in the API) with the field's label in the message.
package enum TextField {
    package static func code(_ raw: String, field: String, label: LocalizedText) throws -> String {
        try clean(raw, as: .code, field: field, label: label)
    }

    /// A line; `maximumLength` (in Unicode scalars) tightens the core's limit where the form and
    /// the API document a shorter one, so nothing accepted is longer than documented.
    package static func line(_ raw: String, field: String, label: LocalizedText, maximumLength: Int? = nil) throws -> String {
        let text = try clean(raw, as: .line, field: field, label: label)
        if let maximumLength, text.unicodeScalars.count > maximumLength {
            throw AppError.invalid(TextProblem.tooLong(maximumLength).message(label: label), field: field)
        }
        return text
    }

    package static func paragraph(_ raw: String, field: String, label: LocalizedText) throws -> String {
        try clean(raw, as: .paragraph, field: field, label: label)
    }

    private static func clean(_ raw: String, as kind: TextInput.Kind, field: String, label: LocalizedText) throws -> String {
        do {
            return try TextInput.clean(raw, as: kind)
        } catch {
            throw AppError.invalid(error.message(label: label), field: field)
        }
    }
}
