/// Where a command writes: collected in memory so that tests read exactly what a user sees.
public final class Console {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}

    public func print(_ text: String = "") {
        output += text.hasSuffix("\n") ? text : text + "\n"
    }

    public func error(_ text: String) {
        errors += text.hasSuffix("\n") ? text : text + "\n"
    }
}

/// The exit statuses `parindex` documents in its help.
public enum ExitStatus: Int32, Sendable {
    /// Done; reported figures, if any, agree with the computed ones.
    case success = 0
    /// A file or an input is invalid (syntax, validation, a wrong score).
    case invalidInput = 2
    /// The reported figures disagree with the computed ones.
    case mismatch = 3
    /// `parindex bench` missed its target.
    case benchmarkMissed = 1
}
