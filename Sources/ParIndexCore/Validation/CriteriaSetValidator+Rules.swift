extension CriteriaSetValidator {
    mutating func checkLeaf(_ node: CriteriaNode) {
        guard let rule = node.rule else {
            report(node.code, node.line, LocalizedText(vi: "Tiêu chí chưa có quy tắc chấm điểm («rule»)", en: "The criterion has no scoring rule (“rule”)"))
            return
        }
        if case .surveyRatio = rule, node.kind != .survey {
            report(node.code, node.line, LocalizedText(
                vi: "Quy tắc survey_ratio chỉ dùng cho tiêu chí điều tra xã hội học (kind: survey)",
                en: "The survey_ratio rule is only for survey-derived criteria (kind: survey)"))
        }
        for (what, points) in rulePoints(rule) where points > node.maximum {
            report(node.code, node.line, LocalizedText(
                vi: "\(what.vi) cho \(points.formatted(.vi)) điểm, vượt điểm tối đa \(node.maximum.formatted(.vi))",
                en: "\(what.en) gives \(points.formatted(.en)) points, above the maximum \(node.maximum.formatted(.en))"))
        }
        checkRuleShape(rule, node)
    }

    /// Every fixed number of points the rule can award, with what awards it.
    private func rulePoints(_ rule: Rule) -> [(LocalizedText, Points)] {
        switch rule {
        case .options(let options):
            return options.map { (LocalizedText(vi: "Phương án «\($0.label.vi)»", en: "Option “\($0.label.en)”"), $0.points) }
        case .percentageTiers(let rule):
            return rule.tiers.map { (LocalizedText(vi: "Mức \($0.range.describe(.vi, unit: "%"))", en: "Tier \($0.range.describe(.en, unit: "%"))"), $0.points) }
        case .yesNo(let rule):
            return [(LocalizedText(vi: "Câu trả lời «có»", en: "The answer “yes”"), rule.yes ?? .zero),
                    (LocalizedText(vi: "Câu trả lời «không»", en: "The answer “no”"), rule.no)]
        case .countTimesPoints(let rule):
            return [(LocalizedText(vi: "Mức trần của quy tắc đếm", en: "The count rule's cap"), rule.cap ?? .zero),
                    (LocalizedText(vi: "Mỗi đơn vị đếm", en: "Each counted item"), rule.pointsEach)]
        case .deductionPerOccurrence(let rule):
            return [(LocalizedText(vi: "Điểm xuất phát", en: "The starting value"), rule.start ?? .zero),
                    (LocalizedText(vi: "Mức sàn", en: "The floor"), rule.floor ?? .zero)]
        case .freeScore(let rule):
            return [(LocalizedText(vi: "Bước điểm", en: "The step"), rule.step)]
        case .proportional, .surveyRatio:
            return []
        }
    }

    private mutating func checkRuleShape(_ rule: Rule, _ node: CriteriaNode) {
        switch rule {
        case .options(let options):
            let keys = options.map(\.key)
            for key in Set(keys) where keys.filter({ $0 == key }).count > 1 {
                report(node.code, node.line, LocalizedText(vi: "Khoá phương án «\(key)» bị trùng", en: "Option key “\(key)” is used twice"))
            }
        case .percentageTiers(let rule):
            let ordered = rule.tiers.map(\.range).sorted { ($0.lower?.value ?? FixedDecimal(-1)) < ($1.lower?.value ?? FixedDecimal(-1)) }
            for problem in IntervalPartition.problems(ascending: ordered, domain: .zero ... .hundred) {
                report(node.code, node.line, IntervalPartition.message(problem, what: LocalizedText(vi: "mức tỷ lệ", en: "percentage tiers")))
            }
        case .deductionPerOccurrence(let rule):
            if node.kind == .deduction, rule.start != nil || rule.floor != nil {
                report(node.code, node.line, LocalizedText(
                    vi: "Ở mục điểm trừ, mức trừ tối đa là «cap» của tiêu chí; không dùng «start» hay «floor»",
                    en: "On a deduction node the cap limits the deduction; “start” and “floor” do not apply"))
            }
            if let start = rule.start, let floor = rule.floor, floor > start {
                report(node.code, node.line, LocalizedText(vi: "Mức sàn lớn hơn điểm xuất phát", en: "The floor is above the starting value"))
            }
            if rule.pointsEach <= .zero {
                report(node.code, node.line, LocalizedText(vi: "Điểm trừ mỗi lần phải lớn hơn 0", en: "The points per occurrence must be greater than 0"))
            }
        case .surveyRatio(let rule):
            if rule.fullAt <= rule.zeroAt || rule.fullAt > .hundred {
                report(node.code, node.line, LocalizedText(
                    vi: "«full_at» phải lớn hơn «zero_at» và không quá 100", en: "“full_at” must be above “zero_at” and at most 100"))
            }
        case .freeScore(let rule):
            if rule.step <= .zero {
                report(node.code, node.line, LocalizedText(vi: "Bước điểm phải lớn hơn 0", en: "The step must be greater than 0"))
            }
        case .countTimesPoints(let rule):
            if rule.pointsEach <= .zero {
                report(node.code, node.line, LocalizedText(vi: "Điểm mỗi đơn vị phải lớn hơn 0", en: "The points per item must be greater than 0"))
            }
        case .yesNo, .proportional:
            break
        }
    }

    mutating func checkBands() {
        let bands = set.bands
        let keys = bands.map(\.key)
        for (position, band) in bands.enumerated() where keys[..<position].contains(band.key) {
            report(nil, band.line, LocalizedText(vi: "Mức xếp loại «\(band.key)» bị trùng", en: "Band “\(band.key)” is listed twice"))
        }
        let declared = Set(set.facts.map(\.id))
        for band in bands {
            for condition in band.conditions where !declared.contains(condition.fact) {
                report(nil, band.line, LocalizedText(
                    vi: "Mức «\(band.label.vi)» dùng điều kiện «\(condition.fact)» chưa khai báo trong «facts»",
                    en: "Band “\(band.label.en)” uses the fact “\(condition.fact)”, not declared under “facts”"))
            }
        }
        let lowers = bands.map { $0.range.lower?.value }
        let descending = zip(lowers, lowers.dropFirst()).allSatisfy { higher, lower in
            guard let higher else { return false }
            return lower.map { $0 < higher } ?? true
        }
        guard descending else {
            report(nil, bands.first?.line, LocalizedText(
                vi: "Các mức xếp loại phải xếp từ cao xuống thấp, chỉ mức cuối được bỏ ngưỡng dưới",
                en: "Bands must be listed best first, and only the last may have no lower bound"))
            return
        }
        // Upper bounds are optional (a band reaches up to the one above); where one is given it must meet it.
        let ascending = bands.reversed().map(\.range)
        let filled = ascending.enumerated().map { offset, range in
            offset + 1 < ascending.count && range.upper == nil
                ? Interval(lower: range.lower, upper: ascending[offset + 1].lower.map { Bound($0.value, inclusive: !$0.inclusive) })
                : range
        }
        for problem in IntervalPartition.problems(ascending: filled, domain: nil) {
            report(nil, nil, IntervalPartition.message(problem, what: LocalizedText(vi: "mức xếp loại", en: "bands")))
        }
    }
}
