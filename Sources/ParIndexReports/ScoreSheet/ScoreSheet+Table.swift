public import ParIndexCore

extension ScoreSheet {
    /// The sheet as aligned text: heading, one row per node, totals, then (with `explain`) the
    /// score trail of every leaf, then the reconciliation.
    public func table(_ language: Language, explain: Bool = false) -> String {
        let vi = language == .vi
        var lines: [String] = []
        lines.append("\(set.metadata.title.text(language)) — \(assessment.unit.name) — \(assessment.year)")
        var basis = "\(vi ? "Bộ chỉ số" : "Criteria set"): \(set.metadata.id)"
        if let legal = set.metadata.legalBasis {
            basis += " (\(legal.decisionNumber)\(legal.date.map { vi ? " ngày \($0.displayed)" : " of \($0.displayed)" } ?? ""))"
        }
        lines.append(basis)
        lines.append("\(vi ? "Điểm" : "Scores"): \(viewTitle(language))")
        lines.append("")
        lines.append(nodeTable(language).rendered())
        lines.append("")
        lines.append(contentsOf: summary(language))
        if explain {
            lines.append("")
            lines.append(contentsOf: trail(language))
        }
        if !problems.isEmpty {
            lines.append("")
            lines.append(vi ? "Số liệu không hợp lệ:" : "Invalid inputs:")
            lines.append(contentsOf: problems.map { "  [\($0.code)] \($0.message.text(language))" })
        }
        if let reconciliation {
            lines.append("")
            lines.append(contentsOf: reconciliationLines(reconciliation, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per leaf: code, layer, rule, how the points follow, and the declared inputs.
    private func trail(_ language: Language) -> [String] {
        var lines = [language == .vi ? "Diễn giải điểm từng tiêu chí:" : "How each criterion was scored:"]
        for leafNumber in result.tree.leafNodes.indices {
            let explanation = result.explanation(ofLeaf: leafNumber, input: input(ofLeaf: leafNumber))
            let layer = explanation.layer.map { " [\($0.title.text(language))]" } ?? ""
            lines.append("  \(explanation.code)\(layer) \(explanation.rule.text(language)): \(explanation.working.text(language))")
            if !explanation.inputs.isEmpty {
                lines.append("      " + explanation.inputs.map { $0.text(language) }.joined(separator: "; "))
            }
        }
        return lines
    }

    func viewTitle(_ language: Language) -> String {
        switch result.view {
        case .selfAssessed: language == .vi ? "tự đánh giá" : "self-assessed"
        case .appraised: language == .vi ? "thẩm định" : "appraised"
        case .final: language == .vi ? "kết quả cuối cùng (thẩm định, nếu chưa có thì tự đánh giá)" : "final (appraised where available, else self-assessed)"
        }
    }

    private func nodeTable(_ language: Language) -> TextTable {
        let vi = language == .vi
        var table = TextTable(headers: [vi ? "Mã" : "Code", vi ? "Tiêu chí" : "Criterion", vi ? "Tối đa" : "Max",
                                        vi ? "Điểm" : "Points", vi ? "Chỉ số %" : "Index %"],
                              alignments: [.left, .left, .right, .right, .right], maximumWidths: [nil, 60, nil, nil, nil])
        let tree = result.tree
        for (index, node) in tree.nodes.enumerated() {
            let indent = String(repeating: "  ", count: node.depth)
            let scored = result.scoredLeaves[index] > 0
            let points = scored ? result.nodePoints[index].formatted(language) : "—"
            let componentIndex = scored ? result.componentIndex(ofNode: index)?.formatted(language, minimumDecimals: set.settings.indexDecimals) ?? "" : ""
            // Where criteria do not apply, the maximum that applies is shown with the declared one after it.
            let applicable = result.nodeMaximum[index]
            var maximum = node.kind == .deduction ? "-" + node.maximum.formatted(language) : applicable.formatted(language)
            if node.kind != .deduction, applicable != node.maximum { maximum += " (\(node.maximum.formatted(language)))" }
            table.rows.append([indent + node.code, indent + node.definition.title.text(language), maximum, points, componentIndex])
        }
        return table
    }

    private func summary(_ language: Language) -> [String] {
        let vi = language == .vi
        var lines = ["\(vi ? "Tổng điểm" : "Total"): \(result.total.formatted(language)) / \(result.maximum.formatted(language))"]
        let unscored = result.unscoredRoots
        if !unscored.isEmpty {
            let part = result.scoredPart
            let missing = unscored.map { index in
                let node = result.tree.nodes[index]
                return "\(node.code) \(node.definition.title.text(language)) (\(node.maximum.formatted(language)))"
            }.joined(separator: "; ")
            lines.append("\(vi ? "Phần đã chấm" : "Scored part"): \(part.points.formatted(language)) / \(part.maximum.formatted(language)); "
                + "\(vi ? "chưa nhập" : "not entered"): \(missing)")
        }
        let index = result.index.map { $0.formatted(language, minimumDecimals: set.settings.indexDecimals) + "%" } ?? "—"
        lines.append("\(vi ? "Chỉ số" : "Index"): \(index)")
        var band = "\(vi ? "Xếp loại" : "Band"): \(result.band?.label.text(language) ?? (vi ? "chưa xếp loại" : "unclassified"))"
        if !unscored.isEmpty { band += vi ? " (tạm tính: còn phần chưa nhập điểm)" : " (provisional: some parts have no scores yet)" }
        lines.append(band)
        for step in result.classification.steps {
            if case .conditionsNotMet(let key, let failed) = step {
                let names = failed.map { condition in set.facts.first { $0.id == condition.fact }?.description.text(language) ?? condition.fact }
                let label = set.bands.first { $0.key == key }?.label.text(language) ?? key
                lines.append("  \(vi ? "Chưa đạt điều kiện của mức" : "Conditions not met for") «\(label)»: \(names.joined(separator: "; "))")
            }
        }
        return lines
    }
}
