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
        var remaining = edits
        var issues: [ValidationIssue] = []
        top["nodes"] = .sequence(TextEditor(issues: &issues, remaining: &remaining).edit(nodes))
        for code in remaining.keys.sorted() {
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

/// Walks the `nodes` tree and applies the edits of each code it meets.
private struct TextEditor {
    var issues: UnsafeMutablePointer<[ValidationIssue]>
    var remaining: UnsafeMutablePointer<[String: CriterionTextEdit]>

    init(issues: inout [ValidationIssue], remaining: inout [String: CriterionTextEdit]) {
        self.issues = withUnsafeMutablePointer(to: &issues) { $0 }
        self.remaining = withUnsafeMutablePointer(to: &remaining) { $0 }
    }

    func edit(_ sequence: Node.Sequence) -> Node.Sequence {
        var sequence = sequence
        for index in sequence.indices {
            guard var mapping = sequence[index].mapping else { continue }
            if let code = mapping["code"]?.string, let edit = remaining.pointee.removeValue(forKey: code) {
                apply(edit, to: &mapping, code: code)
            }
            if let children = mapping["children"]?.sequence {
                mapping["children"] = .sequence(edit(children))
            }
            sequence[index] = .mapping(mapping)
        }
        return sequence
    }

    func apply(_ edit: CriterionTextEdit, to mapping: inout Node.Mapping, code: String) {
        if let title = edit.title?.trimmingSpaces() {
            if title.isEmpty {
                issues.pointee.append(ValidationIssue(code: code, message: LocalizedText(vi: "Tên tiêu chí không được để trống", en: "A criterion needs a title")))
            } else {
                mapping["title"] = Node(title)
            }
        }
        set("title_en", edit.titleEnglish, in: &mapping)
        set("guidance", edit.guidance, in: &mapping)
        set("evidence", edit.evidence, in: &mapping)
        if let text = edit.maximum?.trimmingSpaces() {
            switch Points.parse(text) {
            case let .success(points):
                // Bonus and deduction nodes state their limit as `cap`.
                let key = mapping["cap"] != nil ? "cap" : "maximum"
                mapping[key] = Node(points.formatted(.en), Tag(.implicit), .plain)
            case let .failure(error):
                issues.pointee.append(ValidationIssue(code: code, message: error.message))
            }
        }
    }

    func set(_ key: String, _ value: String?, in mapping: inout Node.Mapping) {
        guard let value = value?.trimmingSpaces() else { return }
        mapping[key] = value.isEmpty ? nil : Node(value)
    }
}
