import Testing
@testable import ParIndexCore

/// Highest index first; equal indices share a rank (1, 2, 2, 4); units not ranked, or without
/// an index, are listed apart by name.
@Suite struct RankingTests {
    static func entry(_ code: String, _ index: String?, ranked: Bool = true, name: String? = nil) -> Ranking.Entry {
        Ranking.Entry(unit: UnitReference(code: code, name: name ?? "Huyện \(code)"), index: index.map { dec($0) }, ranked: ranked)
    }

    @Test func tiesShareARankAndTheNextRankSkips() {
        // act
        let table = Ranking.rank([Self.entry("d", "80"), Self.entry("c", "85"), Self.entry("a", "92,18"), Self.entry("b", "85,00")])

        // check
        #expect(table.ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(table.ranked.map(\.entry.unit.code) == ["a", "b", "c", "d"])
    }

    @Test func aThreeWayTieAtTheTop() {
        // act
        let table = Ranking.rank([Self.entry("c", "90"), Self.entry("a", "90"), Self.entry("b", "90"), Self.entry("z", "10")])

        // check
        #expect(table.ranked.map(\.rank) == [1, 1, 1, 4])
    }

    @Test func unitsNotRankedOrWithoutAnIndexAreListedApartByName() {
        // act
        let table = Ranking.rank([
            Self.entry("x", "99", ranked: false, name: "Xã X"), Self.entry("a", "70"), Self.entry("n", nil, name: "Huyện N"),
        ])

        // check
        #expect(table.ranked.map(\.entry.unit.code) == ["a"])
        #expect(table.unranked.map(\.unit.name) == ["Huyện N", "Xã X"])
    }

    @Test func equalIndicesAreListedByUnitCodeWhateverTheInputOrder() {
        // setup
        let entries = [Self.entry("c", "85"), Self.entry("a", "85"), Self.entry("b", "85")]

        // act
        let forwards = Ranking.rank(entries)
        let backwards = Ranking.rank(entries.reversed())

        // check
        #expect(forwards == backwards)
        #expect(forwards.ranked.map(\.entry.unit.code) == ["a", "b", "c"])
    }

    @Test func nothingToRank() {
        #expect(Ranking.rank([]) == Ranking.Table(ranked: [], unranked: []))
    }
}
