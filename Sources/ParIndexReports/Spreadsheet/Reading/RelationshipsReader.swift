import Foundation

/// A relationships part (`_rels/*.rels`): which part each relationship id points at.
struct RelationshipsReader {
    struct Relationship {
        /// The relationship type's last path segment: "worksheet", "sharedStrings"... Transitional
        /// and Strict files use different type URIs with the same last segment.
        var kind: String
        /// The target's part name inside the archive (no leading "/"), nil for an external target.
        var partName: String?
    }

    var relationships: [String: Relationship] = [:]

    /// Reads `bytes`, the relationships of the part in the folder `base` (e.g. "xl/").
    init(_ bytes: [UInt8], part: String, base: String) throws(SpreadsheetError) {
        var scanner = try XMLScanner(part: part, bytes: bytes)
        while let event = try scanner.next() {
            guard case let .start(name) = event, scanner.isNamed(name, "Relationship") else { continue }
            guard let id = try scanner.attributeText("Id"), let type = try scanner.attributeText("Type"),
                  let target = try scanner.attributeText("Target") else { throw scanner.malformed }
            let external = try scanner.attributeText("TargetMode") == "External"
            let kind = type.split(separator: "/").last.map(String.init) ?? ""
            relationships[id] = Relationship(kind: kind, partName: external ? nil : Self.partName(target, base: base))
        }
    }

    func first(ofKind kind: String) -> Relationship? {
        relationships.values.first { $0.kind == kind }
    }

    /// Resolves a target, relative to `base` ("worksheets/sheet1.xml") or absolute
    /// ("/xl/worksheets/sheet1.xml"), to a part name; nil when it climbs above the archive's root.
    static func partName(_ target: String, base: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        let path = decoded.hasPrefix("/") ? decoded : base + decoded
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": guard segments.popLast() != nil else { return nil }
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}
