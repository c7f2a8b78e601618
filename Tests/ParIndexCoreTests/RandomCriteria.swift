@testable import ParIndexCore

/// Random small criteria sets and assessments for property tests, built from one seed so that
/// a failing case can be replayed; with an independent reference of how the tree adds up.
struct RandomCriteria {
    struct Options {
        var maxLeaves = 8
        var deductions = true
        var notApplicable = true
        var outsideBonus = true
    }

    let set: CriteriaSet
    let assessment: Assessment
    /// The free-score leaves in pre-order, as the scorer numbers them.
    let leaves: [CriteriaNode]

    init(seed: Int, options: Options = Options()) {
        var rng = SplitMix(seed: seed)
        var leafCount = 0
        var inputs: [String: LeafInput] = [:]

        func halfPoints(_ range: ClosedRange<Int>) -> Points { Points(hundredths: rng.int(range) * 50) }

        func leaf(_ code: String, kind: NodeKind) -> CriteriaNode {
            leafCount += 1
            let maximum = halfPoints(1...20)
            let exemptible = options.notApplicable && kind != .deduction && rng.chance(25)
            switch rng.int(0...9) {
            case 0, 1: break
            case 2 where exemptible: inputs[code] = LeafInput(notApplicable: true)
            default: inputs[code] = LeafInput(score: Points(hundredths: rng.int(0...maximum.hundredths)))
            }
            return Fixture.free(code, maximum, kind: kind, mayBeNotApplicable: exemptible)
        }

        func children(of code: String, kind: NodeKind, depth: Int) -> [CriteriaNode] {
            (1...rng.int(1...3)).map { position in
                let childCode = "\(code).\(position)"
                if kind == .scored, options.deductions, rng.chance(15) {
                    return leaf(childCode, kind: .deduction)
                }
                return node(childCode, kind: kind, depth: depth + 1)
            }
        }

        func node(_ code: String, kind: NodeKind, depth: Int) -> CriteriaNode {
            guard depth < 3, leafCount < options.maxLeaves - 1, rng.chance(55) else { return leaf(code, kind: kind) }
            let below = children(of: code, kind: kind, depth: depth)
            let sum = below.reduce(Points.zero) { $0 + ($1.kind == kind ? $1.maximum : $1.maximumContribution) }
            switch kind {
            case .bonus, .deduction:
                return Fixture.node(code, Points(hundredths: rng.int(1...max(1, sum.hundredths / 50)) * 50), kind: kind, below)
            case .scored, .survey:
                let caps = rng.chance(30)
                let maximum = caps ? Points(hundredths: rng.int(1...max(1, sum.hundredths / 50)) * 50) : sum
                return Fixture.node(code, maximum, capsChildren: caps, below)
            }
        }

        var roots: [CriteriaNode] = []
        for position in 1...rng.int(1...3) {
            roots.append(node(String(position), kind: .scored, depth: 0))
        }
        if rng.chance(40) {
            let outside = options.outsideBonus && rng.chance(50)
            var bonus = node("B", kind: .bonus, depth: 1)
            if bonus.isLeaf {
                // A bonus is a section: wrap a single bonus leaf in one.
                var only = bonus
                only.code = "B.1"
                if let input = inputs.removeValue(forKey: "B") { inputs["B.1"] = input }
                bonus = Fixture.node("B", only.maximum, kind: .bonus, [only])
            }
            bonus.outsideMaximum = outside
            roots.append(bonus)
        }
        if options.deductions, rng.chance(40) {
            roots.append(Fixture.node("D", halfPoints(1...10), kind: .deduction, [leaf("D.1", kind: .deduction)]))
        }
        let policy = options.notApplicable ? NotApplicablePolicy.allCases[rng.int(0...2)] : .shrinkMaximum
        let settings = ScoringSettings(rounding: rng.chance(50) ? .halfUp : .halfEven, totalMayExceedMaximum: rng.chance(40),
                                       notApplicable: policy)
        self.set = Fixture.set(roots, settings: settings)
        self.assessment = Fixture.selfAssessment(inputs)
        var leaves: [CriteriaNode] = []
        func collect(_ node: CriteriaNode) {
            if node.isLeaf { leaves.append(node) } else { node.children.forEach(collect) }
        }
        roots.forEach(collect)
        self.leaves = leaves
    }

    /// Points and maximum of every node in pre-order, worked out recursively from the inputs
    /// without the scorer: the capped sum of the children, as PAR-INDEX.md describes it.
    func reference() -> (points: [Points], maximum: [Points], total: Points, totalMaximum: Points) {
        let policy = set.settings.notApplicable
        var points: [Points] = []
        var maxima: [Points] = []

        func counts(_ child: CriteriaNode, under parentKind: NodeKind) -> Bool {
            switch (child.kind, parentKind) {
            case (.deduction, .deduction), (.bonus, .bonus): true
            case (.deduction, _): false
            case (.bonus, _): !child.outsideMaximum
            default: true
            }
        }

        func visit(_ node: CriteriaNode) -> (Points, Points) {
            let slot = points.count
            points.append(.zero)
            maxima.append(.zero)
            var result: (Points, Points)
            if node.isLeaf {
                let input = assessment.entries[node.code]?.selfAssessed
                let sign = node.kind == .deduction ? -1 : 1
                switch (input?.notApplicable, input?.score) {
                case (true?, _):
                    switch policy {
                    case .shrinkMaximum: result = (.zero, .zero)
                    case .awardFull: result = (node.kind == .deduction ? .zero : node.maximum, node.maximum)
                    case .notAllowed: result = (.zero, node.maximum)
                    }
                case (_, let score?): result = (Points(hundredths: sign * score.hundredths), node.maximum)
                default: result = (.zero, node.maximum)
                }
            } else {
                var sum = Points.zero
                var childMaximum = Points.zero
                for child in node.children {
                    let (childPoints, childMax) = visit(child)
                    sum += childPoints
                    if counts(child, under: node.kind) { childMaximum += childMax }
                }
                switch node.kind {
                case .deduction: result = (sum.clamped(to: -node.maximum ... .zero), node.maximum)
                case .bonus:
                    let cap = min(node.maximum, childMaximum)
                    result = (sum.clamped(to: .zero ... cap), cap)
                case .scored, .survey:
                    let cap = node.capsChildren ? min(node.maximum, childMaximum) : childMaximum
                    result = (sum.clamped(to: .zero ... cap), cap)
                }
            }
            points[slot] = result.0
            maxima[slot] = result.1
            return result
        }

        var raw = Points.zero
        var totalMaximum = Points.zero
        for root in set.roots {
            let (rootPoints, rootMaximum) = visit(root)
            raw += rootPoints
            if counts(root, under: .scored) { totalMaximum += rootMaximum }
        }
        let total = set.settings.totalMayExceedMaximum ? max(raw, .zero) : raw.clamped(to: .zero ... totalMaximum)
        return (points, maxima, total, totalMaximum)
    }
}
