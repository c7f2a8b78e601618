import HTML
import ParIndexCore
import ParIndexData

/// The form of one layer of one criterion: the rule's inputs, a note, the version seen.
enum EntryFormView {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, action: String, preview: String, code: String, layer: EntryLayer,
                      fields: [AssessmentPage.InputField], saved: AssessmentPage.EntryValues?, form: AssessmentPage.FormState?,
                      noteLabel: String, submitLabel: String) {
        let values = form?.values ?? saved?.values ?? [:]
        let note = form?.note ?? saved?.note ?? ""
        let prefix = "\(layer.rawValue)-\(code)"
        writer.element("form", .method("post"), .action(action), .class("entry-form"), .id("form-\(prefix)"), .data("code", code),
                       .data("preview", preview)) { writer in
            CSRFField.write(&writer, context)
            writer.void("input", .type("hidden"), .name("version"), .value(String(saved?.version ?? 0)))
            if let form, form.restored {
                writer.element("p", .class("notice notice-info"), .role("status")) {
                    $0.text(context.t("Đây là dữ liệu bạn đã nhập trước khi phiên hết hạn, chưa được lưu. Hãy kiểm tra rồi bấm Lưu.",
                                      "This is what you typed before your session expired; it is not saved yet. Check it and save."))
                }
            }
            if let conflict = form?.conflict {
                writer.element("div", .class("conflict notice notice-error"), .role("alert"), .id("conflict-\(prefix)")) { writer in
                    writer.element("p") { $0.text(form?.error.map(context.t) ?? "") }
                    writer.element("p") {
                        $0.text(context.t("Giá trị đã lưu: ", "Saved value: ") + conflict.current.summary
                                + (conflict.current.note.isEmpty ? "" : " — " + conflict.current.note))
                    }
                    writer.element("p") {
                        $0.text(context.t("Giá trị của bạn: ", "Your value: ") + conflict.yours.summary + (conflict.yours.note.isEmpty ? "" : " — " + conflict.yours.note))
                    }
                }
            } else if let error = form?.error, !shownAtAField(form?.field, fields) {
                writer.element("p", .class("field-error"), .role("alert"), .id("error-\(prefix)")) { $0.text(context.t(error)) }
            }
            for field in fields {
                control(&writer, context, field, prefix: prefix, values: values, form: form)
            }
            writer.element("label", .for("\(prefix)-note")) { $0.text(noteLabel) }
            writer.element("textarea", .id("\(prefix)-note"), .name("note"), .rows("2")) { $0.text(note) }
            if let form, form.field == "note", let error = form.error {
                writer.element("p", .class("field-error"), .role("alert"), .id("error-\(prefix)-note")) { $0.text(context.t(error)) }
            }
            writer.element("button", .type("submit"), .class("primary"), .id("save-\(prefix)")) { $0.text(submitLabel) }
            // Filled by the page's script while typing; without JavaScript the save shows the points.
            writer.element("output", .class("live-points"), .id("live-\(prefix)"), .aria("live", "polite"))
            if let saved, let by = saved.updatedBy {
                writer.element("span", .class("muted")) { $0.text(context.t("Lưu bởi ", "Saved by ") + by) }
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

    static func control(_ writer: inout HTMLWriter, _ context: PageContext, _ field: AssessmentPage.InputField, prefix: String,
                        values: [String: String], form: AssessmentPage.FormState?) {
        func error(_ writer: inout HTMLWriter, _ name: String) {
            guard let form, form.conflict == nil, form.field == name, let message = form.error else { return }
            writer.element("p", .class("field-error"), .role("alert"), .id("error-\(prefix)-\(name)")) { $0.text(context.t(message)) }
        }
        switch field {
        case let .choice(name, label, options):
            writer.element("fieldset", .class("choice")) { writer in
                writer.element("legend") { $0.text(context.t(label)) }
                for option in options {
                    writer.element("label", .class("option")) { writer in
                        writer.void("input", .type("radio"), .name(name), .value(option.value), .id("\(prefix)-\(name)-\(option.value)"),
                                    .flag("checked", values[name] == option.value))
                        writer.text(" " + context.t(option.label))
                    }
                }
                error(&writer, name)
            }
        case let .number(name, label, unit):
            writer.element("div", .class("number-field")) { writer in
                writer.element("label", .for("\(prefix)-\(name)")) { $0.text(context.t(label) + (unit.map { " (\($0))" } ?? "")) }
                writer.void("input", .type("text"), .inputmode("decimal"), .id("\(prefix)-\(name)"), .name(name), .value(values[name] ?? ""),
                            .autocomplete("off"), form?.field == name ? .aria("invalid", "true") : nil)
                error(&writer, name)
            }
        case .notApplicable:
            writer.element("label", .class("option")) { writer in
                writer.void("input", .type("checkbox"), .name("not_applicable"), .id("\(prefix)-not-applicable"),
                            .flag("checked", values["not_applicable"] != nil))
                writer.text(" " + context.t("Không áp dụng đối với đơn vị", "Not applicable to the unit"))
            }
        }
    }
}

/// A layer's saved inputs, read-only.
enum ValuesView {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, fields: [AssessmentPage.InputField], entry: AssessmentPage.EntryValues,
                      caption: String) {
        writer.element("div", .class("values")) { writer in
            writer.element("strong") { $0.text(caption + ": ") }
            for field in fields {
                switch field {
                case let .choice(name, label, options):
                    let chosen = options.first { $0.value == entry.values[name] }.map { context.t($0.label) } ?? (entry.values[name] ?? "—")
                    writer.element("span") { $0.text(context.t(label) + ": " + chosen + ". ") }
                case let .number(name, label, unit):
                    writer.element("span") { $0.text(context.t(label) + ": " + (entry.values[name] ?? "—") + (unit ?? "") + ". ") }
                case .notApplicable:
                    if entry.values["not_applicable"] != nil { writer.element("span") { $0.text(context.t("Không áp dụng. ", "Not applicable. ")) } }
                }
            }
            if !entry.note.isEmpty { writer.element("span", .class("note")) { $0.text("“" + entry.note + "”") } }
        }
    }
}
