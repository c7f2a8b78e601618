extension CriteriaNode {
    /// The inputs a leaf's rule reads, by the names forms, files and the API give them, in the
    /// order a person fills them in; "not_applicable" last when the criterion may be declared so.
    /// A leaf without a rule takes a direct score.
    public var inputNames: [String] {
        var names: [String] = switch rule {
        case .options?: ["option"]
        case .percentageTiers?: ["numerator", "denominator"]
        case .yesNo?: ["answer"]
        case let .proportional(rule)?: rule.fixedTarget == nil ? ["achieved", "target"] : ["achieved"]
        case .countTimesPoints?, .deductionPerOccurrence?: ["count"]
        case .surveyRatio?: ["satisfaction"]
        case .freeScore?, nil: ["score"]
        }
        if mayBeNotApplicable { names.append("not_applicable") }
        return names
    }
}
