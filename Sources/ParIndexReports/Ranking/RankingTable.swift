public import ParIndexCore

/// A ranking as text: rank, unit, index; then the units scored but not ranked.
public enum RankingTable {
    public static func text(_ table: Ranking.Table, decimals: Int, _ language: Language) -> String {
        let vi = language == .vi
        var text = TextTable(headers: [vi ? "Hạng" : "Rank", vi ? "Đơn vị" : "Unit", vi ? "Chỉ số %" : "Index %"],
                             alignments: [.right, .left, .right], maximumWidths: [nil, 60, nil])
        for placed in table.ranked {
            text.rows.append([String(placed.rank), placed.entry.unit.name, placed.entry.index?.formatted(language, minimumDecimals: decimals) ?? "—"])
        }
        var lines = [text.rendered()]
        if !table.unranked.isEmpty {
            lines.append("")
            lines.append(vi ? "Chấm điểm nhưng không xếp hạng:" : "Scored but not ranked:")
            for entry in table.unranked {
                lines.append("  \(entry.unit.name): \(entry.index.map { $0.formatted(language, minimumDecimals: decimals) + "%" } ?? "—")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
