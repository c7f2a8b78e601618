import HTML
import ParIndexCore
import ParIndexData

/// The form of one layer of one criterion: the rule's inputs, a note, the version seen.
enum EntryFormView {
    static func node(_ context: PageContext, action: String, preview: String, code: String, layer: EntryLayer, fields: [AssessmentPage.InputField],
                     saved: AssessmentPage.EntryValues?, form: AssessmentPage.FormState?, noteLabel: String, submitLabel: String) -> Node {
        let values = form?.values ?? saved?.values ?? [:]
        let note = form?.note ?? saved?.note ?? ""
        let prefix = "\(layer.rawValue)-\(code)"
        return .form(.method("post"), .action(action), .class("entry-form"), .id("form-\(prefix)"), .data("code", code), .data("preview", preview)) {
            CSRFField.node(context)
            Node.input(.type("hidden"), .name("version"), .value(String(saved?.version ?? 0)))
            if let form, form.restored {
                Node.p(.class("notice notice-info"), .role("status")) {
                    context.t("Đây là dữ liệu bạn đã nhập trước khi phiên hết hạn, chưa được lưu. Hãy kiểm tra rồi bấm Lưu.",
                              "This is what you typed before your session expired; it is not saved yet. Check it and save.")
                }
            }
            if let conflict = form?.conflict {
                Node.div(.class("conflict notice notice-error"), .role("alert"), .id("conflict-\(prefix)")) {
                    Node.p { form?.error.map(context.t) ?? "" }
                    Node.p { context.t("Giá trị đã lưu: ", "Saved value: ") + conflict.current.summary + (conflict.current.note.isEmpty ? "" : " — " + conflict.current.note) }
                    Node.p { context.t("Giá trị của bạn: ", "Your value: ") + conflict.yours.summary + (conflict.yours.note.isEmpty ? "" : " — " + conflict.yours.note) }
                }
            } else if let error = form?.error, !shownAtAField(form?.field, fields) {
                Node.p(.class("field-error"), .role("alert"), .id("error-\(prefix)")) { context.t(error) }
            }
            for field in fields {
                control(context, field, prefix: prefix, values: values, form: form)
            }
            Node.label(.for("\(prefix)-note")) { noteLabel }
            Node.textarea(.id("\(prefix)-note"), .name("note"), .rows("2")) { note }
            if let form, form.field == "note", let error = form.error {
                Node.p(.class("field-error"), .role("alert"), .id("error-\(prefix)-note")) { context.t(error) }
            }
            Node.button(.type("submit"), .class("primary"), .id("save-\(prefix)")) { submitLabel }
            // Filled by the page's script while typing; without JavaScript the save shows the points.
            Node.output(.class("live-points"), .id("live-\(prefix)"), .aria("live", "polite")) { "" }
            if let saved, let by = saved.updatedBy {
                Node.span(.class("muted")) { context.t("Lưu bởi ", "Saved by ") + by }
            }
        }
    }

    /// Whether the error's field has a control of its own to show it next to.
    static func shownAtAField(_ field: String?, _ fields: [AssessmentPage.InputField]) -> Bool {
        guard let field else { return false }
        if field == "note" { return true }
        return fields.contains { control in
            switch control {
            case let .choice(name, _, _), let .number(name, _, _): name == field
            case .notApplicable: field == "not_applicable"
            }
        }
    }

    static func control(_ context: PageContext, _ field: AssessmentPage.InputField, prefix: String, values: [String: String], form: AssessmentPage.FormState?) -> Node {
        func error(_ name: String) -> Node? {
            guard let form, form.conflict == nil, form.field == name, let message = form.error else { return nil }
            return .p(.class("field-error"), .role("alert"), .id("error-\(prefix)-\(name)")) { context.t(message) }
        }
        switch field {
        case let .choice(name, label, options):
            return .fieldset(.class("choice")) {
                Node.legend { context.t(label) }
                for option in options {
                    Node.label(.class("option")) {
                        Node.input(.type("radio"), .name(name), .value(option.value), .id("\(prefix)-\(name)-\(option.value)"),
                                   .flag("checked", values[name] == option.value))
                        " " + context.t(option.label)
                    }
                }
                error(name)
            }
        case let .number(name, label, unit):
            return .div(.class("number-field")) {
                Node.label(.for("\(prefix)-\(name)")) { context.t(label) + (unit.map { " (\($0))" } ?? "") }
                Node.input(.type("text"), .inputmode("decimal"), .id("\(prefix)-\(name)"), .name(name), .value(values[name] ?? ""),
                           .autocomplete("off"), form?.field == name ? .aria("invalid", "true") : nil)
                error(name)
            }
        case .notApplicable:
            return .label(.class("option")) {
                Node.input(.type("checkbox"), .name("not_applicable"), .id("\(prefix)-not-applicable"), .flag("checked", values["not_applicable"] != nil))
                " " + context.t("Không áp dụng đối với đơn vị", "Not applicable to the unit")
            }
        }
    }
}

/// A layer's saved inputs, read-only.
enum ValuesView {
    static func node(_ context: PageContext, fields: [AssessmentPage.InputField], entry: AssessmentPage.EntryValues, caption: String) -> Node {
        .div(.class("values")) {
            Node.strong { caption + ": " }
            for field in fields {
                switch field {
                case let .choice(name, label, options):
                    let chosen = options.first { $0.value == entry.values[name] }.map { context.t($0.label) } ?? (entry.values[name] ?? "—")
                    Node.span { context.t(label) + ": " + chosen + ". " }
                case let .number(name, label, unit):
                    Node.span { context.t(label) + ": " + (entry.values[name] ?? "—") + (unit ?? "") + ". " }
                case .notApplicable:
                    if entry.values["not_applicable"] != nil { Node.span { context.t("Không áp dụng. ", "Not applicable. ") } }
                }
            }
            if !entry.note.isEmpty { Node.span(.class("note")) { "“" + entry.note + "”" } }
        }
    }
}
