package import Foundation
package import ParIndexCore

/// A leaf input as stored in `entries.inputs`: decimals as canonical text ("12.5"), a direct score
/// in hundredths, so nothing passes through floating point on its way to the database and back.
package struct StoredInput: Codable, Equatable, Sendable {
    package var option: String?
    package var numerator: String?
    package var denominator: String?
    package var answer: String?
    package var achieved: String?
    package var target: String?
    package var count: Int?
    package var satisfaction: String?
    package var scoreHundredths: Int?
    package var notApplicable: Bool?

    package init(_ input: LeafInput) {
        option = input.option
        numerator = input.numerator.map { $0.formatted(.en) }
        denominator = input.denominator.map { $0.formatted(.en) }
        answer = input.answer?.rawValue
        achieved = input.achieved.map { $0.formatted(.en) }
        target = input.target.map { $0.formatted(.en) }
        count = input.count
        satisfaction = input.satisfaction.map { $0.formatted(.en) }
        scoreHundredths = input.score?.hundredths
        notApplicable = input.notApplicable ? true : nil
    }

    /// The core's input, with `note` as the layer's explanation or reason.
    package func leafInput(note: String) -> LeafInput {
        func decimal(_ text: String?) -> FixedDecimal? {
            // The stored canonical form first (fast); anything else as a person would type it.
            text.flatMap { DecimalText.parseStored($0, maxDecimals: 6) ?? (try? DecimalText.parse($0, maxDecimals: 6, allowNegative: true).get()) }
        }
        return LeafInput(option: option, numerator: decimal(numerator), denominator: decimal(denominator),
                         answer: answer.flatMap(YesNoAnswer.init(rawValue:)), achieved: decimal(achieved), target: decimal(target),
                         count: count, satisfaction: decimal(satisfaction), score: scoreHundredths.map(Points.init(hundredths:)),
                         notApplicable: notApplicable ?? false, note: note.isEmpty ? nil : note)
    }

    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, integers and booleans cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    package static func decode(_ json: String, using decoder: JSONDecoder? = nil) -> StoredInput? {
        if let input = parseFlat(json) { return input }
        return try? (decoder ?? JSONDecoder()).decode(StoredInput.self, from: Data(json.utf8))
    }

    /// What a person reads in the history: the inputs that are set, in words.
    package var summary: String {
        let values = formValues
        var parts: [String] = []
        if let option { parts.append("phương án \(option)") }
        if let value = values["numerator"] { parts.append("tử số \(value)") }
        if let value = values["denominator"] { parts.append("mẫu số \(value)") }
        if let answer { parts.append("trả lời \(answer)") }
        if let value = values["achieved"] { parts.append("đạt \(value)") }
        if let value = values["target"] { parts.append("chỉ tiêu \(value)") }
        if let count { parts.append("số lượng \(count)") }
        if let value = values["satisfaction"] { parts.append("hài lòng \(value)%") }
        if let scoreHundredths { parts.append("điểm \(Points(hundredths: scoreHundredths).formatted(.vi))") }
        if notApplicable == true { parts.append("không áp dụng") }
        return parts.isEmpty ? "(trống)" : parts.joined(separator: "; ")
    }
}

extension StoredInput {
    /// The stored input by field name, numbers as stored (decimal point): what a file carries.
    package var fileValues: [String: String] {
        var values: [String: String] = [:]
        values["option"] = option
        values["numerator"] = numerator
        values["denominator"] = denominator
        values["answer"] = answer
        values["achieved"] = achieved
        values["target"] = target
        values["count"] = count.map(String.init)
        values["satisfaction"] = satisfaction
        values["score"] = scoreHundredths.map { Points(hundredths: $0).formatted(.en) }
        if notApplicable == true { values["not_applicable"] = "on" }
        return values
    }

    /// The stored input as the form's fields, numbers written with the decimal comma.
    package var formValues: [String: String] {
        func comma(_ text: String?) -> String? { text?.replacingOccurrences(of: ".", with: ",") }
        var values: [String: String] = [:]
        values["option"] = option
        values["numerator"] = comma(numerator)
        values["denominator"] = comma(denominator)
        values["answer"] = answer
        values["achieved"] = comma(achieved)
        values["target"] = comma(target)
        values["count"] = count.map(String.init)
        values["satisfaction"] = comma(satisfaction)
        values["score"] = scoreHundredths.map { Points(hundredths: $0).formatted(.vi) }
        if notApplicable == true { values["not_applicable"] = "on" }
        return values
    }
}
