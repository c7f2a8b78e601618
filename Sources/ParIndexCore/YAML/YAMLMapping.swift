import Yams

/// Typed access to one YAML mapping; every wrong or missing value is reported to the reader
/// with its line and the code of the node being read.
struct YAMLMapping {
    let mapping: Node.Mapping
    let reader: YAMLReader
    let code: String?
    let line: Int?

    func node(_ key: String) -> Node? { mapping.value(forKey: key) }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// Reports keys this mapping does not know, which are usually typos ("maxium").
    func rejectUnknownKeys(_ known: Set<String>) {
        for (key, value) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            let list = known.sorted().joined(separator: ", ")
            reader.report(line: value.mark?.line ?? line, code: code, LocalizedText(
                vi: "Khoá không hợp lệ «\(name)» (các khoá hợp lệ: \(list))",
                en: "Unknown key “\(name)” (known keys: \(list))"))
        }
    }

    func missing(_ key: String) {
        reader.report(line: line, code: code, LocalizedText(vi: "Thiếu «\(key)»", en: "“\(key)” is missing"))
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = value.scalar else {
            reader.report(line: value.mark?.line, code: code, LocalizedText(vi: "«\(key)» phải là một giá trị đơn", en: "“\(key)” must be a single value"))
            return nil
        }
        return scalar.string
    }

    /// Text in Vietnamese, optionally with English: `key: "…"` plus `key_en: "…"`, or `key: {vi: …, en: …}`.
    func text(_ key: String, required: Bool = false) -> LocalizedText? {
        if let value = node(key), let inner = value.mapping {
            let vi = inner.value(forKey: "vi")?.string
            let en = inner.value(forKey: "en")?.string
            guard let vi else {
                reader.report(line: value.mark?.line, code: code, LocalizedText(vi: "«\(key)» thiếu bản tiếng Việt (vi)", en: "“\(key)” lacks its Vietnamese text (vi)"))
                return nil
            }
            return LocalizedText(vi: vi, en: en ?? vi)
        }
        guard let vi = string(key, required: required) else { return nil }
        return LocalizedText(vi: vi, en: string(key + "_en") ?? vi)
    }

    func points(_ key: String, required: Bool = false, allowNegative: Bool = false) -> Points? {
        fixed(key, required: required, maxDecimals: 2, allowNegative: allowNegative).map { Points(hundredths: $0.units) }
    }

    func fixed(_ key: String, required: Bool = false, maxDecimals: Int = 2, allowNegative: Bool = false) -> FixedDecimal? {
        guard let text = string(key, required: required) else { return nil }
        switch DecimalText.parse(text, maxDecimals: maxDecimals, allowNegative: allowNegative) {
        case .success(let value):
            return value
        case .failure(let error):
            reader.report(line: node(key)?.mark?.line, code: code, LocalizedText(vi: "«\(key)»: \(error.message.vi)", en: "“\(key)”: \(error.message.en)"))
            return nil
        }
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = Int(text.trimmingSpaces()), value >= 0 else {
            reader.report(line: node(key)?.mark?.line, code: code, LocalizedText(
                vi: "«\(key)» phải là số nguyên không âm, không phải «\(text)»", en: "“\(key)” must be a whole number, not “\(text)”"))
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "có": return true
        case "false", "no", "không": return false
        default:
            reader.report(line: node(key)?.mark?.line, code: code, LocalizedText(
                vi: "«\(key)» phải là true hoặc false, không phải «\(text)»", en: "“\(key)” must be true or false, not “\(text)”"))
            return nil
        }
    }

    /// A value from a closed list ("half_up", "half_even"), reporting the valid names otherwise.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report(line: node(key)?.mark?.line, code: code, LocalizedText(
            vi: "«\(key)»: «\(text)» không hợp lệ (chọn một trong: \(names))", en: "“\(key)”: “\(text)” is not valid (one of: \(names))"))
        return nil
    }

    func date(_ key: String) -> CalendarDate? {
        guard let text = string(key) else { return nil }
        guard let date = CalendarDate(text) else {
            reader.report(line: node(key)?.mark?.line, code: code, LocalizedText(
                vi: "«\(key)»: «\(text)» không phải ngày hợp lệ (yyyy-mm-dd)", en: "“\(key)”: “\(text)” is not a valid date (yyyy-mm-dd)"))
            return nil
        }
        return date
    }

    func child(_ key: String, required: Bool = false) -> YAMLMapping? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        return reader.mapping(value, code: code, what: LocalizedText("«\(key)»"))
    }

    func list(_ key: String) -> [Node] {
        reader.sequence(node(key), code: code, what: key)
    }

    /// Reads an interval from `min`, `min_inclusive` (default true), `max`, `max_inclusive` (default false).
    func interval() -> Interval {
        let lower = fixed("min", maxDecimals: 4).map { Bound($0, inclusive: bool("min_inclusive") ?? true) }
        let upper = fixed("max", maxDecimals: 4).map { Bound($0, inclusive: bool("max_inclusive") ?? false) }
        return Interval(lower: lower, upper: upper)
    }
}

extension Node.Mapping {
    /// The value under `key`, however the key is written: Yams' own subscript resolves the key's
    /// type, so a quoted "1" would not be found under 1, nor a plain 1 under "1".
    func value(forKey key: String) -> Node? {
        first { $0.key.string == key }?.value
    }
}
