/// RFC 4180 text as ParIndex writes it: UTF-8 with a byte-order mark so that Excel reads the
/// Vietnamese letters, CRLF line ends, and no text that Excel would run as a formula.
public enum CSVText {
    public static let byteOrderMark = "\u{FEFF}"

    /// One line of fields, quoted where needed, ending in CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// Text that Excel would read as a formula (a leading `=`, `+`, `-` or `@`) kept as text with
    /// an apostrophe, so no name or answer becomes a formula when the file is opened.
    public static func inert(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    /// A field quoted when it holds a separator, a quote or a line break.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
