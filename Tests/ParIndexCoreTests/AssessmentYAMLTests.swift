import Testing
@testable import ParIndexCore

/// An assessment file: layered entries (self, appraised, survey) or the self layer alone, facts,
/// and the figures a report states; bad numbers are reported with their line and code.
@Suite struct AssessmentYAMLTests {
    @Test func readsLayeredAndShorthandEntries() throws {
        // setup
        let yaml = """
            criteria_set: t
            unit:
              code: u1
              name: "Đơn vị 1"
            year: 2023
            facts:
              on_time: true
            entries:
              "1.1": {option: kip_thoi}
              "1.2":
                self: {score: "4,5"}
                appraised: {score: 4, note: "thiếu minh chứng"}
              "9.1":
                survey: {satisfaction: "85,5"}
              "2.1": {numerator: 9, denominator: 10, answer: "không áp dụng", count: 3, not_applicable: true}
            reported:
              source: "Bài báo"
              total: "83,06"
              band: "tốt"
              nodes:
                "2": 7
                "1": 10
            """

        // act
        let assessment = try Assessment.fromYAML(yaml)

        // check
        #expect(assessment.criteriaSetID == "t")
        #expect(assessment.unit == UnitReference(code: "u1", name: "Đơn vị 1"))
        #expect(assessment.year == 2023)
        #expect(assessment.facts == ["on_time": true])
        #expect(assessment.ranked)
        #expect(assessment.entries["1.1"] == LeafEntry(selfAssessed: LeafInput(option: "kip_thoi")))
        #expect(assessment.entries["1.2"] == LeafEntry(selfAssessed: LeafInput(score: pts("4,5")),
                                                       appraised: LeafInput(score: Points(4), note: "thiếu minh chứng")))
        #expect(assessment.entries["9.1"] == LeafEntry(survey: LeafInput(satisfaction: dec("85,5"))))
        #expect(assessment.entries["2.1"] == LeafEntry(selfAssessed: LeafInput(
            numerator: FixedDecimal(9), denominator: FixedDecimal(10), answer: .notApplicable, count: 3, notApplicable: true)))
        #expect(assessment.reported == ReportedFigures(source: "Bài báo", total: pts("83,06"), band: "tốt",
                                                       nodes: [("2", Points(7)), ("1", Points(10))]))
    }

    @Test func badNumbersAreReportedWithLineAndCodeAllAtOnce() {
        // setup
        let yaml = """
            criteria_set: t
            unit: {code: u1, name: "U"}
            year: 2023
            entries:
              "1.1": {score: "4,867"}
              "1.2": {count: "abc"}
              "1.3": {scroe: 1}
              "1.4": {answer: "maybe"}
            """

        // act
        let issues: [ValidationIssue]
        do {
            _ = try Assessment.fromYAML(yaml, file: "a.yaml")
            issues = []
        } catch {
            issues = error.issues
        }

        // check
        #expect(issues.map(\.line) == [5, 6, 7, 8])
        #expect(issues.map(\.code) == ["1.1", "1.2", "1.3", "1.4"])
        #expect(issues[0].message.vi == "«score»: «4,867» có quá 2 chữ số thập phân")
        #expect(issues[1].message.en == "“count” must be a whole number, not “abc”")
        #expect(issues[2].message.en.hasPrefix("Unknown key “scroe”"))
        #expect(issues[3].message.en == "“answer”: “maybe” is not valid (yes, no, not_applicable)")
        #expect(issues.allSatisfy { $0.file == "a.yaml" })
    }

    @Test func aLayeredEntryRefusesKeysOutsideItsLayers() {
        // setup: "score" beside "self" is ambiguous
        let yaml = """
            criteria_set: t
            unit: {code: u1, name: "U"}
            year: 2023
            entries:
              "1.1":
                self: {score: 1}
                score: 2
            """

        // act
        let issues: [ValidationIssue]
        do {
            _ = try Assessment.fromYAML(yaml)
            issues = []
        } catch {
            issues = error.issues
        }

        // check
        #expect(issues.map(\.code) == ["1.1"])
        #expect(issues.map(\.line) == [7])
    }

    @Test func aNegativeDirectScoreIsReadForDeductionLeaves() throws {
        // setup
        let yaml = """
            criteria_set: t
            unit: {code: u1, name: "U"}
            year: 2023
            ranked: false
            entries:
              "5.1": {score: "-0,5"}
            """

        // act
        let assessment = try Assessment.fromYAML(yaml)

        // check
        #expect(assessment.entries["5.1"]?.selfAssessed?.score == pts("-0,5"))
        #expect(!assessment.ranked)
    }
}
