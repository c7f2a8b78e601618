import Testing
@testable import ParIndexCLI

/// The complete example in docs/criteria-set-format.md must validate and score as the text says,
/// so the format's documentation cannot drift from the decoder.
@Suite("Documented example")
struct DocumentedExampleTests {
    /// The fenced YAML blocks of the document's section 6, in order.
    private func exampleBlocks() throws -> [String] {
        let document = try RepositoryFiles.read(RepositoryFiles.path("docs/criteria-set-format.md"))
        let section = try #require(document.range(of: "## 6. Complete example"))
        var blocks: [String] = []
        var rest = document[section.upperBound...]
        while let open = rest.range(of: "```yaml\n"), let close = rest[open.upperBound...].range(of: "```") {
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    @Test func theCompleteExampleScoresAsDocumented() throws {
        // setup
        let blocks = try exampleBlocks()
        try #require(blocks.count == 2)
        let set = try RepositoryFiles.temporary(blocks[0], name: "example-small.yaml")
        let assessment = try RepositoryFiles.temporary(blocks[1], name: "example-small-assessment.yaml")
        // act
        let validation = ParIndexCLI.run(["criteria", "validate", set])
        let selfView = ParIndexCLI.run(["score", set, assessment])
        let finalView = ParIndexCLI.run(["score", set, assessment, "--layer", "final", "--format", "json"])
        // check
        #expect(validation.status == 0, "\(validation.errors)")
        #expect(selfView.status == 0, "\(selfView.errors)")
        #expect(selfView.output.contains("Tổng điểm: 13,83 / 18"))
        #expect(selfView.output.contains("Chỉ số: 76,83%"))
        #expect(selfView.output.contains("Xếp loại: Nhóm B"))
        #expect(finalView.output.range(of: "\"code\": \"2.1\",[^}]*?\"points\": 2.25,", options: .regularExpression) != nil)
    }
}
