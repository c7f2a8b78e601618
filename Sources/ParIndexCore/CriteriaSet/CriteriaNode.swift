/// One node of a criteria set's tree: a field, a criterion or a sub-criterion, at any depth.
public struct CriteriaNode: Sendable, Equatable {
    /// "1", "1.2", "1.2.3", "Muc4": each child's code starts with its parent's code and a dot.
    public var code: String
    public var title: LocalizedText
    /// The most points the node can give; for bonus and deduction nodes, their cap.
    public var maximum: Points
    public var kind: NodeKind
    public var guidance: String?
    /// What evidence (tài liệu kiểm chứng) the criterion requires.
    public var evidence: String?
    /// The scoring rule; required on leaves, absent on inner nodes.
    public var rule: Rule?
    public var children: [CriteriaNode]
    /// The node's maximum caps its children, whose maxima may add up to more.
    public var capsChildren: Bool
    /// A bonus that may lift the total beyond the set's maximum rather than being part of it.
    public var outsideMaximum: Bool
    /// The unit may declare this criterion not applicable (when the set's policy allows it).
    public var mayBeNotApplicable: Bool
    /// Line in the source file, for messages.
    public var line: Int?

    public init(code: String, title: LocalizedText, maximum: Points, kind: NodeKind = .scored, guidance: String? = nil, evidence: String? = nil, rule: Rule? = nil, children: [CriteriaNode] = [], capsChildren: Bool = false, outsideMaximum: Bool = false, mayBeNotApplicable: Bool = false, line: Int? = nil) {
        self.code = code
        self.title = title
        self.maximum = maximum
        self.kind = kind
        self.guidance = guidance
        self.evidence = evidence
        self.rule = rule
        self.children = children
        self.capsChildren = capsChildren
        self.outsideMaximum = outsideMaximum
        self.mayBeNotApplicable = mayBeNotApplicable
        self.line = line
    }

    public var isLeaf: Bool { children.isEmpty }

    /// Whether the node's maximum counts toward the maximum of a parent of `parentKind` (roots:
    /// toward the total's). Inside a bonus or deduction section its members count toward the
    /// section's cap; elsewhere deductions and bonuses outside the maximum add nothing.
    public func countsTowardMaximum(ofParentKind parentKind: NodeKind = .scored) -> Bool {
        switch (kind, parentKind) {
        case (.deduction, .deduction), (.bonus, .bonus): true
        case (.deduction, _): false
        case (.bonus, _): !outsideMaximum
        default: true
        }
    }

    /// How much of the node's maximum counts toward a scored parent's maximum.
    public var maximumContribution: Points {
        countsTowardMaximum() ? maximum : .zero
    }
}

public enum NodeKind: String, Sendable, CaseIterable {
    /// Scored by the unit and appraised by the province.
    case scored
    /// Points come from the sociological survey; the unit cannot score it.
    case survey
    /// Bonus points (điểm thưởng), capped by the node's maximum.
    case bonus
    /// Deduction points (điểm trừ), capped by the node's maximum; they lower the parent.
    case deduction

    public var title: LocalizedText {
        switch self {
        case .scored: LocalizedText(vi: "chấm điểm", en: "scored")
        case .survey: LocalizedText(vi: "điều tra xã hội học", en: "survey-derived")
        case .bonus: LocalizedText(vi: "điểm thưởng", en: "bonus")
        case .deduction: LocalizedText(vi: "điểm trừ", en: "deduction")
        }
    }
}
