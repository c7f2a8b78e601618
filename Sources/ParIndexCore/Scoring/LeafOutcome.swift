/// What scoring made of one leaf.
public struct LeafOutcome: Sendable, Equatable {
    /// The leaf's contribution to its parent: negative on a deduction leaf.
    public var points: Points
    /// The layer the points come from; nil when no layer read has an input.
    public var layer: ScoreLayer?
    public var working: RuleWorking

    public static let notScored = LeafOutcome(points: .zero, layer: nil, working: .notScored)

    public var isScored: Bool {
        switch working {
        case .notScored, .invalid: false
        default: true
        }
    }

    /// Declared not applicable; the set's policy decides whether that shrinks the maximum.
    public var isNotApplicable: Bool { working.declaresNotApplicable }

    public var inputError: LocalizedText? {
        if case .invalid(let message) = working { return message }
        return nil
    }
}
