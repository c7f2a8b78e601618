/// The score trail of one leaf: the rule, what was declared, the result and where it came from.
public struct LeafExplanation: Sendable, Equatable {
    public var code: String
    public var rule: LocalizedText
    /// The declared figures, as "label: value" lines.
    public var inputs: [LocalizedText]
    /// How the points follow from the inputs, in one sentence.
    public var working: LocalizedText
    public var points: Points
    public var layer: ScoreLayer?
}

extension ScoreResult {
    /// Explains the points of the leaf with leaf number `leafNumber`.
    public func explanation(ofLeaf leafNumber: Int, input: LeafInput? = nil) -> LeafExplanation {
        let node = tree.nodes[tree.leafNodes[leafNumber]].definition
        let outcome = leafOutcomes[leafNumber]
        let ruleTitle = input?.score != nil && node.rule.map({ if case .freeScore = $0 { false } else { true } }) == true
            ? LocalizedText(vi: "chấm trực tiếp", en: "direct score")
            : (node.rule?.title ?? LocalizedText(vi: "không có quy tắc", en: "no rule"))
        return LeafExplanation(code: node.code, rule: ruleTitle, inputs: input.map { Self.describe($0, rule: node.rule) } ?? [],
                               working: working(outcome, node: node), points: outcome.points, layer: outcome.layer)
    }

    func working(_ outcome: LeafOutcome, node: CriteriaNode) -> LocalizedText {
        let result = outcome.points
        func pts(_ value: Points, _ language: Language) -> String { value.formatted(language) }
        func sentence(_ vi: String, _ en: String) -> LocalizedText { LocalizedText(vi: vi, en: en) }
        switch outcome.working {
        case .notScored:
            return sentence("Chưa chấm", "Not scored")
        case .invalid(let message):
            return sentence("Không tính điểm: \(message.vi)", "No points: \(message.en)")
        case .direct:
            return sentence("Điểm chấm: \(pts(result, .vi))", "Score given: \(pts(result, .en))")
        case .option(let index):
            guard case .options(let options) = node.rule else { break }
            return sentence("Phương án «\(options[index].label.vi)» → \(pts(result, .vi)) điểm",
                            "Option “\(options[index].label.en)” → \(pts(result, .en)) points")
        case .tier(let numerator, let denominator, let tier):
            guard case .percentageTiers(let rule) = node.rule else { break }
            let percent = Ratio(numerator: numerator, denominator: denominator).displayedPercentage(mode: tree.set.settings.rounding)
            let range = rule.tiers[tier].range
            return sentence("\(numerator.formatted(.vi)) / \(denominator.formatted(.vi)) = \(percent.formatted(.vi))% → mức \(range.describe(.vi, unit: "%")) → \(pts(result, .vi)) điểm",
                            "\(numerator.formatted(.en)) / \(denominator.formatted(.en)) = \(percent.formatted(.en))% → tier \(range.describe(.en, unit: "%")) → \(pts(result, .en)) points")
        case .zeroDenominator(let policy):
            return policy == .fullPoints
                ? sentence("Mẫu số bằng 0 (không có việc phải làm) → đủ điểm \(pts(result, .vi))", "Denominator 0 (nothing was due) → full points \(pts(result, .en))")
                : sentence("Mẫu số bằng 0 → không áp dụng", "Denominator 0 → not applicable")
        case .answer(let answer):
            return sentence("Trả lời: \(answer.title.vi) → \(pts(result, .vi)) điểm", "Answer: \(answer.title.en) → \(pts(result, .en)) points")
        case .proportional(let achieved, let target, let capped):
            let cap = capped ? (" (giới hạn ở điểm tối đa)", " (limited to the maximum)") : ("", "")
            return sentence("\(pts(node.maximum, .vi)) × \(achieved.formatted(.vi)) / \(target.formatted(.vi)) = \(pts(result, .vi)) điểm\(cap.0)",
                            "\(pts(node.maximum, .en)) × \(achieved.formatted(.en)) / \(target.formatted(.en)) = \(pts(result, .en)) points\(cap.1)")
        case .count(let count, let uncapped):
            guard case .countTimesPoints(let rule) = node.rule else { break }
            let cap = uncapped != result ? (", giới hạn ở \(pts(result, .vi))", ", capped at \(pts(result, .en))") : ("", "")
            return sentence("\(count) × \(pts(rule.pointsEach, .vi)) = \(pts(uncapped, .vi))\(cap.0) → \(pts(result, .vi)) điểm",
                            "\(count) × \(pts(rule.pointsEach, .en)) = \(pts(uncapped, .en))\(cap.1) → \(pts(result, .en)) points")
        case .occurrences(let count, let deducted):
            guard case .deductionPerOccurrence(let rule) = node.rule else { break }
            return sentence("\(count) lần × \(pts(rule.pointsEach, .vi)) = trừ \(pts(deducted, .vi)) → \(pts(result, .vi)) điểm",
                            "\(count) × \(pts(rule.pointsEach, .en)) = \(pts(deducted, .en)) deducted → \(pts(result, .en)) points")
        case .survey(let satisfaction):
            return sentence("Tỷ lệ hài lòng \(satisfaction.formatted(.vi))% → \(pts(result, .vi)) / \(pts(node.maximum, .vi)) điểm",
                            "Satisfaction \(satisfaction.formatted(.en))% → \(pts(result, .en)) of \(pts(node.maximum, .en)) points")
        case .notApplicable(let policy):
            return policy == .awardFull
                ? sentence("Không áp dụng → tính đủ \(pts(result, .vi)) điểm", "Not applicable → full \(pts(result, .en)) points")
                : sentence("Không áp dụng → không tính vào điểm tối đa", "Not applicable → left out of the maximum")
        }
        return sentence("Điểm: \(pts(result, .vi))", "Points: \(pts(result, .en))")
    }

    static func describe(_ input: LeafInput, rule: Rule?) -> [LocalizedText] {
        var lines: [LocalizedText] = []
        func add(_ vi: String, _ en: String, _ value: FixedDecimal?) {
            if let value { lines.append(LocalizedText(vi: "\(vi): \(value.formatted(.vi))", en: "\(en): \(value.formatted(.en))")) }
        }
        if let option = input.option { lines.append(LocalizedText(vi: "Phương án: \(option)", en: "Option: \(option)")) }
        switch rule {
        case .percentageTiers(let rule):
            add(rule.numerator.vi, rule.numerator.en, input.numerator)
            add(rule.denominator.vi, rule.denominator.en, input.denominator)
        case .proportional(let rule):
            add(rule.achieved.vi, rule.achieved.en, input.achieved)
            add(rule.targetLabel.vi, rule.targetLabel.en, rule.fixedTarget ?? input.target)
        default:
            add("Tử số", "Numerator", input.numerator)
            add("Mẫu số", "Denominator", input.denominator)
            add("Kết quả đạt được", "Achieved", input.achieved)
            add("Chỉ tiêu", "Target", input.target)
        }
        if let answer = input.answer { lines.append(LocalizedText(vi: "Trả lời: \(answer.title.vi)", en: "Answer: \(answer.title.en)")) }
        if let count = input.count { lines.append(LocalizedText(vi: "Số lượng: \(count)", en: "Count: \(count)")) }
        add("Tỷ lệ hài lòng (%)", "Satisfaction (%)", input.satisfaction)
        add("Điểm", "Score", input.score?.fixed)
        if input.notApplicable { lines.append(LocalizedText(vi: "Không áp dụng", en: "Not applicable")) }
        if let note = input.note { lines.append(LocalizedText(vi: "Ghi chú: \(note)", en: "Note: \(note)")) }
        return lines
    }
}
