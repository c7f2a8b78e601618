public import ParIndexCore

/// A JSON document written by hand, so that points and indices appear exactly as computed
/// (JSONEncoder would route them through Double).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number literal, already formatted.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func number(_ value: Points) -> JSONValue { .number(value.fixed.jsonLiteral) }
    public static func number(_ value: FixedDecimal) -> JSONValue { .number(value.jsonLiteral) }
    public static func number(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func optional(_ value: Points?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func optional(_ value: FixedDecimal?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// The document, indented by two spaces per level.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: "")
        return output
    }

    private func write(into output: inout String, indent: String) {
        switch self {
        case .string(let text): output += Self.quoted(text)
        case .number(let literal): output += literal
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (position, item) in items.enumerated() {
                output += indent + "  "
                item.write(into: &output, indent: indent + "  ")
                output += position + 1 < items.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (position, (key, value)) in members.enumerated() {
                output += indent + "  " + Self.quoted(key) + ": "
                value.write(into: &output, indent: indent + "  ")
                output += position + 1 < members.count ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
