import Yams

/// Reads the `rule:` mapping of a leaf.
struct RuleDecoder {
    let reader: YAMLReader

    func decode(_ map: YAMLMapping) -> Rule? {
        let type = map.string("type", required: true)
        switch type {
        case "options":
            map.rejectUnknownKeys(["type", "options"])
            let options = map.list("options").enumerated().compactMap { option(map, $0.offset, $0.element) }
            if options.isEmpty { reportEmpty(map, "options") }
            return .options(options)
        case "percentage_tiers":
            map.rejectUnknownKeys(["type", "numerator", "numerator_en", "denominator", "denominator_en", "tiers", "zero_denominator"])
            let tiers = map.list("tiers").compactMap { tier(map, $0) }
            if tiers.isEmpty { reportEmpty(map, "tiers") }
            return .percentageTiers(PercentageTiersRule(
                numerator: map.text("numerator", required: true) ?? LocalizedText(""),
                denominator: map.text("denominator", required: true) ?? LocalizedText(""),
                tiers: tiers, zeroDenominator: map.choice("zero_denominator", as: ZeroDenominatorPolicy.self) ?? .refuse))
        case "yes_no":
            map.rejectUnknownKeys(["type", "yes", "no", "not_applicable_allowed"])
            return .yesNo(YesNoRule(yes: map.points("yes"), no: map.points("no") ?? .zero,
                                    allowsNotApplicable: map.bool("not_applicable_allowed") ?? false))
        case "proportional":
            map.rejectUnknownKeys(["type", "achieved", "achieved_en", "target", "target_en", "target_value"])
            return .proportional(ProportionalRule(
                achieved: map.text("achieved", required: true) ?? LocalizedText(""),
                targetLabel: map.text("target", required: true) ?? LocalizedText(""),
                fixedTarget: map.fixed("target_value")))
        case "count":
            map.rejectUnknownKeys(["type", "item", "item_en", "points_each", "cap"])
            return .countTimesPoints(CountRule(item: map.text("item", required: true) ?? LocalizedText(""),
                                               pointsEach: map.points("points_each", required: true) ?? .zero, cap: map.points("cap")))
        case "deduction_per_occurrence":
            map.rejectUnknownKeys(["type", "occurrence", "occurrence_en", "points_each", "start", "floor"])
            return .deductionPerOccurrence(DeductionRule(
                occurrence: map.text("occurrence", required: true) ?? LocalizedText(""),
                pointsEach: map.points("points_each", required: true) ?? .zero,
                start: map.points("start"), floor: map.points("floor")))
        case "survey_ratio":
            map.rejectUnknownKeys(["type", "zero_at", "full_at"])
            return .surveyRatio(SurveyRatioRule(zeroAt: map.fixed("zero_at") ?? .zero, fullAt: map.fixed("full_at") ?? .hundred))
        case "free_score":
            map.rejectUnknownKeys(["type", "step"])
            return .freeScore(FreeScoreRule(step: map.points("step") ?? Points(hundredths: 1)))
        case nil:
            return nil
        case let other?:
            let names = "options, percentage_tiers, yes_no, proportional, count, deduction_per_occurrence, survey_ratio, free_score"
            reader.report(line: map.line, code: map.code, LocalizedText(
                vi: "Loại quy tắc «\(other)» không có (các loại: \(names))", en: "Unknown rule type “\(other)” (types: \(names))"))
            return nil
        }
    }

    private func option(_ rule: YAMLMapping, _ position: Int, _ node: Node) -> RuleOption? {
        guard let map = reader.mapping(node, code: rule.code, what: LocalizedText(vi: "Một phương án", en: "An option")) else { return nil }
        map.rejectUnknownKeys(["key", "label", "label_en", "points"])
        guard let label = map.text("label", required: true), let points = map.points("points", required: true) else { return nil }
        return RuleOption(key: map.string("key") ?? String(position + 1), label: label, points: points)
    }

    private func tier(_ rule: YAMLMapping, _ node: Node) -> PercentageTiersRule.Tier? {
        guard let map = reader.mapping(node, code: rule.code, what: LocalizedText(vi: "Một mức", en: "A tier")) else { return nil }
        map.rejectUnknownKeys(["min", "min_inclusive", "max", "max_inclusive", "points"])
        guard let points = map.points("points", required: true) else { return nil }
        return PercentageTiersRule.Tier(range: map.interval(), points: points)
    }

    private func reportEmpty(_ map: YAMLMapping, _ key: String) {
        reader.report(line: map.line, code: map.code, LocalizedText(vi: "«\(key)» không được để trống", en: "“\(key)” must not be empty"))
    }
}
