import Foundation
import Testing
import ParIndexCore

@Suite("Criteria set edits that keep scores")
struct ScoringShapeTests {
    static func shipped() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("criteria-sets/langson-district-par-2023.yaml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func rewordingTitlesAndGuidanceKeepsScores() throws {
        let text = try Self.shipped()
        let original = try CriteriaSet.fromYAML(text)
        var reworded = original
        reworded.roots[0].title = LocalizedText(vi: "Tên mới", en: "New title")
        reworded.roots[0].guidance = "Hướng dẫn mới"
        #expect(original.scoresLike(reworded))
    }

    @Test func changingAMaximumOrARuleChangesScores() throws {
        let original = try CriteriaSet.fromYAML(try Self.shipped())
        var changed = original
        changed.roots[0].maximum = changed.roots[0].maximum + Points(1)
        #expect(!original.scoresLike(changed))
        var settings = original
        settings.settings.indexDecimals += 1
        #expect(!original.scoresLike(settings))
    }
}
