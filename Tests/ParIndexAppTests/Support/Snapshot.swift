import Foundation
import Testing

/// Page snapshots under `__Snapshots__/`: the HTML with one tag per line, ids and tokens that
/// change between runs replaced. A missing snapshot is written and the test fails once, so a
/// new or changed page is always looked at; PARINDEX_RECORD_SNAPSHOTS=1 rewrites them all.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__", isDirectory: true)

    static func normalise(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "><", with: ">\n<")
        let patterns = [
            ("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", "<uuid>"),
            ("(name=\"_csrf\" value=\")[^\"]*", "$1<csrf>"),
            ("(_csrf=)[A-Za-z0-9_-]+", "$1<csrf>"),
            // Surveys: lower-case ids, a response's short id, link codes and the form's device token
            ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"),
            ("\\b[0-9a-f]{8}( · )", "<id>$1"),
            ("(/s/|%2Fs%2F|data-keep=\"|data-forget=\")[2-9A-HJKMNP-Z]{8}", "$1<code>"),
            ("(name=\"form_token\" value=\")[^\"]*", "$1<token>"),
        ]
        for (pattern, template) in patterns {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text + "\n"
    }

    static func check(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".html")
        let actual = normalise(html)
        let record = ProcessInfo.processInfo.environment["PARINDEX_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name).html; check it and run again", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let index = Array(zip(expectedLines, actualLines)).firstIndex { $0.0 != $0.1 } ?? min(expectedLines.count, actualLines.count)
        let was = index < expectedLines.count ? expectedLines[index] : "(end)"
        let now = index < actualLines.count ? actualLines[index] : "(end)"
        Issue.record("Snapshot \(name).html differs at line \(index + 1):\n  was: \(was)\n  now: \(now)", sourceLocation: sourceLocation)
    }
}
