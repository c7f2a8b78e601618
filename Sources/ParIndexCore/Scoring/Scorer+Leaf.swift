extension Scorer {
    /// Applies the leaf's rule (or the direct score) to one layer's input.
    func evaluate(_ node: CriteriaNode, _ input: LeafInput) -> LeafOutcome {
        let settings = tree.set.settings
        let isDeduction = node.kind == .deduction
        if input.notApplicable || input.answer == .notApplicable {
            return notApplicable(node)
        }
        let evaluation: Result<RuleEvaluation, InputError>
        if let score = input.score {
            evaluation = direct(score, node: node)
        } else if let rule = node.rule {
            evaluation = rule.evaluate(input, maximum: node.maximum, isDeduction: isDeduction, rounding: settings.rounding)
        } else {
            evaluation = .failure(InputError(vi: "Tiêu chí chưa có quy tắc chấm điểm", en: "The criterion has no scoring rule"))
        }
        switch evaluation {
        case .success(let result):
            if result.working.declaresNotApplicable {
                return notApplicableOutcome(node, working: result.working)
            }
            return LeafOutcome(points: isDeduction ? -result.points : result.points, layer: nil, working: result.working)
        case .failure(let error):
            return LeafOutcome(points: .zero, layer: nil, working: .invalid(error.message))
        }
    }

    /// Declared not applicable: allowed by the node's flag or its yes/no rule, then by the set's policy.
    private func notApplicable(_ node: CriteriaNode) -> LeafOutcome {
        let ruleAllows: Bool = if case .yesNo(let rule) = node.rule { rule.allowsNotApplicable } else { false }
        guard node.mayBeNotApplicable || ruleAllows else {
            return LeafOutcome(points: .zero, layer: nil, working: .invalid(InputError.notApplicableRefused.message))
        }
        return notApplicableOutcome(node, working: .notApplicable(tree.set.settings.notApplicable))
    }

    /// Not applicable under the set's policy: no points and out of the maximum, or full points.
    private func notApplicableOutcome(_ node: CriteriaNode, working: RuleWorking) -> LeafOutcome {
        switch tree.set.settings.notApplicable {
        case .notAllowed:
            return LeafOutcome(points: .zero, layer: nil, working: .invalid(InputError.notApplicableRefused.message))
        case .awardFull:
            return LeafOutcome(points: node.kind == .deduction ? .zero : node.maximum, layer: nil, working: working)
        case .shrinkMaximum:
            return LeafOutcome(points: .zero, layer: nil, working: working)
        }
    }

    private func direct(_ score: Points, node: CriteriaNode) -> Result<RuleEvaluation, InputError> {
        // On a deduction leaf a direct score is the amount deducted, written with or without a minus.
        let value = node.kind == .deduction ? Points(hundredths: abs(score.hundredths)) : score
        guard value >= .zero, value <= node.maximum else {
            return .failure(InputError(vi: "Điểm \(score.formatted(.vi)) nằm ngoài khoảng 0 – \(node.maximum.formatted(.vi))",
                                       en: "The score \(score.formatted(.en)) is outside 0 – \(node.maximum.formatted(.en))"))
        }
        if case .freeScore(let rule) = node.rule, rule.step.hundredths > 1, value.hundredths % rule.step.hundredths != 0 {
            return .failure(InputError(vi: "Điểm \(score.formatted(.vi)) phải là bội số của \(rule.step.formatted(.vi))",
                                       en: "The score \(score.formatted(.en)) must be a multiple of \(rule.step.formatted(.en))"))
        }
        return .success(RuleEvaluation(points: value, working: .direct))
    }
}

extension Scorer {
    /// One leaf's outcome for one input, as a form shows it the moment it is typed; nil when the
    /// code is not a leaf of the set.
    public func evaluateLeaf(code: String, input: LeafInput) -> LeafOutcome? {
        guard let index = tree.nodeIndex(of: code), tree.nodes[index].isLeaf else { return nil }
        return evaluate(tree.nodes[index].definition, input)
    }
}
