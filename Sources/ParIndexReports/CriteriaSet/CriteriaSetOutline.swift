public import ParIndexCore

/// The tree of a criteria set with maxima, kinds and rules, as `parindex criteria show` prints it.
public enum CriteriaSetOutline {
    public static func text(_ set: CriteriaSet, _ language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        let meta = set.metadata
        lines.append("\(meta.title.text(language)) [\(meta.id)]")
        lines.append("\(meta.instrument.title.text(language)) · \(meta.issuer) · \(vi ? "nhóm" : "group") \(meta.unitGroup) · \(vi ? "năm" : "year") \(meta.year)")
        if let legal = meta.legalBasis {
            lines.append("\(vi ? "Căn cứ" : "Legal basis"): \(legal.decisionNumber)\(legal.date.map { " (\($0.displayed))" } ?? "")")
        }
        let settings = set.settings
        lines.append("\(vi ? "Điểm tối đa" : "Maximum"): \(settings.maximum.formatted(language)) · \(vi ? "làm tròn chỉ số" : "index rounding"): "
            + "\(settings.indexDecimals) \(vi ? "chữ số" : "decimals"), \(settings.rounding.rawValue)")
        lines.append("")
        var table = TextTable(headers: [vi ? "Mã" : "Code", vi ? "Tiêu chí" : "Criterion", vi ? "Tối đa" : "Max", vi ? "Loại" : "Kind", vi ? "Quy tắc" : "Rule"],
                              alignments: [.left, .left, .right, .left, .left], maximumWidths: [nil, 64, nil, nil, nil])
        func add(_ node: CriteriaNode, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            let maximum = (node.kind == .deduction ? "-" : "") + node.maximum.formatted(language) + (node.capsChildren ? "*" : "")
            table.rows.append([indent + node.code, indent + node.title.text(language), maximum, node.kind.title.text(language),
                               node.rule?.title.text(language) ?? ""])
            for child in node.children { add(child, depth: depth + 1) }
        }
        for root in set.roots { add(root, depth: 0) }
        lines.append(table.rendered())
        if !set.bands.isEmpty {
            lines.append("")
            lines.append(vi ? "Xếp loại (so với \(settings.bandsCompare == .index ? "chỉ số %" : "tổng điểm")):" : "Bands (on the \(settings.bandsCompare == .index ? "index %" : "total")):")
            for band in set.bands {
                let conditions = band.conditions.map { condition in
                    (condition.required ? "" : (vi ? "không " : "not ")) + (set.facts.first { $0.id == condition.fact }?.description.text(language) ?? condition.fact)
                }
                let suffix = conditions.isEmpty ? "" : " — \(vi ? "điều kiện" : "conditions"): " + conditions.joined(separator: "; ")
                lines.append("  \(band.label.text(language)): \(band.range.describe(language))\(suffix)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
