import Testing
@testable import ParIndexCore

/// A period's results: figures per unit with what is not final said so, ranks with ties, the
/// units kept apart, field ranks and the summary, worked out by hand from a small set.
@Suite struct ResultsTableTests {
    /// Field A (10: A.1 6, A.2 4), field B (10: B.1), survey S (20: S.1); band "x" from 80 %.
    static let set = Fixture.set([
        Fixture.node("A", Points(10), [Fixture.free("A.1", Points(6)), Fixture.free("A.2", Points(4))]),
        Fixture.node("B", Points(10), [Fixture.free("B.1", Points(10))]),
        Fixture.node("S", Points(20), kind: .survey, [Fixture.free("S.1", Points(20), kind: .survey)]),
    ], bands: [Fixture.band("x", min: 80), Fixture.band("y", min: 0)])

    static func unit(_ code: String, own: [String: Int] = [:], appraised: [String: Int] = [:], survey: Int? = nil,
                     appraisalStarted: Bool = true, final: Bool = true, ranked: Bool = true) -> ResultsTable.Input {
        var entries: [String: LeafEntry] = [:]
        for (leaf, points) in own { entries[leaf, default: LeafEntry()].selfAssessed = LeafInput(score: Points(points)) }
        for (leaf, points) in appraised { entries[leaf, default: LeafEntry()].appraised = LeafInput(score: Points(points)) }
        if let survey { entries["S.1"] = LeafEntry(survey: LeafInput(score: Points(survey))) }
        var assessment = Assessment(criteriaSetID: "test-set", unit: UnitReference(code: code, name: "Đơn vị \(code)"), year: 2023,
                                    entries: entries)
        assessment.ranked = ranked
        let resolved = Scorer(set).tree.resolve(assessment).0
        return ResultsTable.Input(assessment: resolved, appraisalStarted: appraisalStarted, isFinal: final)
    }

    static let full = ["A.1": 6, "A.2": 4, "B.1": 10]

    static var table: ResultsTable {
        ResultsTable(scorer: Scorer(set), inputs: [
            unit("u1", own: ["A.1": 6, "A.2": 4, "B.1": 8], appraised: ["A.1": 5], survey: 15), // 32 of 40: 80 %
            unit("u2", own: ["A.1": 5, "A.2": 4, "B.1": 8], survey: 15), // 80 % too: shares the rank
            unit("u3", own: ["A.1": 6, "A.2": 4, "B.1": 6], appraisalStarted: false, final: false), // no survey yet
            unit("u4", appraisalStarted: false, final: false), // an empty draft
            unit("u5", own: full, survey: 20, ranked: false), // scored, not ranked by decision
            unit("u6", own: full, survey: 20), // 100 %
            unit("u7", own: ["A.1": 0, "A.2": 0, "B.1": 0], survey: 10), // 25 %
            unit("u8", own: full, survey: 20, final: false), // whole but still in appraisal
        ], workers: 1)
    }

    @Test func ranksFinalUnitsWithTiesAndKeepsTheOthersApart() {
        let rows = Self.table.rows
        #expect(rows.map(\.rank) == [2, 2, nil, nil, nil, 1, 4, nil])
        #expect(rows.map(\.excludedByDecision) == [false, false, false, false, true, false, false, false])
        #expect(Self.table.ordered.map(\.result.unit.code) == ["u6", "u1", "u2", "u7", "u3", "u4", "u5", "u8"])
    }

    @Test func figuresThatAreNotFinalSaySo() {
        let rows = Self.table.rows
        #expect(rows.map(\.result.standing) == [.complete, .complete, .partial, .notScored, .complete, .complete, .complete, .complete])
        let draft = rows[2].result
        #expect(draft.index == nil && draft.band == nil)
        #expect(draft.scoredPoints == Points(16) && draft.scoredMaximum == Points(20))
        #expect(draft.onlySurveyMissing(in: Self.table.tree))
        #expect(draft.appraisedPoints == nil && draft.surveyPoints == nil)
        let empty = rows[3].result
        #expect(empty.index == nil && empty.band == nil && empty.total == .zero)
    }

    @Test func separatesOwnAppraisedAndSurveyPointsAndWhatTheAppraisalRemoved() {
        let first = Self.table.rows[0].result
        #expect(first.selfPoints == Points(18))
        #expect(first.appraisedPoints == Points(17))
        #expect(first.surveyPoints == Points(15))
        #expect(first.total == Points(32) && first.maximum == Points(40))
        #expect(first.index == dec("80") && first.band?.key == "x")
        #expect(first.removedByAppraisal == Points(1))
        #expect(first.changes == [UnitResult.Change(leafNumber: 0, selfPoints: Points(6), appraisedPoints: Points(5))])
        #expect(first.fields.map(\.points) == [Points(9), Points(8), Points(15)])
        #expect(first.fields.map(\.index) == [dec("90"), dec("80"), dec("75")])
    }

    @Test func ranksEachFieldAmongRankedUnits() {
        // Field A: u6 100, u1 90, u2 90, u7 0.
        #expect(Self.table.rows.map { $0.fieldRanks[0] } == [2, 2, nil, nil, nil, 1, 4, nil])
    }

    @Test func summarisesRankedUnitsOnly() {
        let summary = Self.table.summary
        #expect(summary.rankedCount == 4)
        #expect(summary.bands.map(\.count) == [3, 1])
        #expect(summary.mean == dec("71.25"))
        #expect(summary.median == dec("80"))
        #expect(summary.lowest == dec("25") && summary.highest == dec("100"))
        // Field A's indices 90, 90, 100, 0 → 70; points 9, 9, 10, 0 → 7.
        #expect(summary.fields[0].meanIndex == dec("70"))
        #expect(summary.fields[0].meanPoints == Points(7))
    }

    @Test func listsTheCriteriaTheAppraisalLowered() {
        let deviations = CriterionDeviation.of(Self.table)
        #expect(deviations == [CriterionDeviation(leafNumber: 0, code: "A.1", loweredCount: 1, pointsRemoved: Points(1), largest: Points(1))])
    }

    @Test func ranksInPlaceWithTies() {
        #expect(Ranking.ranks(of: [dec("5"), nil, dec("7"), dec("5"), dec("1")]) == [2, nil, 1, 2, 4])
        #expect(Ranking.ranks(of: []) == [])
    }

    @Test func statisticsRoundOnceUnderTheSetsRule() {
        #expect(Statistics.mean([dec("1"), dec("2")], decimals: 0, mode: .halfUp) == dec("2"))
        #expect(Statistics.mean([dec("1"), dec("2")], decimals: 0, mode: .halfEven) == dec("2"))
        #expect(Statistics.mean([dec("1"), dec("4")], decimals: 0, mode: .halfEven) == dec("2"))
        #expect(Statistics.mean([dec("0.01"), dec("0.02"), dec("0.02")], decimals: 2, mode: .halfUp) == dec("0.02"))
        #expect(Statistics.median([dec("3"), dec("1"), dec("2")], decimals: 2, mode: .halfUp) == dec("2"))
        #expect(Statistics.median([dec("4"), dec("1"), dec("2"), dec("3")], decimals: 2, mode: .halfUp) == dec("2.5"))
        #expect(Statistics.mean([FixedDecimal](), decimals: 2, mode: .halfUp) == nil)
        #expect(Statistics.mean([Points(hundredths: 1), Points(hundredths: 2)], mode: .halfUp) == Points(hundredths: 2))
    }
}

/// Properties of the results on random sets: parts add up to totals, ranks follow indices, band
/// counts add up to the ranked units.
@Suite struct ResultsTablePropertyTests {
    @Test(arguments: 0..<40) func resultsAgreeWithTheirOwnFigures(seed: Int) {
        let random = RandomCriteria(seed: seed)
        let scorer = Scorer(random.set)
        var rng = SplitMix(seed: seed &* 7919)
        let inputs = (0..<30).map { unit -> ResultsTable.Input in
            let entries = scorer.tree.leafNodes.map { node -> LeafEntry? in
                let maximum = scorer.tree.nodes[node].maximum
                return rng.chance(90) ? LeafEntry(selfAssessed: LeafInput(score: Points(hundredths: rng.int(0...maximum.hundredths)))) : nil
            }
            return ResultsTable.Input(assessment: ResolvedAssessment(unit: UnitReference(code: "u\(unit)", name: "Xã \(unit)"), entries: entries,
                                                                      ranked: rng.chance(90)),
                                      appraisalStarted: true, isFinal: rng.chance(80))
        }
        let bands = [Fixture.band("a", min: 50), Fixture.band("b", min: 0)]
        var set = random.set
        set.bands = bands
        let table = ResultsTable(scorer: Scorer(set), inputs: inputs, workers: 2)
        for row in table.rows {
            let result = row.result
            // Fields add up to the total, capped as the total is.
            let sum = result.fields.reduce(Points.zero) { $0 + $1.points }
            let capped = set.settings.totalMayExceedMaximum ? max(sum, .zero) : sum.clamped(to: .zero ... result.maximum)
            #expect(capped == result.total)
            if row.rank != nil { #expect(result.standing == .complete && result.index != nil) }
        }
        let ranked = table.rows.filter { $0.rank != nil }
        for a in ranked {
            for b in ranked {
                if a.result.index! > b.result.index! { #expect(a.rank! < b.rank!) }
                if a.result.index! == b.result.index! { #expect(a.rank! == b.rank!) }
            }
        }
        #expect(table.summary.bands.reduce(0) { $0 + $1.count } == ranked.count)
        #expect(table.summary.rankedCount == ranked.count)
    }
}
