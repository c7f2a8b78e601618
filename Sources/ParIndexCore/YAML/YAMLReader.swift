import Yams

/// Reads a YAML document into ParIndex values, collecting every problem with its line rather
/// than stopping at the first, so that a file's author sees all of them at once.
final class YAMLReader {
    let file: String?
    private(set) var issues: [ValidationIssue] = []

    init(file: String?) {
        self.file = file
    }

    /// Parses the text; a syntax error becomes an issue with its line.
    func root(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                report(line: nil, code: nil, LocalizedText(vi: "Tệp rỗng", en: "The file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            report(line: error.line, code: nil, LocalizedText(vi: "YAML không hợp lệ: \(error.problem)", en: "Invalid YAML: \(error.problem)"))
        } catch {
            report(line: nil, code: nil, LocalizedText(vi: "YAML không hợp lệ: \(error)", en: "Invalid YAML: \(error)"))
        }
        return nil
    }

    func report(line: Int?, code: String?, _ message: LocalizedText) {
        issues.append(ValidationIssue(file: file, line: line, code: code, message: message))
    }

    /// The node as a mapping, reporting what it should have been otherwise.
    func mapping(_ node: Node?, code: String?, what: LocalizedText) -> YAMLMapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(line: node.mark?.line, code: code, LocalizedText(vi: "\(what.vi) phải là một bảng khoá: giá trị", en: "\(what.en) must be a mapping of keys to values"))
            return nil
        }
        return YAMLMapping(mapping: mapping, reader: self, code: code, line: node.mark?.line)
    }

    func sequence(_ node: Node?, code: String?, what: String) -> [Node] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            report(line: node.mark?.line, code: code, LocalizedText(vi: "«\(what)» phải là một danh sách", en: "“\(what)” must be a list"))
            return []
        }
        return Array(sequence)
    }
}

extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
