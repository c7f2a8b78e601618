/// An assessment with its entries placed by leaf number, ready to be scored many times.
///
/// Inputs are stored once in a flat array and each leaf points into it per layer: scoring then
/// reads an input in place instead of copying entries of a few hundred bytes per leaf.
public struct ResolvedAssessment: Sendable {
    public var unit: UnitReference
    public var facts: [String: Bool]
    public var ranked: Bool
    let inputs: [LeafInput]
    /// Per layer (self, appraised, survey) and leaf number: the position in `inputs`, or -1.
    let slots: [[Int32]]

    /// `entries` holds one entry (or nil) per leaf number (see `ScoringTree.leafNodes`).
    public init(unit: UnitReference, entries: [LeafEntry?], facts: [String: Bool] = [:], ranked: Bool = true) {
        self.unit = unit
        self.facts = facts
        self.ranked = ranked
        var inputs: [LeafInput] = []
        var slots = [[Int32]](repeating: [Int32](repeating: -1, count: entries.count), count: ScoreLayer.allCases.count)
        for (leafNumber, entry) in entries.enumerated() {
            guard let entry else { continue }
            for (position, layer) in ScoreLayer.allCases.enumerated() {
                if let input = entry[layer] {
                    slots[position][leafNumber] = Int32(inputs.count)
                    inputs.append(input)
                }
            }
        }
        self.inputs = inputs
        self.slots = slots
    }

    /// The same from one array per layer (self, appraised, survey), each holding one input or nil
    /// per leaf number: what a bulk reader fills without building an entry per leaf.
    public init(unit: UnitReference, layers: [[LeafInput?]], facts: [String: Bool] = [:], ranked: Bool = true) {
        self.unit = unit
        self.facts = facts
        self.ranked = ranked
        let leafCount = layers.first?.count ?? 0
        var inputs: [LeafInput] = []
        var slots = [[Int32]](repeating: [Int32](repeating: -1, count: leafCount), count: ScoreLayer.allCases.count)
        for (position, layer) in layers.prefix(ScoreLayer.allCases.count).enumerated() {
            for (leafNumber, input) in layer.enumerated() where leafNumber < leafCount {
                guard let input else { continue }
                slots[position][leafNumber] = Int32(inputs.count)
                inputs.append(input)
            }
        }
        self.inputs = inputs
        self.slots = slots
    }

    /// Where the input of `layer` for leaf `leafNumber` is stored, or -1.
    func slot(_ layer: ScoreLayer, leaf leafNumber: Int) -> Int {
        switch layer {
        case .selfAssessed: Int(slots[0][leafNumber])
        case .appraised: Int(slots[1][leafNumber])
        case .survey: Int(slots[2][leafNumber])
        }
    }
}

/// Something wrong in an assessment file's entries, named by the criterion's code.
public struct AssessmentProblem: Sendable, Equatable, Error {
    public var code: String
    public var message: LocalizedText

    public init(code: String, message: LocalizedText) {
        self.code = code
        self.message = message
    }
}

extension ScoringTree {
    /// Places each entry of `assessment` on its leaf, reporting codes that are not leaves of this
    /// set and self-scores given for survey-derived criteria (the unit cannot score those).
    public func resolve(_ assessment: Assessment) -> (ResolvedAssessment, [AssessmentProblem]) {
        var entries = [LeafEntry?](repeating: nil, count: leafNodes.count)
        var problems: [AssessmentProblem] = []
        for (code, entry) in assessment.entries {
            guard let index = nodeIndex(of: code) else {
                problems.append(AssessmentProblem(code: code, message: LocalizedText(
                    vi: "Bộ chỉ số không có tiêu chí mã \(code)", en: "The criteria set has no criterion coded \(code)")))
                continue
            }
            let node = nodes[index]
            guard node.isLeaf else {
                problems.append(AssessmentProblem(code: code, message: LocalizedText(
                    vi: "\(code) có tiêu chí thành phần: hãy chấm các tiêu chí thành phần",
                    en: "\(code) has sub-criteria: score those instead")))
                continue
            }
            if node.kind == .survey, entry.selfAssessed != nil || entry.appraised != nil {
                problems.append(AssessmentProblem(code: code, message: LocalizedText(
                    vi: "\(code) lấy điểm từ điều tra xã hội học: đơn vị và thẩm định không chấm tiêu chí này",
                    en: "\(code) is survey-derived: neither the unit nor the appraiser scores it")))
            }
            entries[node.leafNumber] = entry
        }
        // In code order, as people read them; sorted only when there are any (scoring a page
        // sorted every entry before, for nothing).
        problems.sort { $0.code.precedesAsCode($1.code) }
        let resolved = ResolvedAssessment(unit: assessment.unit, entries: entries, facts: assessment.facts, ranked: assessment.ranked)
        return (resolved, problems)
    }
}

extension String {
    /// Orders codes as people read them: "1.2" before "1.10".
    public func precedesAsCode(_ other: String) -> Bool {
        let left = split(separator: ".")
        let right = other.split(separator: ".")
        for (a, b) in zip(left, right) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        return left.count < right.count
    }
}
