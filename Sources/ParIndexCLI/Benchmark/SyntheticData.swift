import ParIndexCore

/// A deterministic criteria set and population of assessments of any size, for benchmarks
/// (and, later, for load tests): the same seed always gives the same data.
struct SyntheticData {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(state: seed)
    }

    /// `fields` fields of `leavesPerField` one-point leaves each, cycling through every rule
    /// type; the last field is survey-derived. Requires fields × leavesPerField = 100.
    static func criteriaSet(fields: Int = 10, leavesPerField: Int = 10) -> CriteriaSet {
        let leafMaximum = Points(hundredths: 10_000 / (fields * leavesPerField))
        let roots = (1...fields).map { field in
            let isSurvey = field == fields
            let children = (1...leavesPerField).map { leaf in
                CriteriaNode(code: "\(field).\(leaf)", title: LocalizedText("Tiêu chí \(field).\(leaf)"), maximum: leafMaximum,
                             kind: isSurvey ? .survey : .scored, rule: isSurvey ? .surveyRatio(SurveyRatioRule()) : rule(number: leaf, maximum: leafMaximum))
            }
            return CriteriaNode(code: "\(field)", title: LocalizedText("Lĩnh vực \(field)"), maximum: leafMaximum * leavesPerField,
                                kind: isSurvey ? .survey : .scored, children: children)
        }
        let bands = [
            Band(key: "A", label: LocalizedText("Nhóm A"), range: Interval(lower: Bound(FixedDecimal(90), inclusive: true))),
            Band(key: "B", label: LocalizedText("Nhóm B"), range: Interval(lower: Bound(FixedDecimal(80), inclusive: true))),
            Band(key: "C", label: LocalizedText("Nhóm C"), range: Interval(lower: Bound(FixedDecimal(70), inclusive: true))),
            Band(key: "D", label: LocalizedText("Nhóm D"), range: Interval()),
        ]
        let metadata = CriteriaSetMetadata(id: "synthetic-commune", title: LocalizedText("Bộ chỉ số tổng hợp (thử tải)"),
                                           instrument: .parIndex, issuer: "ParIndex", unitGroup: "commune", year: 2025)
        return CriteriaSet(metadata: metadata, settings: ScoringSettings(), bands: bands, roots: roots)
    }

    private static func rule(number: Int, maximum: Points) -> Rule {
        let half = Points(hundredths: maximum.hundredths / 2)
        switch number % 7 {
        case 0: return .options([RuleOption(key: "a", label: LocalizedText("Đúng hạn"), points: maximum),
                                 RuleOption(key: "b", label: LocalizedText("Chậm"), points: half),
                                 RuleOption(key: "c", label: LocalizedText("Không"), points: .zero)])
        case 1: return .percentageTiers(PercentageTiersRule(numerator: LocalizedText("Đạt"), denominator: LocalizedText("Tổng"), tiers: [
            .init(range: Interval(lower: Bound(FixedDecimal(90), inclusive: false)), points: maximum),
            .init(range: Interval(lower: Bound(FixedDecimal(70), inclusive: true), upper: Bound(FixedDecimal(90), inclusive: true)), points: half),
            .init(range: Interval(upper: Bound(FixedDecimal(70), inclusive: false)), points: .zero)]))
        case 2: return .yesNo(YesNoRule())
        case 3: return .proportional(ProportionalRule(achieved: LocalizedText("Đạt"), targetLabel: LocalizedText("Chỉ tiêu")))
        case 4: return .countTimesPoints(CountRule(item: LocalizedText("Sáng kiến"), pointsEach: Points(hundredths: 25)))
        case 5: return .deductionPerOccurrence(DeductionRule(occurrence: LocalizedText("Chậm"), pointsEach: Points(hundredths: 25)))
        default: return .freeScore(FreeScoreRule(step: Points(hundredths: 25)))
        }
    }

    /// One resolved assessment per unit, with a self-score on every leaf and survey figures.
    mutating func assessments(for tree: ScoringTree, units: Int) -> [ResolvedAssessment] {
        (0..<units).map { unit in
            let entries: [LeafEntry?] = tree.leafNodes.map { nodeIndex in
                let node = tree.nodes[nodeIndex].definition
                let input = input(for: node)
                return node.kind == .survey ? LeafEntry(survey: input) : LeafEntry(selfAssessed: input)
            }
            return ResolvedAssessment(unit: UnitReference(code: "X\(unit)", name: "Xã \(unit)"), entries: entries, ranked: unit % 97 != 0)
        }
    }

    private mutating func input(for node: CriteriaNode) -> LeafInput {
        switch node.rule {
        case .options: LeafInput(option: ["a", "b", "c"][next(3)])
        case .percentageTiers: LeafInput(numerator: FixedDecimal(50 + next(51)), denominator: FixedDecimal(100))
        case .yesNo: LeafInput(answer: next(5) == 0 ? .no : .yes)
        case .proportional: LeafInput(achieved: FixedDecimal(next(500)), target: FixedDecimal(500))
        case .countTimesPoints, .deductionPerOccurrence: LeafInput(count: next(5))
        case .surveyRatio: LeafInput(satisfaction: FixedDecimal(units: 6_000 + next(4_001), decimals: 2))
        default: LeafInput(score: Points(hundredths: 25 * next(Int(node.maximum.hundredths / 25) + 1)))
        }
    }

    private mutating func next(_ bound: Int) -> Int {
        Int(random.next() % UInt64(bound))
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
