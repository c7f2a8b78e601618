package import ParIndexCore

/// Reads one typed text under the core's `TextInput` rules, refusing it as a form error on its
/// field (422 in the API) with the field's label in the message.
package enum TextField {
    package static func code(_ raw: String, field: String, label: LocalizedText) throws -> String {
        try clean(raw, as: .code, field: field, label: label)
    }

    package static func line(_ raw: String, field: String, label: LocalizedText) throws -> String {
        try clean(raw, as: .line, field: field, label: label)
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
