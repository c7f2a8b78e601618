import Foundation
package import ParIndexCore

/// The fields of a criterion's form (or API body), read into the core's input. Numbers accept
/// the decimal comma ("12,5") as well as the point; every problem names its field.
package struct EntryForm: Sendable, Equatable {
    package var fields: [String: String]

    package init(fields: [String: String]) {
        self.fields = fields
    }

    package struct FieldError: Error, Equatable {
        package var field: String
        package var message: LocalizedText
    }

    /// The free-text fields, checked under the core's text rules before anything is read.
    package static let textFields: [(String, TextInput.Kind, LocalizedText)] = [
        ("note", .paragraph, LocalizedText(vi: "Ghi chú, lý do", en: "The note")),
        ("option", .line, LocalizedText(vi: "Phương án", en: "The option")),
    ]

    package static let inputFields = ["option", "numerator", "denominator", "answer", "achieved", "target", "count", "satisfaction", "score", "not_applicable"]

    /// The input the form declares. A direct score cannot be combined with the rule's inputs:
    /// the core would let the score win silently, so the form refuses the mix.
    package func leafInput(for node: CriteriaNode) throws(FieldError) -> LeafInput {
        for (name, kind, label) in Self.textFields {
            do {
                _ = try TextInput.clean(fields[name] ?? "", as: kind)
            } catch {
                throw FieldError(field: name, message: error.message(label: label))
            }
        }
        var input = LeafInput()
        input.option = value("option")
        input.numerator = try decimal("numerator")
        input.denominator = try decimal("denominator")
        if let text = value("answer") {
            guard let answer = YesNoAnswer(text: text) else {
                throw FieldError(field: "answer", message: LocalizedText(vi: "Câu trả lời phải là có, không hoặc không áp dụng", en: "The answer must be yes, no or not applicable"))
            }
            input.answer = answer
        }
        input.achieved = try decimal("achieved")
        input.target = try decimal("target")
        if let text = value("count") {
            guard let count = Int(text), count >= 0, count <= 1_000_000 else {
                throw FieldError(field: "count", message: LocalizedText(vi: "Số lượng phải là số nguyên không âm, ví dụ 3", en: "The count must be a whole number, such as 3"))
            }
            input.count = count
        }
        input.satisfaction = try decimal("satisfaction")
        if let text = value("score") {
            switch Points.parse(text, allowNegative: node.kind == .deduction) {
            case let .success(points): input.score = points
            case let .failure(error): throw FieldError(field: "score", message: error.message)
            }
        }
        input.notApplicable = ["on", "true", "1", "yes"].contains(value("not_applicable") ?? "")
        let ruleInputs: [Any?] = [input.option, input.numerator, input.denominator, input.answer, input.achieved, input.target, input.count, input.satisfaction]
        if input.score != nil, ruleInputs.contains(where: { $0 != nil }) {
            throw FieldError(field: "score", message: LocalizedText(
                vi: "Nhập điểm trực tiếp hoặc các số liệu theo quy tắc, không nhập cả hai",
                en: "Enter either a direct score or the rule's figures, not both"))
        }
        return input
    }

    package var note: String { (fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The version the person saw; nil when they saw no saved entry.
    package var version: Int? { value("version").flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } }

    package var isEmpty: Bool { Self.inputFields.allSatisfy { value($0) == nil } }

    private func value(_ name: String) -> String? {
        guard let text = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    private func decimal(_ name: String) throws(FieldError) -> FixedDecimal? {
        guard let text = value(name) else { return nil }
        switch DecimalText.parse(text, maxDecimals: 4, allowNegative: false) {
        case let .success(number): return number
        case let .failure(error): throw FieldError(field: name, message: error.message)
        }
    }
}
