public import ParIndexCore

extension ScoreSheet {
    func reconciliationLines(_ reconciliation: Reconciliation, _ language: Language) -> [String] {
        let vi = language == .vi
        var lines = [vi ? "Đối chiếu với số liệu công bố" : "Reconciliation with reported figures"]
        if let source = assessment.reported?.source { lines.append("  \(vi ? "Nguồn" : "Source"): \(source)") }
        for mismatch in reconciliation.mismatches {
            let name = label(mismatch.code, language)
            var line = "  ✗ \(name): \(vi ? "công bố" : "reported") \(mismatch.reported.formatted(language)), "
                + "\(vi ? "tính được" : "computed") \(mismatch.computed.formatted(language)), "
                + "\(vi ? "chênh lệch" : "difference") \(signed(mismatch.difference, language))"
            if mismatch.digitsTransposed { line += vi ? " (có vẻ bị đảo chữ số)" : " (digits look transposed)" }
            lines.append(line)
        }
        for implied in reconciliation.implied {
            let node = result.tree.nodeIndex(of: implied.code).map { result.tree.nodes[$0].definition.title.text(language) } ?? ""
            lines.append("  → \(implied.code) \(node): \(vi ? "chưa nhập điểm; số liệu" : "not entered; the reported") "
                + "\(label(implied.from, language).lowercased()) \(vi ? "công bố suy ra" : "implies") \(implied.points.formatted(language)) \(vi ? "điểm" : "points")")
        }
        if let band = reconciliation.band {
            lines.append("  ✗ \(vi ? "Xếp loại" : "Band"): \(vi ? "công bố" : "reported") «\(band.reported)», "
                + "\(vi ? "tính được" : "computed") «\(band.computed?.label.text(language) ?? (vi ? "chưa xếp loại" : "unclassified"))»")
        }
        for code in reconciliation.unknownCodes {
            lines.append("  ✗ \(code): \(vi ? "không có trong bộ chỉ số" : "not in the criteria set")")
        }
        lines.append(reconciliation.isConsistent
            ? (vi ? "  ✓ Số liệu công bố khớp với số liệu tính được" : "  ✓ The reported figures agree with the computed ones")
            : (vi ? "  Số liệu công bố KHÔNG khớp với số liệu tính được" : "  The reported figures DO NOT agree with the computed ones"))
        return lines
    }

    func label(_ code: String, _ language: Language) -> String {
        switch code {
        case "total": language == .vi ? "Tổng điểm" : "Total"
        case "index": language == .vi ? "Chỉ số" : "Index"
        default: code
        }
    }

    private func signed(_ value: FixedDecimal, _ language: Language) -> String {
        value.isNegative ? value.formatted(language) : "+" + value.formatted(language)
    }
}
