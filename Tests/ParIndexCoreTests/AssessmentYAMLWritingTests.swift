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

/// `compare_with:` pairs a newer set's fields with an older set's for year-over-year comparison.
@Suite struct SetComparisonTests {
    static func yaml(_ comparison: String) -> String {
        """
        id: newer
        title: "Bộ mới"
        instrument: par_index
        year: 2024
        settings: {maximum: 20}
        \(comparison)
        nodes:
          - {code: "1", title: "Lĩnh vực 1", maximum: 10, rule: {type: free_score}}
          - {code: "2", title: "Lĩnh vực 2", maximum: 10, rule: {type: free_score}}
        """
    }

    @Test func pairsAreReadAndUnlistedFieldsMatchByCode() throws {
        let set = try CriteriaSet.fromYAML(Self.yaml(#"compare_with: {set: older, fields: {"2": "3"}}"#))
        let comparison = try #require(set.compareWith)
        #expect(comparison.setID == "older")
        #expect(comparison.newerCode(of: "3") == "2")
        #expect(comparison.newerCode(of: "1") == "1")
        #expect(comparison.newerCode(of: "2") == nil, "code 2 now belongs to the older field 3")
        #expect(set.validate().isEmpty)
    }

    @Test func pairsForCodesTheSetDoesNotHaveAreRefused() throws {
        let set = try CriteriaSet.fromYAML(Self.yaml(#"compare_with: {set: older, fields: {"9": "3", "1": "3"}}"#))
        let messages = set.validate().map(\.message.en)
        #expect(messages.contains { $0.contains("9 is not a field code") })
        #expect(messages.contains { $0.contains("paired with two fields") })
        #expect(throws: (any Error).self) { try CriteriaSet.fromYAML(Self.yaml("compare_with: {fields: {}}")) }
    }
}
