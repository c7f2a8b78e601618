extension Questionnaire {
    /// What keeps the questionnaire from feeding `set`: a question counting toward a code the set
    /// does not have, or toward a criterion that is not a survey leaf scored by satisfaction.
    /// Empty when every counted criterion can take the survey's figure.
    public func problems(against set: CriteriaSet) -> [ValidationIssue] {
        var leaves: [String: CriteriaNode] = [:]
        func collect(_ node: CriteriaNode) {
            leaves[node.code] = node
            node.children.forEach(collect)
        }
        set.roots.forEach(collect)
        var issues: [ValidationIssue] = []
        for question in questions {
            guard let code = question.counts?.criterion else { continue }
            guard let node = leaves[code] else {
                issues.append(ValidationIssue(file: nil, line: nil, code: question.code, message: LocalizedText(
                    vi: "Câu \(question.code) tính vào tiêu chí \(code), nhưng bộ chỉ số \(set.metadata.id) không có tiêu chí này",
                    en: "Question \(question.code) counts toward criterion \(code), which set \(set.metadata.id) does not have")))
                continue
            }
            let scoredBySatisfaction = if case .surveyRatio? = node.rule { true } else { false }
            guard node.isLeaf, node.kind == .survey, scoredBySatisfaction else {
                issues.append(ValidationIssue(file: nil, line: nil, code: question.code, message: LocalizedText(
                    vi: "Câu \(question.code) tính vào tiêu chí \(code), nhưng tiêu chí này không chấm theo tỷ lệ hài lòng của khảo sát",
                    en: "Question \(question.code) counts toward criterion \(code), which is not scored by survey satisfaction")))
                continue
            }
        }
        return issues
    }
}
