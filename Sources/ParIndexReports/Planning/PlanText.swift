public import ParIndexCore

/// A plan toward a target as text, for a steering-committee meeting.
public enum PlanText {
    public static func text(_ plan: Plan, set: CriteriaSet, _ language: Language) -> String {
        let vi = language == .vi
        var lines: [String] = []
        let target: String = switch plan.target {
        case .band(let key): (vi ? "xếp loại " : "band ") + "«\(set.bands.first { $0.key == key }?.label.text(language) ?? key)»"
        case .total(let points): (vi ? "tổng điểm " : "a total of ") + points.formatted(language)
        }
        lines.append("\(vi ? "Mục tiêu" : "Target"): \(target)")
        lines.append("\(vi ? "Hiện tại" : "Now"): \(plan.current.formatted(language))")
        guard let required = plan.required, let selection = plan.selection else {
            if let required = plan.required { lines.append("\(vi ? "Cần" : "Needs"): \(required.formatted(language))") }
            lines.append(vi ? "Không thể đạt mục tiêu bằng điểm còn lại (hoặc chưa đáp ứng điều kiện của mức xếp loại)."
                            : "The target cannot be reached with the points still available (or the band's conditions are not met).")
            lines.append(contentsOf: candidateLines(plan.candidates, language))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(vi ? "Cần" : "Needs"): \(required.formatted(language)) (\(vi ? "thiếu" : "gap") \(plan.gap?.formatted(language) ?? "0"))")
        if selection.isEmpty {
            lines.append(vi ? "Đã đạt mục tiêu." : "The target is already reached.")
        } else {
            lines.append(vi ? "Ít tiêu chí nhất cần đạt tối đa:" : "Fewest criteria to bring to their maximum:")
            for candidate in selection {
                lines.append("  \(candidate.code) \(candidate.title.text(language)): \(candidate.current.formatted(language)) → \(candidate.maximum.formatted(language)) (+\(candidate.available.formatted(language)))")
            }
        }
        lines.append(contentsOf: candidateLines(plan.candidates, language))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func candidateLines(_ candidates: [PlanCandidate], _ language: Language) -> [String] {
        guard !candidates.isEmpty else { return [] }
        var lines = ["", language == .vi ? "Các tiêu chí còn điểm (nhiều nhất trước):" : "Criteria with points available (largest first):"]
        for candidate in candidates {
            lines.append("  +\(candidate.available.formatted(language))  \(candidate.code) \(candidate.title.text(language))")
        }
        return lines
    }
}
