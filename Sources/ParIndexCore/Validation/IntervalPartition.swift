/// Checks that intervals laid end to end (percentage tiers, bands) neither leave gaps nor overlap.
enum IntervalPartition {
    enum Problem: Equatable {
        case gap(after: Bound?, before: Bound?)
        case overlap(at: FixedDecimal)
        case uncoveredBelow(FixedDecimal)
        case uncoveredAbove(FixedDecimal)
    }

    /// Problems of `intervals` (in ascending order of their lower bounds) as a partition of
    /// `domain`: every value in the domain must fall in exactly one interval.
    static func problems(ascending intervals: [Interval], domain: ClosedRange<FixedDecimal>?) -> [Problem] {
        var problems: [Problem] = []
        for (lowerPart, upperPart) in zip(intervals, intervals.dropFirst()) {
            guard let end = lowerPart.upper else {
                problems.append(.overlap(at: upperPart.lower?.value ?? .zero))
                continue
            }
            guard let start = upperPart.lower else {
                problems.append(.overlap(at: end.value))
                continue
            }
            if end.value > start.value || (end.value == start.value && end.inclusive && start.inclusive) {
                problems.append(.overlap(at: start.value))
            } else if end.value < start.value || (!end.inclusive && !start.inclusive) {
                problems.append(.gap(after: end, before: start))
            }
        }
        if let domain, let first = intervals.first, let last = intervals.last {
            if let lower = first.lower, lower.value > domain.lowerBound || (lower.value == domain.lowerBound && !lower.inclusive) {
                problems.append(.uncoveredBelow(lower.value))
            }
            if let upper = last.upper, upper.value < domain.upperBound || (upper.value == domain.upperBound && !upper.inclusive) {
                problems.append(.uncoveredAbove(upper.value))
            }
        }
        return problems
    }

    static func message(_ problem: Problem, what: LocalizedText) -> LocalizedText {
        switch problem {
        case .gap(let after, let before):
            func value(_ bound: Bound?, _ language: Language) -> String { bound.map { $0.value.formatted(language) } ?? "?" }
            return LocalizedText(vi: "Các \(what.vi) để hở khoảng giữa \(value(after, .vi)) và \(value(before, .vi))",
                                 en: "The \(what.en) leave a gap between \(value(after, .en)) and \(value(before, .en))")
        case .overlap(let value):
            return LocalizedText(vi: "Các \(what.vi) chồng lên nhau tại \(value.formatted(.vi))",
                                 en: "The \(what.en) overlap at \(value.formatted(.en))")
        case .uncoveredBelow(let value):
            return LocalizedText(vi: "Các \(what.vi) không bao phủ giá trị dưới \(value.formatted(.vi))",
                                 en: "The \(what.en) do not cover values below \(value.formatted(.en))")
        case .uncoveredAbove(let value):
            return LocalizedText(vi: "Các \(what.vi) không bao phủ giá trị trên \(value.formatted(.vi))",
                                 en: "The \(what.en) do not cover values above \(value.formatted(.en))")
        }
    }
}
