/// One unit's figures in a period's results, derived from two scorings of its assessment: the
/// unit's own (self view) and the current figures (final view: appraised where the appraisal set a
/// score, self-assessed otherwise, plus survey points).
public struct UnitResult: Sendable {
    /// How far the figures go, which decides what may be shown: a band only for a whole score.
    public enum Standing: Sendable, Equatable {
        /// Nothing scored by the unit or the appraiser yet: "chưa chấm", never "0 · Yếu".
        case notScored
        /// Some top-level parts have no input yet (usually the survey): only the scored part's
        /// points against its maximum ("64,06 / 80"), no index over the whole, no band.
        case partial
        /// Every top-level part has input: total, index and band of the whole set.
        case complete
    }

    /// One top-level node (a field, a bonus or deduction section) of one unit.
    public struct Field: Sendable, Equatable {
        public var node: Int
        public var points: Points
        /// The maximum that applies (shrunk by criteria declared not applicable).
        public var maximum: Points
        /// Points ÷ maximum × 100 under the set's rounding; nil for deductions and empty maxima.
        public var index: FixedDecimal?
        /// Whether any of its leaves has an input.
        public var isScored: Bool
    }

    /// A leaf whose appraised points differ from the unit's own.
    public struct Change: Sendable, Equatable {
        public var leafNumber: Int
        public var selfPoints: Points
        public var appraisedPoints: Points
        /// Positive when the appraisal lowered the leaf (a deduction added counts as lowered).
        public var removed: Points { selfPoints - appraisedPoints }
    }

    public var unit: UnitReference
    public var standing: Standing
    public var fields: [Field]
    /// The unit's own points on the parts it scores (survey parts excluded).
    public var selfPoints: Points
    /// The current points on the parts the unit scores, once appraisal has started.
    public var appraisedPoints: Points?
    /// Points of survey-derived top-level parts, once any survey input is known.
    public var surveyPoints: Points?
    /// The total and maximum of the whole set, as the current figures stand.
    public var total: Points
    public var maximum: Points
    /// The points and maximum of the parts that have input ("64,06 of 80").
    public var scoredPoints: Points
    public var scoredMaximum: Points
    /// Only for a complete score.
    public var index: FixedDecimal?
    public var band: Band?
    /// Top-level nodes still without input, in set order.
    public var missingParts: [Int]
    /// The leaves the appraisal changed, in leaf order.
    public var changes: [Change]

    /// What the appraisal took away: the sum of every lowered leaf (raises are not netted off).
    public var removedByAppraisal: Points {
        changes.reduce(.zero) { $1.removed.isNegative ? $0 : $0 + $1.removed }
    }

    /// `own` is the self view, `current` the final view of the same assessment; `appraisalStarted`
    /// says whether the appraised figures are shown yet.
    public init(unit: UnitReference, own: ScoreResult, current: ScoreResult, appraisalStarted: Bool) {
        let tree = current.tree
        self.unit = unit
        var fields: [Field] = []
        var selfPoints = Points.zero
        var partPoints = Points.zero
        var surveyPoints: Points?
        var scoredOutsideSurvey = 0
        for root in tree.rootNodes {
            let kind = tree.nodes[root].kind
            fields.append(Field(node: root, points: current.nodePoints[root], maximum: current.nodeMaximum[root],
                                index: current.componentIndex(ofNode: root), isScored: current.scoredLeaves[root] > 0))
            if kind == .survey {
                if current.scoredLeaves[root] > 0 { surveyPoints = (surveyPoints ?? .zero) + current.nodePoints[root] }
            } else {
                selfPoints += own.nodePoints[root]
                partPoints += current.nodePoints[root]
                scoredOutsideSurvey += current.scoredLeaves[root]
            }
        }
        self.fields = fields
        self.selfPoints = selfPoints
        self.appraisedPoints = appraisalStarted ? partPoints : nil
        self.surveyPoints = surveyPoints
        total = current.total
        maximum = current.maximum
        (scoredPoints, scoredMaximum) = current.scoredPart
        missingParts = current.unscoredRoots
        standing = scoredOutsideSurvey == 0 ? .notScored : (missingParts.isEmpty ? .complete : .partial)
        index = standing == .complete ? current.index : nil
        band = standing == .complete ? current.band : nil
        var changes: [Change] = []
        for (leafNumber, outcome) in current.leafOutcomes.enumerated() where outcome.layer == .appraised {
            let ownOutcome = own.leafOutcomes[leafNumber]
            if ownOutcome.isScored, ownOutcome.points != outcome.points {
                changes.append(Change(leafNumber: leafNumber, selfPoints: ownOutcome.points, appraisedPoints: outcome.points))
            }
        }
        self.changes = changes
    }

    /// Whether every part still missing is a survey part: the usual state before survey points
    /// are merged ("ĐTXHH chưa có").
    public func onlySurveyMissing(in tree: ScoringTree) -> Bool {
        !missingParts.isEmpty && missingParts.allSatisfy { tree.nodes[$0].kind == .survey }
    }
}
