/// A problem found in a criteria set or an assessment, pointing at the file, line and node code.
public struct ValidationIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    /// The code of the node concerned, when there is one.
    public var code: String?
    public var message: LocalizedText

    public init(file: String? = nil, line: Int? = nil, code: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.code = code
        self.message = message
    }

    /// "file.yaml:42: [3.1.2] message", in the chosen language.
    public func formatted(_ language: Language) -> String {
        var location = file ?? ""
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        var parts: [String] = []
        if !location.isEmpty { parts.append(location + ":") }
        if let code { parts.append("[\(code)]") }
        parts.append(message.text(language))
        return parts.joined(separator: " ")
    }

    public var description: String { formatted(.vi) }
}

/// Issues found together, thrown when a file cannot be used.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public var issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) {
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
