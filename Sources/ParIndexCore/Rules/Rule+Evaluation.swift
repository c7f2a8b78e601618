/// The result of applying a rule to one layer's input: points (for a deduction leaf, the
/// amount deducted, as a positive number) and the working.
struct RuleEvaluation: Sendable {
    var points: Points
    var working: RuleWorking
}

extension Rule {
    /// Applies the rule to `input` for a leaf whose maximum (or cap) is `maximum`.
    func evaluate(_ input: LeafInput, maximum: Points, isDeduction: Bool, rounding: RoundingMode) -> Result<RuleEvaluation, InputError> {
        switch self {
        case .options(let options):
            return Rule.pick(input.option, from: options)
        case .percentageTiers(let rule):
            return Rule.tiers(rule, input, maximum: maximum)
        case .yesNo(let rule):
            return Rule.answer(rule, input.answer, maximum: maximum)
        case .proportional(let rule):
            return Rule.proportional(rule, input, maximum: maximum, rounding: rounding)
        case .countTimesPoints(let rule):
            guard let count = input.count else { return .failure(.missing(LocalizedText(vi: "số lượng", en: "count"))) }
            let uncapped = rule.pointsEach * count
            let cap = min(rule.cap ?? maximum, maximum)
            return .success(RuleEvaluation(points: min(uncapped, cap), working: .count(count, uncapped: uncapped)))
        case .deductionPerOccurrence(let rule):
            guard let count = input.count else { return .failure(.missing(LocalizedText(vi: "số lần", en: "number of occurrences"))) }
            let deducted = rule.pointsEach * count
            if isDeduction {
                return .success(RuleEvaluation(points: min(deducted, maximum), working: .occurrences(count, uncapped: deducted)))
            }
            let points = max((rule.start ?? maximum) - deducted, rule.floor ?? .zero)
            return .success(RuleEvaluation(points: points, working: .occurrences(count, uncapped: deducted)))
        case .surveyRatio(let rule):
            return Rule.survey(rule, input.satisfaction, maximum: maximum, rounding: rounding)
        case .freeScore:
            return .failure(.missing(LocalizedText(vi: "điểm", en: "score")))
        }
    }

    private static func pick(_ choice: String?, from options: [RuleOption]) -> Result<RuleEvaluation, InputError> {
        // The key exactly as the set writes it is the common case, and needs no text folding.
        if let choice, let index = options.firstIndex(where: { $0.key == choice }) {
            return .success(RuleEvaluation(points: options[index].points, working: .option(index: index)))
        }
        guard let choice = choice?.trimmingSpaces(), !choice.isEmpty else {
            return .failure(InputError(vi: "Chưa chọn phương án", en: "No option was chosen"))
        }
        let index = options.firstIndex { $0.key.lowercased() == choice.lowercased() }
            ?? Int(choice).flatMap { (1...options.count).contains($0) ? $0 - 1 : nil }
        guard let index else {
            let keys = options.map(\.key).joined(separator: ", ")
            return .failure(InputError(vi: "Không có phương án «\(choice)»; các phương án: \(keys)",
                                       en: "There is no option “\(choice)”; the options are: \(keys)"))
        }
        return .success(RuleEvaluation(points: options[index].points, working: .option(index: index)))
    }

    private static func tiers(_ rule: PercentageTiersRule, _ input: LeafInput, maximum: Points) -> Result<RuleEvaluation, InputError> {
        guard let numerator = input.numerator else { return .failure(.missing(rule.numerator)) }
        guard let denominator = input.denominator else { return .failure(.missing(rule.denominator)) }
        if denominator.isZero {
            switch rule.zeroDenominator {
            case .refuse:
                return .failure(InputError(vi: "Mẫu số («\(rule.denominator.vi)») bằng 0: không tính được tỷ lệ",
                                           en: "The denominator (“\(rule.denominator.en)”) is 0: no percentage can be computed"))
            case .fullPoints:
                return .success(RuleEvaluation(points: maximum, working: .zeroDenominator(.fullPoints)))
            case .notApplicable:
                return .success(RuleEvaluation(points: .zero, working: .zeroDenominator(.notApplicable)))
            }
        }
        guard numerator <= denominator else {
            return .failure(InputError(vi: "Tử số (\(numerator.formatted(.vi))) lớn hơn mẫu số (\(denominator.formatted(.vi)))",
                                       en: "The numerator (\(numerator.formatted(.en))) is larger than the denominator (\(denominator.formatted(.en)))"))
        }
        let ratio = Ratio(numerator: numerator, denominator: denominator)
        guard let tier = rule.tiers.firstIndex(where: { $0.range.contains(ratio) }) else {
            return .failure(InputError(vi: "Không có mức nào cho tỷ lệ này", en: "No tier covers this percentage"))
        }
        return .success(RuleEvaluation(points: rule.tiers[tier].points, working: .tier(numerator: numerator, denominator: denominator, tier: tier)))
    }

    private static func answer(_ rule: YesNoRule, _ answer: YesNoAnswer?, maximum: Points) -> Result<RuleEvaluation, InputError> {
        switch answer {
        case nil:
            return .failure(InputError(vi: "Chưa trả lời có / không", en: "Yes or no was not answered"))
        case .yes:
            return .success(RuleEvaluation(points: rule.yes ?? maximum, working: .answer(.yes)))
        case .no:
            return .success(RuleEvaluation(points: rule.no, working: .answer(.no)))
        case .notApplicable:
            guard rule.allowsNotApplicable else { return .failure(.notApplicableRefused) }
            return .success(RuleEvaluation(points: .zero, working: .answer(.notApplicable)))
        }
    }

    private static func proportional(_ rule: ProportionalRule, _ input: LeafInput, maximum: Points, rounding: RoundingMode) -> Result<RuleEvaluation, InputError> {
        guard let achieved = input.achieved else { return .failure(.missing(rule.achieved)) }
        guard let target = rule.fixedTarget ?? input.target else { return .failure(.missing(rule.targetLabel)) }
        guard !target.isZero, !target.isNegative else {
            return .failure(InputError(vi: "Chỉ tiêu («\(rule.targetLabel.vi)») phải lớn hơn 0",
                                       en: "The target (“\(rule.targetLabel.en)”) must be greater than 0"))
        }
        let uncapped = Rounding.scale(maximum, by: achieved, over: target, mode: rounding)
        return .success(RuleEvaluation(points: min(uncapped, maximum),
                                       working: .proportional(achieved: achieved, target: target, capped: uncapped > maximum)))
    }

    private static func survey(_ rule: SurveyRatioRule, _ satisfaction: FixedDecimal?, maximum: Points, rounding: RoundingMode) -> Result<RuleEvaluation, InputError> {
        guard let satisfaction else {
            return .failure(.missing(LocalizedText(vi: "tỷ lệ hài lòng (%)", en: "satisfaction (%)")))
        }
        guard satisfaction <= .hundred else {
            return .failure(InputError(vi: "Tỷ lệ hài lòng \(satisfaction.formatted(.vi))% vượt quá 100%",
                                       en: "Satisfaction \(satisfaction.formatted(.en))% is above 100%"))
        }
        let scale = max(satisfaction.decimals, rule.zeroAt.decimals, rule.fullAt.decimals)
        let achieved = satisfaction < rule.zeroAt ? .zero
            : FixedDecimal(units: satisfaction.units(atDecimals: scale) - rule.zeroAt.units(atDecimals: scale), decimals: scale)
        let span = FixedDecimal(units: rule.fullAt.units(atDecimals: scale) - rule.zeroAt.units(atDecimals: scale), decimals: scale)
        let points = min(Rounding.scale(maximum, by: achieved, over: span, mode: rounding), maximum)
        return .success(RuleEvaluation(points: points, working: .survey(satisfaction: satisfaction)))
    }
}

extension InputError {
    static func missing(_ what: LocalizedText) -> InputError {
        InputError(vi: "Thiếu số liệu: \(what.vi)", en: "Missing figure: \(what.en)")
    }

    static let notApplicableRefused = InputError(vi: "Tiêu chí này không được đánh dấu «không áp dụng»",
                                                 en: "This criterion cannot be marked not applicable")
}
