import Testing
@testable import ParIndexCore

/// An assessment written as YAML reads back as the same assessment, whatever its notes hold.
@Suite struct AssessmentYAMLWritingTests {
    @Test func everyLayerAndInputReadsBackAsWritten() throws {
        let hostile = "Ghi chú: \"trích dẫn\", #không phải chú thích\ndòng hai — 'nháy đơn' & {ngoặc} [x]: - y"
        var entries: [String: LeafEntry] = [:]
        entries["1.1"] = LeafEntry(selfAssessed: LeafInput(option: "kip_thoi", note: hostile),
                                   appraised: LeafInput(option: "cham", note: "Lý do: thiếu văn bản"))
        entries["1.2"] = LeafEntry(selfAssessed: LeafInput(numerator: FixedDecimal(units: 385_5, decimals: 1), denominator: FixedDecimal(400)))
        entries["2.10"] = LeafEntry(selfAssessed: LeafInput(answer: .notApplicable, notApplicable: true))
        entries["2.2"] = LeafEntry(selfAssessed: LeafInput(achieved: FixedDecimal(units: 5, decimals: 2), target: FixedDecimal(100), count: 7))
        entries["9.1"] = LeafEntry(survey: LeafInput(satisfaction: FixedDecimal(units: 875, decimals: 1)))
        entries["D.1"] = LeafEntry(selfAssessed: LeafInput(score: Points(hundredths: -250)))
        let assessment = Assessment(criteriaSetID: "langson-district-par-2023", unit: UnitReference(code: "chi-lang", name: "UBND huyện \"Chi Lăng\""),
                                    year: 2023, entries: entries, facts: ["on_time": true, "no_violation": false], ranked: false)
        // act
        let text = try assessment.toYAML()
        let read = try Assessment.fromYAML(text)
        // check
        #expect(read.criteriaSetID == assessment.criteriaSetID)
        #expect(read.unit == assessment.unit)
        #expect(read.year == 2023)
        #expect(read.ranked == false)
        #expect(read.facts == assessment.facts)
        #expect(read.entries.keys.sorted() == entries.keys.sorted())
        for (code, entry) in entries {
            for layer in ScoreLayer.allCases {
                #expect(read.entries[code]?[layer] == entry[layer], "\(code) \(layer)")
            }
        }
        // Codes in the order people read them.
        let positions = ["\"1.1\"", "\"1.2\"", "\"2.2\"", "\"2.10\""].compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test(arguments: 0..<25) func randomAssessmentsScoreTheSameAfterARoundTrip(seed: Int) throws {
        let random = RandomCriteria(seed: seed)
        let read = try Assessment.fromYAML(try random.assessment.toYAML())
        let scorer = Scorer(random.set)
        #expect(scorer.score(read, view: .final).result.total == scorer.score(random.assessment, view: .final).result.total)
        #expect(read.entries.count == random.assessment.entries.count)
    }
}
