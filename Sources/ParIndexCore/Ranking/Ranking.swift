/// Ranks assessments within a unit group: highest index first, equal indices share a rank
/// (1, 2, 2, 4), and units marked not ranked are listed apart.
public enum Ranking {
    public struct Entry: Sendable, Equatable {
        public var unit: UnitReference
        /// The rounded index, as published: ties are judged on what readers see.
        public var index: FixedDecimal?
        public var ranked: Bool

        public init(unit: UnitReference, index: FixedDecimal?, ranked: Bool = true) {
            self.unit = unit
            self.index = index
            self.ranked = ranked
        }
    }

    public struct Placed: Sendable, Equatable {
        public var rank: Int
        public var entry: Entry
    }

    public struct Table: Sendable, Equatable {
        public var ranked: [Placed]
        /// Scored but not ranked (by decision, or with no index), in name order.
        public var unranked: [Entry]
    }

    public static func rank(_ entries: [Entry]) -> Table {
        var rankable: [Entry] = []
        var unranked: [Entry] = []
        rankable.reserveCapacity(entries.count)
        for entry in entries {
            if entry.ranked, entry.index != nil { rankable.append(entry) } else { unranked.append(entry) }
        }
        // Among equals, the unit code (compared byte-wise, which is cheap) keeps the listing stable.
        rankable.sort { a, b in
            a.index! != b.index! ? a.index! > b.index! : a.unit.code.utf8.lexicographicallyPrecedes(b.unit.code.utf8)
        }
        var placed: [Placed] = []
        placed.reserveCapacity(rankable.count)
        for (position, entry) in rankable.enumerated() {
            let rank = position > 0 && placed[position - 1].entry.index == entry.index ? placed[position - 1].rank : position + 1
            placed.append(Placed(rank: rank, entry: entry))
        }
        unranked.sort { $0.unit.name < $1.unit.name }
        return Table(ranked: placed, unranked: unranked)
    }
}

extension Ranking {
    /// The rank of each value in place, highest first, equal values sharing a rank (1, 2, 2, 4);
    /// nil values are not ranked. For tables that already know which rows compete.
    public static func ranks(of values: [FixedDecimal?]) -> [Int?] {
        let order = values.enumerated().compactMap { position, value in value.map { (position, $0) } }.sorted { $0.1 > $1.1 }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (place, (position, value)) in order.enumerated() {
            if place > 0, order[place - 1].1 == value {
                ranks[position] = ranks[order[place - 1].0]
            } else {
                ranks[position] = place + 1
            }
        }
        return ranks
    }
}
