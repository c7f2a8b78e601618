/// Where the appraisal lowered the units' own scores across a period: per criterion, how many
/// units lost points on it and how many in all. Sorted by points lost, it is next year's risk list.
public struct CriterionDeviation: Sendable, Equatable {
    public var leafNumber: Int
    public var code: String
    /// Units whose score on the criterion the appraisal lowered.
    public var loweredCount: Int
    public var pointsRemoved: Points
    /// The largest single lowering.
    public var largest: Points

    /// Per criterion lowered at least once, most points removed first (then code order).
    public static func of(_ table: ResultsTable) -> [CriterionDeviation] {
        let tree = table.tree
        var byLeaf: [Int: CriterionDeviation] = [:]
        for row in table.rows {
            for change in row.result.changes where !change.removed.isNegative {
                var deviation = byLeaf[change.leafNumber] ?? CriterionDeviation(
                    leafNumber: change.leafNumber, code: tree.nodes[tree.leafNodes[change.leafNumber]].code,
                    loweredCount: 0, pointsRemoved: .zero, largest: .zero)
                deviation.loweredCount += 1
                deviation.pointsRemoved += change.removed
                deviation.largest = max(deviation.largest, change.removed)
                byLeaf[change.leafNumber] = deviation
            }
        }
        return byLeaf.values.sorted {
            $0.pointsRemoved != $1.pointsRemoved ? $0.pointsRemoved > $1.pointsRemoved : $0.code.precedesAsCode($1.code)
        }
    }
}
