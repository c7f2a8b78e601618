import Foundation
import ParIndexCore

extension ScoreImport {
    /// The form one row amounts to, nil when it changes nothing; throws the row's first error.
    static func form(of row: Row, node: CriteriaNode, workspace: AssessmentWorkspace) throws -> EntryForm? {
        let code = node.code
        let reads = Set(node.inputNames)
        var fields: [String: String] = [:]
        var firstInput: CellText?
        for name in EntryForm.inputFields {
            guard let cell = row.fields[name] else { continue }
            let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            guard reads.contains(name) else {
                throw CellError(cell: cell.reference, message: LocalizedText(
                    vi: "tiêu chí \(code) không dùng ô này; hãy để trống", en: "criterion \(code) does not use this cell; leave it empty"))
            }
            firstInput = firstInput ?? cell
            switch name {
            case "option": fields[name] = try optionKey(text, cell: cell, node: node)
            case "not_applicable":
                switch text.lowercased() {
                case "có", "co", "yes", "x", "1", "true": fields[name] = "on"
                case "không", "khong", "no", "0", "false": break
                default:
                    throw CellError(cell: cell.reference, message: LocalizedText(vi: "ghi “có” hoặc để trống", en: "write “yes” or leave it empty"))
                }
            default: fields[name] = text
            }
        }
        let note = row.fields["note"]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let existing = workspace.entry(code, .selfAssessed)
        let templateVersion = row.fields["version"].flatMap { Int($0.text.trimmingCharacters(in: .whitespaces)) }
        if let existing, templateVersion != existing.version {
            throw CellError(cell: row.code.reference, message: LocalizedText(
                vi: "tiêu chí \(code) đã được lưu lại sau khi tải mẫu (phiên bản \(existing.version)); hãy tải mẫu mới",
                en: "criterion \(code) was saved again after the template was downloaded (version \(existing.version)); download a new template"))
        }
        if fields.isEmpty { return nil }
        fields["note"] = note
        if let existing { fields["version"] = String(existing.version) }
        let form = EntryForm(fields: fields)
        let input: LeafInput
        do {
            input = try form.leafInput(for: node)
        } catch {
            throw CellError(cell: row.fields[error.field]?.reference ?? row.code.reference, message: error.message)
        }
        guard let outcome = workspace.compiled.scorer.evaluateLeaf(code: code, input: input) else { return nil }
        if case let .invalid(message) = outcome.working {
            throw CellError(cell: firstInput?.reference ?? row.code.reference, message: message)
        }
        if let existing, workspace.inputs[code]?[.selfAssessed] == StoredInput(input), existing.note == note { return nil }
        return form
    }

    /// An option named by its label (as the drop-down writes it) or by its key.
    static func optionKey(_ text: String, cell: CellText, node: CriteriaNode) throws(CellError) -> String {
        guard case let .options(options)? = node.rule else { return text }
        let wanted = text.lowercased()
        if let option = options.first(where: { $0.key.lowercased() == wanted || $0.label.vi.lowercased() == wanted || $0.label.en.lowercased() == wanted }) {
            return option.key
        }
        throw CellError(cell: cell.reference, message: LocalizedText(
            vi: "“\(text)” không phải phương án của tiêu chí \(node.code) (" + options.map(\.label.vi).joined(separator: "; ") + ")",
            en: "“\(text)” is not an option of criterion \(node.code) (" + options.map(\.label.en).joined(separator: "; ") + ")"))
    }
}
