import Foundation
import Testing
import ParIndexCore

@Suite("Criteria-set text edits")
struct CriteriaSetTextEditTests {
    static func shipped(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("criteria-sets/\(name).yaml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: ["langson-district-par-2023", "langson-task-performance-2023", "decree-335-2025-agency", "commune-par-2025"])
    func noEditsGiveTheSameSet(name: String) throws {
        // Rewriting the file must not change what it means: rules, bands, settings, every node.
        let text = try Self.shipped(name)
        let rewritten = try CriteriaSet.applying([:], toYAML: text)
        var original = try CriteriaSet.fromYAML(text)
        var again = try CriteriaSet.fromYAML(rewritten)
        original.stripLines()
        again.stripLines()
        #expect(original == again)
        #expect(again.validate().isEmpty)
    }

    @Test func wordingAndMaximaChangeAndNothingElse() throws {
        let text = try Self.shipped("langson-district-par-2023")
        let edits = ["1.1.1": CriterionTextEdit(title: "Ban hành kế hoạch CCHC", titleEnglish: "", guidance: "Trước 31/12."),
                     "9.2": CriterionTextEdit(maximum: "7"), "9.3": CriterionTextEdit(maximum: "5,0")]
        let set = try CriteriaSet.fromYAML(try CriteriaSet.applying(edits, toYAML: text))
        let tree = ScoringTree(set)
        let leaf = tree.nodes[try #require(tree.nodeIndex(of: "1.1.1"))].definition
        #expect(leaf.title.vi == "Ban hành kế hoạch CCHC")
        #expect(leaf.guidance == "Trước 31/12.")
        #expect(leaf.rule == ScoringTree(try CriteriaSet.fromYAML(text)).nodes[try #require(tree.nodeIndex(of: "1.1.1"))].definition.rule)
        #expect(tree.nodes[try #require(tree.nodeIndex(of: "9.2"))].maximum == Points(7))
        #expect(tree.nodes[try #require(tree.nodeIndex(of: "9.3"))].maximum == Points(5))
        #expect(set.validate().isEmpty)
    }

    @Test func anUnknownCodeAnEmptyTitleAndABadMaximumAreAllReported() throws {
        let text = try Self.shipped("langson-district-par-2023")
        let edits = ["99": CriterionTextEdit(title: "x"), "1.2": CriterionTextEdit(title: "  "), "1.3": CriterionTextEdit(maximum: "hai")]
        #expect {
            _ = try CriteriaSet.applying(edits, toYAML: text)
        } throws: { error in
            (error as? ValidationFailure)?.issues.count == 3
        }
    }
}

extension CriteriaSet {
    /// Line numbers differ between a file and its rewrite; meaning does not.
    mutating func stripLines() {
        func strip(_ node: inout CriteriaNode) {
            node.line = nil
            for index in node.children.indices { strip(&node.children[index]) }
        }
        for index in roots.indices { strip(&roots[index]) }
        for index in bands.indices { bands[index].line = nil }
    }
}
