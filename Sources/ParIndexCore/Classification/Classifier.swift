/// Places a unit in a band: the best band whose lower bound the value meets and whose
/// conditions all hold.
///
/// Bands are listed best first. A unit that reaches a band's score but fails one of its
/// conditions falls to the next band down, as Decree 335/2025 words it ("đạt từ 90 điểm trở lên
/// nhưng không đáp ứng điều kiện … thì xếp loại hoàn thành tốt").
public struct Classifier: Sendable {
    public let bands: [Band]

    public init(bands: [Band]) {
        self.bands = bands
    }

    public func classify(_ value: FixedDecimal?, facts: [String: Bool]) -> Classification {
        guard let value else { return Classification(band: nil, steps: []) }
        var steps: [Classification.Step] = []
        for band in bands {
            guard band.range.meetsLower(value) else {
                steps.append(.belowBound(band: band.key))
                continue
            }
            if band.conditions.allSatisfy({ facts[$0.fact] == $0.required }) {
                steps.append(.placed(band: band.key))
                return Classification(band: band, steps: steps)
            }
            steps.append(.conditionsNotMet(band: band.key, failed: band.conditions.filter { facts[$0.fact] != $0.required }))
        }
        return Classification(band: nil, steps: steps)
    }
}

/// The band reached and why: every band tried, from the best down.
public struct Classification: Sendable, Equatable {
    public var band: Band?
    public var steps: [Step]

    public enum Step: Sendable, Equatable {
        case belowBound(band: String)
        /// The score was enough but these conditions were not met (or the fact was not declared).
        case conditionsNotMet(band: String, failed: [BandCondition])
        case placed(band: String)
    }
}
