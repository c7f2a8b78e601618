@testable import ParIndexCore

/// Builders for small criteria sets and assessments written in code, so each test states only
/// what it is about and every expected figure can be worked out by hand from the test itself.
enum Fixture {
    static func title(_ code: String) -> LocalizedText {
        LocalizedText(vi: "Tiêu chí \(code)", en: "Criterion \(code)")
    }

    static func leaf(_ code: String, _ maximum: Points, _ rule: Rule, kind: NodeKind = .scored,
                     mayBeNotApplicable: Bool = false, outsideMaximum: Bool = false) -> CriteriaNode {
        CriteriaNode(code: code, title: title(code), maximum: maximum, kind: kind, rule: rule,
                     outsideMaximum: outsideMaximum, mayBeNotApplicable: mayBeNotApplicable)
    }

    static func node(_ code: String, _ maximum: Points, kind: NodeKind = .scored, capsChildren: Bool = false,
                     outsideMaximum: Bool = false, _ children: [CriteriaNode]) -> CriteriaNode {
        CriteriaNode(code: code, title: title(code), maximum: maximum, kind: kind, children: children,
                     capsChildren: capsChildren, outsideMaximum: outsideMaximum)
    }

    /// A free-score leaf: the simplest leaf to give an exact number of points.
    static func free(_ code: String, _ maximum: Points, kind: NodeKind = .scored, mayBeNotApplicable: Bool = false,
                     outsideMaximum: Bool = false) -> CriteriaNode {
        leaf(code, maximum, .freeScore(FreeScoreRule()), kind: kind, mayBeNotApplicable: mayBeNotApplicable,
             outsideMaximum: outsideMaximum)
    }

    /// A set whose maximum is the sum of what its roots contribute, unless one is given.
    static func set(_ roots: [CriteriaNode], maximum: Points? = nil, settings: ScoringSettings = ScoringSettings(),
                    bands: [Band] = [], facts: [FactDefinition] = []) -> CriteriaSet {
        var settings = settings
        settings.maximum = maximum ?? roots.reduce(.zero) { $0 + $1.maximumContribution }
        let metadata = CriteriaSetMetadata(id: "test-set", title: LocalizedText("Bộ thử"), instrument: .parIndex,
                                           issuer: "Test", unitGroup: "district", year: 2023)
        return CriteriaSet(metadata: metadata, settings: settings, bands: bands, facts: facts, roots: roots)
    }

    static let unit = UnitReference(code: "u1", name: "Đơn vị 1")

    /// An assessment whose entries are all self-assessed.
    static func selfAssessment(_ inputs: [String: LeafInput], facts: [String: Bool] = [:]) -> Assessment {
        Assessment(criteriaSetID: "test-set", unit: unit, year: 2023,
                   entries: inputs.mapValues { LeafEntry(selfAssessed: $0) }, facts: facts)
    }

    static func assessment(_ entries: [String: LeafEntry], facts: [String: Bool] = [:]) -> Assessment {
        Assessment(criteriaSetID: "test-set", unit: unit, year: 2023, entries: entries, facts: facts)
    }

    /// Direct scores, self-assessed.
    static func scores(_ scores: [String: Points], facts: [String: Bool] = [:]) -> Assessment {
        selfAssessment(scores.mapValues { LeafInput(score: $0) }, facts: facts)
    }

    static func score(_ set: CriteriaSet, _ assessment: Assessment, view: ScoreView = .selfAssessed) -> ScoreResult {
        Scorer(set).score(assessment, view: view).result
    }

    /// Evaluates one input against one leaf in a set made of that leaf alone.
    static func evaluate(_ leaf: CriteriaNode, _ input: LeafInput, settings: ScoringSettings = ScoringSettings()) -> LeafOutcome {
        Scorer(set([leaf], settings: settings)).evaluate(leaf, input)
    }

    static func band(_ key: String, min: Int?, inclusive: Bool = true, conditions: [BandCondition] = []) -> Band {
        Band(key: key, label: LocalizedText(vi: "Mức \(key)", en: "Band \(key)"),
             range: Interval(lower: min.map { Bound(FixedDecimal($0), inclusive: inclusive) }), conditions: conditions)
    }
}

/// Short number literals for expectations: `pts("4,86")`, `dec("354,4")`.
func pts(_ text: String) -> Points {
    try! Points.parse(text, allowNegative: true).get()
}

func dec(_ text: String, decimals: Int = 4) -> FixedDecimal {
    try! FixedDecimal.parse(text, maxDecimals: decimals, allowNegative: true).get()
}

/// A tiny deterministic generator, so that a property test's random tree is reproducible from
/// one integer that PropertyBased draws (and can report when a check fails).
struct SplitMix {
    private var state: UInt64

    init(seed: Int) {
        state = UInt64(bitPattern: Int64(seed))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ percent: Int) -> Bool {
        int(0...99) < percent
    }
}
