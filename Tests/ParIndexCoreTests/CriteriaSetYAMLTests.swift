import Testing
@testable import ParIndexCore

/// A criteria set read from YAML: every problem of form is reported at once with its line and
/// the code of the node it belongs to.
@Suite struct CriteriaSetYAMLTests {
    static func issues(_ yaml: String) -> [ValidationIssue] {
        do {
            _ = try CriteriaSet.fromYAML(yaml, file: "set.yaml")
            return []
        } catch {
            return error.issues
        }
    }

    @Test func readsASmallSet() throws {
        // setup
        let yaml = """
            id: t
            title: "Bộ thử"
            title_en: "Test set"
            instrument: par_index
            year: 2023
            settings:
              maximum: 10
              rounding: half_even
              not_applicable: award_full
            nodes:
              - code: "1"
                title: "Lĩnh vực 1"
                maximum: 10
                children:
                  - code: "1.1"
                    title: "A"
                    maximum: "4,5"
                    rule:
                      type: options
                      options:
                        - {label: "Đủ", points: "4,5"}
                        - {label: "Thiếu", points: 2}
                  - code: "1.2"
                    title: "B"
                    maximum: "5,5"
                    not_applicable_allowed: true
                    rule: {type: free_score, step: "0,5"}
            """

        // act
        let set = try CriteriaSet.fromYAML(yaml)

        // check
        let field = try #require(set.roots.first)
        #expect(set.metadata.title == LocalizedText(vi: "Bộ thử", en: "Test set"))
        #expect(set.settings == ScoringSettings(maximum: Points(10), rounding: .halfEven, notApplicable: .awardFull))
        #expect(field.children.map(\.maximum) == [pts("4,5"), pts("5,5")])
        #expect(field.children[0].rule == .options([
            RuleOption(key: "1", label: LocalizedText("Đủ"), points: pts("4,5")), RuleOption(key: "2", label: LocalizedText("Thiếu"), points: Points(2)),
        ]))
        #expect(field.children[1].rule == .freeScore(FreeScoreRule(step: pts("0,5"))))
        #expect(field.children[1].mayBeNotApplicable)
        #expect(field.children[1].line == 23)
        #expect(set.validate() == [])
    }

    @Test func readsTiersWithTheirBoundsAsWorded() throws {
        // setup
        let yaml = """
            id: t
            title: "x"
            instrument: par_index
            year: 2023
            settings: {maximum: 2}
            nodes:
              - code: "1"
                title: "A"
                maximum: 2
                rule:
                  type: percentage_tiers
                  numerator: "Hoàn thành"
                  denominator: "Tổng"
                  zero_denominator: full_points
                  tiers:
                    - {min: 90, min_inclusive: false, max: 100, max_inclusive: true, points: 2}
                    - {min: 70, max: 90, max_inclusive: true, points: 1}
                    - {max: 70, points: 0}
            """

        // act
        let set = try CriteriaSet.fromYAML(yaml)

        // check: min is inclusive and max exclusive unless stated
        guard case .percentageTiers(let rule) = set.roots[0].rule else {
            Issue.record("not a tiers rule")
            return
        }
        #expect(rule.zeroDenominator == .fullPoints)
        #expect(rule.tiers.map(\.range) == [
            Interval(lower: Bound(FixedDecimal(90), inclusive: false), upper: Bound(FixedDecimal(100), inclusive: true)),
            Interval(lower: Bound(FixedDecimal(70), inclusive: true), upper: Bound(FixedDecimal(90), inclusive: true)),
            Interval(lower: nil, upper: Bound(FixedDecimal(70), inclusive: false)),
        ])
    }

    @Test func anUnknownKeyIsReportedWithItsLineAndCode() throws {
        // setup: "maxium" on line 10
        let yaml = """
            id: t
            title: "x"
            instrument: par_index
            year: 2023
            settings:
              maximum: 10
            nodes:
              - code: "1"
                title: "A"
                maxium: 10
                rule: {type: free_score}
            """

        // act
        let issues = Self.issues(yaml)

        // check: the typo, and the maximum it left missing
        let typo = try #require(issues.first { $0.message.en.hasPrefix("Unknown key “maxium”") })
        #expect(typo.line == 10)
        #expect(typo.code == "1")
        #expect(typo.file == "set.yaml")
        #expect(issues.contains { $0.code == "1" && $0.message.en == "“maximum” is missing" })
    }

    @Test func everyProblemOfFormIsReportedAtOnce() {
        // setup
        let yaml = """
            id: t
            title: "x"
            instrument: par_index
            year: 2023
            nodes:
              - code: "1"
                title: "A"
                maximum: "4,867"
                rule: {type: guess}
              - code: "2"
                title: "B"
                maximum: 5
                kind: bonus
                rule: {type: free_score, stepp: 1}
            """

        // act
        let issues = Self.issues(yaml)

        // check: a value is reported at its own line, a node's shape at the node's first line
        #expect(issues.map(\.line) == [8, 9, 10, 14])
        #expect(issues.map(\.code) == ["1", "1", "2", "2"])
        #expect(issues[0].message.vi == "«maximum»: «4,867» có quá 2 chữ số thập phân")
        #expect(issues[1].message.en.hasPrefix("Unknown rule type “guess”"))
        #expect(issues[2].message.en == "A bonus node states its limit as “cap”, not “maximum”")
        #expect(issues[3].message.en.hasPrefix("Unknown key “stepp”"))
    }

    @Test func aBonusWithoutACapIsReported() {
        // setup
        let yaml = """
            id: t
            title: "x"
            instrument: par_index
            year: 2023
            nodes:
              - code: "B"
                title: "Thưởng"
                kind: bonus
                rule: {type: free_score}
            """

        // act
        let issues = Self.issues(yaml)

        // check
        #expect(issues.map(\.code) == ["B"])
        #expect(issues.map(\.message.en) == ["A bonus node has no cap (“cap”)"])
    }

    @Test func aSyntaxErrorIsReportedWithItsLine() throws {
        // setup: an unclosed flow sequence on line 3
        let yaml = """
            id: t
            title: "x"
            nodes: [
            year: 2023
            """

        // act
        let issues = Self.issues(yaml)

        // check
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.message.en.hasPrefix("Invalid YAML"))
        #expect(issue.line != nil)
        #expect((3...5).contains(issue.line ?? 0))
    }

    @Test func anEmptyFileIsReported() {
        #expect(Self.issues("").map(\.message.en) == ["The file is empty"])
    }

    @Test func missingRequiredKeysAreAllReported() {
        // act
        let issues = Self.issues("issuer: x\n")

        // check
        #expect(Set(issues.map(\.message.en)) == ["“id” is missing", "“title” is missing", "“instrument” is missing", "“year” is missing", "“nodes” is missing"])
    }

    @Test func problemsOfContentAreLeftToValidation() throws {
        // setup: children adding up to 4 under a maximum of 5
        let yaml = """
            id: t
            title: "x"
            instrument: par_index
            year: 2023
            settings: {maximum: 5}
            nodes:
              - code: "1"
                title: "A"
                maximum: 5
                children:
                  - {code: "1.1", title: "a", maximum: 4, rule: {type: free_score}}
            """

        // act
        let set = try CriteriaSet.fromYAML(yaml, file: "set.yaml")
        let issues = set.validate(file: "set.yaml")

        // check: the node's line travels into the issue
        #expect(issues.map(\.code) == ["1"])
        #expect(issues.map(\.line) == [7])
    }
}

/// Band problems found by validation point at the band's line in the file.
@Suite struct BandLineTests {
    @Test func aDuplicateBandAndAnUndeclaredFactNameTheirLines() throws {
        // setup
        let yaml = """
            id: t
            title: T
            instrument: par_index
            year: 2023
            settings: {maximum: 1}
            bands:
              - {key: A, label: A, min: 90, conditions: [on_time]}
              - {key: A, label: B, min: 80}
            nodes:
              - {code: "1", title: X, maximum: 1, rule: {type: free_score}}
            """
        // act
        let issues = try CriteriaSet.fromYAML(yaml, file: "t.yaml").validate(file: "t.yaml")
        // check
        #expect(issues.map { $0.formatted(.en) }.contains("t.yaml:7: Band “A” uses the fact “on_time”, not declared under “facts”"))
        #expect(issues.map { $0.formatted(.en) }.contains("t.yaml:8: Band “A” is listed twice"))
    }
}
