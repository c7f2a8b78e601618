import ParIndexCore
import ParIndexData

/// Varied, plausible and deterministic figures for the demo's other districts, so that a
/// ranking of them is not a wall of ties. Each unit has a level (how well it does overall, the
/// share of each criterion's maximum it usually reaches) and each criterion varies around it by
/// a hash of the unit, the year and the code; the appraisal lowers about one criterion in six,
/// with a reason. Nothing here is a real result: the demo marks every record as demo data.
enum DemoFigures {
    /// Percent of the maximum each unit tends to reach in 2022 (2023 moves a little from it).
    static let levels: [String: Int] = [
        "tp-lang-son": 91, "huu-lung": 86, "cao-loc": 84, "chi-lang": 80, "bac-son": 78, "van-quan": 75,
        "loc-binh": 73, "trang-dinh": 70, "binh-gia": 68, "van-lang": 66, "dinh-lap": 61,
    ]

    static let reasons = [
        "Văn bản kiểm chứng ban hành sau thời hạn quy định.",
        "Báo cáo chưa có số liệu đầy đủ theo yêu cầu.",
        "Tài liệu kiểm chứng không thể hiện kết quả thực hiện.",
        "Tỷ lệ thực tế thấp hơn số liệu đơn vị tự đánh giá.",
    ]

    /// FNV-1a: the same number for the same text on every machine and every run.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }

    /// A number in `range`, fixed by `key`.
    static func pick(_ key: String, _ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(hash(key) % UInt64(range.count))
    }

    static func level(of unit: String, year: Int) -> Int {
        let base = levels[unit] ?? 70
        return year <= 2022 ? base : min(97, base + pick("\(unit)/\(year)/trend", -4...5))
    }

    /// The unit's own score of a scored or bonus leaf: its level ± up to 25 points of the
    /// maximum, rounded down to the rule's step (0,25 for rules without one), within 0…maximum.
    static func selfScore(unit: String, year: Int, leaf: CriteriaNode) -> Points {
        let percent = min(100, max(0, level(of: unit, year: year) + pick("\(unit)/\(year)/\(leaf.code)", -25...20)))
        return steppedDown(Points(hundredths: leaf.maximum.hundredths * percent / 100), leaf: leaf)
    }

    /// The appraised score, for about one leaf in six that the unit scored above zero: one or
    /// two steps lower, with a reason.
    static func lowered(unit: String, year: Int, leaf: CriteriaNode, own: Points) -> (Points, String)? {
        guard own > .zero, pick("\(unit)/\(year)/\(leaf.code)/appraised", 0...5) == 0 else { return nil }
        let step = self.step(of: leaf)
        let steps = pick("\(unit)/\(year)/\(leaf.code)/steps", 1...2)
        let lower = max(.zero, own - step * steps)
        return (lower, reasons[pick("\(unit)/\(year)/\(leaf.code)/reason", 0...(reasons.count - 1))])
    }

    /// Survey satisfaction in percent, around the unit's level.
    static func satisfaction(unit: String, year: Int, leaf: CriteriaNode) -> FixedDecimal {
        let percent = min(98, max(50, level(of: unit, year: year) + pick("\(unit)/\(year)/\(leaf.code)/survey", -8...8)))
        return FixedDecimal(units: percent * 10 + pick("\(unit)/\(year)/\(leaf.code)/tenth", 0...9), decimals: 1)
    }

    static func step(of leaf: CriteriaNode) -> Points {
        if case let .freeScore(rule)? = leaf.rule, rule.step > .zero { return rule.step }
        return Points(hundredths: 25)
    }

    private static func steppedDown(_ value: Points, leaf: CriteriaNode) -> Points {
        let step = step(of: leaf).hundredths
        return Points(hundredths: min(leaf.maximum.hundredths, value.hundredths / step * step))
    }
}
