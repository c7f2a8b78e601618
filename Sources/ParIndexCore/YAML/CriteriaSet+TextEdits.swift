import Yams

/// What the administrator's outline form changes on one criterion: wording and maximum.
/// `nil` leaves a field as it is; an empty text removes an optional one (English title,
/// guidance, evidence requirement).
public struct CriterionTextEdit: Sendable, Equatable {
    public var title: String?
    public var titleEnglish: String?
    /// As typed: "1,5" or "1.5".
    public var maximum: String?
    public var guidance: String?
    public var evidence: String?

    public init(title: String? = nil, titleEnglish: String? = nil, maximum: String? = nil, guidance: String? = nil, evidence: String? = nil) {
        self.title = title
        self.titleEnglish = titleEnglish
        self.maximum = maximum
        self.guidance = guidance
        self.evidence = evidence
    }
}

extension CriteriaSet {
    /// The criteria-set file with `edits` (by criterion code) applied and every other key kept as
    /// written; rules, bands and settings are not touched. The file is written anew, so its
    /// comments are lost. Refuses an unknown code, an empty title or a maximum that is not a number.
    public static func applying(_ edits: [String: CriterionTextEdit], toYAML text: String) throws(ValidationFailure) -> String {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ValidationFailure([ValidationIssue(message: LocalizedText(vi: "Tệp YAML không đọc được: \(error)", en: "The YAML does not parse: \(error)"))])
        }
        guard var top = root?.mapping, let nodes = top["nodes"]?.sequence else {
            throw ValidationFailure([ValidationIssue(message: LocalizedText(vi: "Bộ chỉ số không có «nodes»", en: "The set has no “nodes”"))])
        }
        var editor = TextEditor(remaining: edits)
        top["nodes"] = .sequence(editor.edit(nodes))
        var issues = editor.issues
        for code in editor.remaining.keys.sorted() {
            issues.append(ValidationIssue(code: code, message: LocalizedText(vi: "Không có tiêu chí mã \(code)", en: "There is no criterion \(code)")))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        do {
            return try Yams.serialize(node: .mapping(top), width: -1, allowUnicode: true)
        } catch {
            throw ValidationFailure([ValidationIssue(message: LocalizedText(vi: "Không ghi được YAML: \(error)", en: "Could not write the YAML: \(error)"))])
        }
    }
}

/// Walks the `nodes` tree and applies the edits of each code it meets, collecting problems.
private struct TextEditor {
    var remaining: [String: CriterionTextEdit]
    var issues: [ValidationIssue] = []

    mutating func edit(_ sequence: Node.Sequence) -> Node.Sequence {
        var sequence = sequence
        for index in sequence.indices {
            guard var mapping = sequence[index].mapping else { continue }
            if let code = mapping["code"]?.string, let edit = remaining.removeValue(forKey: code) {
                apply(edit, to: &mapping, code: code)
            }
            if let children = mapping["children"]?.sequence {
                mapping["children"] = .sequence(edit(children))
            }
            sequence[index] = .mapping(mapping)
        }
        return sequence
    }

    mutating func apply(_ edit: CriterionTextEdit, to mapping: inout Node.Mapping, code: String) {
        if let title = checked(edit.title, as: .line, label: LocalizedText(vi: "Tên tiêu chí", en: "The title"), code: code) {
            if title.isEmpty {
                issues.append(ValidationIssue(code: code, message: LocalizedText(vi: "Tên tiêu chí không được để trống", en: "A criterion needs a title")))
            } else {
                mapping["title"] = Node(title)
            }
        }
        set("title_en", checked(edit.titleEnglish, as: .line, label: LocalizedText(vi: "Tên tiếng Anh", en: "The English title"), code: code), in: &mapping)
        set("guidance", checked(edit.guidance, as: .paragraph, label: LocalizedText(vi: "Hướng dẫn chấm", en: "The guidance"), code: code), in: &mapping)
        set("evidence", checked(edit.evidence, as: .paragraph, label: LocalizedText(vi: "Tài liệu kiểm chứng", en: "The evidence requirement"), code: code), in: &mapping)
        if let text = edit.maximum?.trimmingSpaces() {
            switch Points.parse(text) {
            case let .success(points):
                // Bonus and deduction nodes state their limit as `cap`.
                let key = mapping["cap"] != nil ? "cap" : "maximum"
                mapping[key] = Node(points.formatted(.en), Tag(.implicit), .plain)
            case let .failure(error):
                issues.append(ValidationIssue(code: code, message: error.message))
            }
        }
    }

    /// The text under the core's text rules; nil (and an issue) when refused, or when not edited.
    mutating func checked(_ value: String?, as kind: TextInput.Kind, label: LocalizedText, code: String) -> String? {
        guard let value else { return nil }
        do {
            return try TextInput.clean(value, as: kind)
        } catch {
            issues.append(ValidationIssue(code: code, message: error.message(label: label)))
            return nil
        }
    }

    func set(_ key: String, _ value: String?, in mapping: inout Node.Mapping) {
        guard let value else { return }
        mapping[key] = value.isEmpty ? nil : Node(value)
    }
}
