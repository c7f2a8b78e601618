extension CriteriaSet {
    /// Every problem of content at once, each naming the node code: duplicate codes, codes
    /// that do not follow their parent, maxima that do not add up, rules that give more than the
    /// maximum, tiers and bands with gaps or overlaps, bonus or deduction nodes without a cap.
    public func validate(file: String? = nil) -> [ValidationIssue] {
        var validator = CriteriaSetValidator(set: self, file: file)
        validator.run()
        return validator.issues
    }
}

struct CriteriaSetValidator {
    let set: CriteriaSet
    let file: String?
    var issues: [ValidationIssue] = []
    private var seenCodes: [String: Int?] = [:]

    init(set: CriteriaSet, file: String?) {
        self.set = set
        self.file = file
    }

    mutating func run() {
        if set.roots.isEmpty {
            report(nil, nil, LocalizedText(vi: "Bộ chỉ số không có tiêu chí nào", en: "The criteria set has no criteria"))
        }
        for root in set.roots { check(root, parent: nil) }
        if let comparison = set.compareWith {
            let rootCodes = Set(set.roots.map(\.code))
            for code in comparison.fields.keys.sorted() where !rootCodes.contains(code) {
                report(nil, nil, LocalizedText(vi: "«compare_with»: \(code) không phải mã lĩnh vực của bộ chỉ số này",
                                               en: "“compare_with”: \(code) is not a field code of this set"))
            }
            let olderCodes = Array(comparison.fields.values)
            if Set(olderCodes).count != olderCodes.count {
                report(nil, nil, LocalizedText(vi: "«compare_with»: một lĩnh vực của bộ cũ được ghép với hai lĩnh vực",
                                               en: "“compare_with”: one field of the older set is paired with two fields"))
            }
        }
        let sum = set.roots.reduce(Points.zero) { $0 + $1.maximumContribution }
        if sum != set.settings.maximum {
            report(nil, nil, LocalizedText(
                vi: "Tổng điểm tối đa của các lĩnh vực là \(sum.formatted(.vi)), khác điểm tối đa của bộ chỉ số \(set.settings.maximum.formatted(.vi))",
                en: "The fields' maxima add up to \(sum.formatted(.en)), not the set's maximum \(set.settings.maximum.formatted(.en))"))
        }
        checkBands()
    }

    mutating func report(_ code: String?, _ line: Int?, _ message: LocalizedText) {
        issues.append(ValidationIssue(file: file, line: line, code: code, message: message))
    }

    private mutating func check(_ node: CriteriaNode, parent: CriteriaNode?) {
        if let previous = seenCodes[node.code] {
            let at = previous.map { " (dòng \($0))" } ?? ""
            let atEn = previous.map { " (line \($0))" } ?? ""
            report(node.code, node.line, LocalizedText(vi: "Mã \(node.code) bị trùng\(at)", en: "Code \(node.code) is used twice\(atEn)"))
        } else {
            seenCodes[node.code] = node.line
        }
        if let parent, !node.code.hasPrefix(parent.code + ".") {
            report(node.code, node.line, LocalizedText(
                vi: "Mã \(node.code) không thuộc mã cha \(parent.code) (phải bắt đầu bằng «\(parent.code).»)",
                en: "Code \(node.code) does not follow its parent \(parent.code) (it must start with “\(parent.code).”)"))
        }
        checkKind(node, parent: parent)
        if node.isLeaf {
            checkLeaf(node)
        } else {
            checkInner(node)
            for child in node.children { check(child, parent: node) }
        }
    }

    private mutating func checkKind(_ node: CriteriaNode, parent: CriteriaNode?) {
        if (node.kind == .bonus || node.kind == .deduction), node.maximum <= .zero {
            report(node.code, node.line, LocalizedText(vi: "Mục \(node.kind.title.vi) không có mức trần", en: "The \(node.kind.title.en) node has no cap"))
        }
        if node.kind == .scored || node.kind == .survey, node.maximum <= .zero {
            report(node.code, node.line, LocalizedText(vi: "Điểm tối đa phải lớn hơn 0", en: "The maximum must be greater than 0"))
        }
        if let parent, parent.kind == .bonus || parent.kind == .deduction, node.kind != parent.kind {
            report(node.code, node.line, LocalizedText(
                vi: "Tiêu chí trong mục \(parent.kind.title.vi) cũng phải là \(parent.kind.title.vi)",
                en: "A criterion inside a \(parent.kind.title.en) node must also be \(parent.kind.title.en)"))
        }
        if node.outsideMaximum, node.kind != .bonus {
            report(node.code, node.line, LocalizedText(vi: "Chỉ điểm thưởng mới được nằm ngoài điểm tối đa", en: "Only a bonus can lie outside the maximum"))
        }
    }

    private mutating func checkInner(_ node: CriteriaNode) {
        if node.rule != nil {
            report(node.code, node.line, LocalizedText(
                vi: "Tiêu chí có tiêu chí thành phần không được có quy tắc chấm riêng", en: "A criterion with sub-criteria cannot have its own rule"))
        }
        guard node.kind == .scored || node.kind == .survey else {
            let sum = node.children.reduce(Points.zero) { $0 + $1.maximum }
            if sum < node.maximum {
                report(node.code, node.line, LocalizedText(
                    vi: "Mức trần của các tiêu chí thành phần cộng lại là \(sum.formatted(.vi)), nhỏ hơn mức trần \(node.maximum.formatted(.vi)) của mục: không thể đạt mức trần",
                    en: "The sub-criteria's caps add up to \(sum.formatted(.en)), below the node's cap \(node.maximum.formatted(.en)): the cap can never be reached"))
            }
            return
        }
        let sum = node.children.reduce(Points.zero) { $0 + $1.maximumContribution }
        if node.capsChildren {
            if sum < node.maximum {
                report(node.code, node.line, LocalizedText(
                    vi: "Tổng điểm tối đa của các tiêu chí thành phần (\(sum.formatted(.vi))) nhỏ hơn điểm tối đa \(node.maximum.formatted(.vi)): không thể đạt mức trần",
                    en: "The sub-criteria's maxima (\(sum.formatted(.en))) are below the maximum \(node.maximum.formatted(.en)): the cap can never be reached"))
            }
        } else if sum != node.maximum {
            report(node.code, node.line, LocalizedText(
                vi: "Tổng điểm tối đa của các tiêu chí thành phần là \(sum.formatted(.vi)), khác điểm tối đa \(node.maximum.formatted(.vi)) (nếu điểm tối đa là mức trần, ghi caps_children: true)",
                en: "The sub-criteria's maxima add up to \(sum.formatted(.en)), not the maximum \(node.maximum.formatted(.en)) (if the maximum is a cap, set caps_children: true)"))
        }
    }
}
