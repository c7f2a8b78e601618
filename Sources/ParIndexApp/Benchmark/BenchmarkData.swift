import Foundation
import ParIndexData

/// A 100-leaf criteria set (10 fields × 10 criteria, 1 point each, mixed rule types) and a
/// complete self-assessment of it: the size of a real provincial set.
enum BenchmarkData {
    static let fields = 10
    static let leavesPerField = 10

    static var criteriaSetYAML: String { criteriaSetYAML(leavesPerField: leavesPerField) }

    /// The set with `leavesPerField` leaves in each of its ten fields (150 for the import's measure).
    static func criteriaSetYAML(leavesPerField: Int) -> String {
        let leaves = fields * leavesPerField
        var text = """
        id: bench-\(leaves)
        title: "Bộ chỉ số đo hiệu năng (\(leaves) tiêu chí)"
        instrument: par_index
        issuer: "ParIndex"
        unit_group: bench
        year: 2026
        settings:
          maximum: \(leaves)
          index_decimals: 2
          rounding: half_up
          not_applicable: shrink_maximum
        bands:
          - {key: dat, label: "Đạt", min: 50, min_inclusive: true}
          - {key: chua_dat, label: "Chưa đạt", min: 0, min_inclusive: true, max: 50, max_inclusive: false}
        nodes:

        """
        for field in 1...fields {
            text += """
              - code: "\(field)"
                title: "Lĩnh vực \(field)"
                maximum: \(leavesPerField)
                children:

            """
            for leaf in 1...leavesPerField {
                text += """
                      - code: "\(field).\(leaf)"
                        title: "Tiêu chí \(field).\(leaf): nội dung đánh giá có độ dài thường gặp trong bộ chỉ số cấp tỉnh"
                        maximum: 1
                        guidance: "Hướng dẫn chấm điểm của tiêu chí \(field).\(leaf)."
                        evidence: "Văn bản, báo cáo chứng minh kết quả thực hiện."
                        rule:
                \(rule(leaf))

                """
            }
        }
        return text
    }

    static func rule(_ leaf: Int) -> String {
        let indent = "              "
        switch leaf % 4 {
        case 0: return indent + "type: yes_no"
        case 1: return indent + "type: options\n" + indent + "options:\n" + indent + "  - {key: a, label: \"Đầy đủ\", points: 1}\n" + indent + "  - {key: b, label: \"Chưa đầy đủ\", points: \"0,5\"}\n" + indent + "  - {key: c, label: \"Không\", points: 0}"
        case 2: return indent + "type: percentage_tiers\n" + indent + "numerator: \"Số đạt\"\n" + indent + "denominator: \"Tổng số\"\n" + indent + "tiers:\n"
            + indent + "  - {min: 90, min_inclusive: true, max: 100, max_inclusive: true, points: 1}\n"
            + indent + "  - {min: 0, min_inclusive: true, max: 90, max_inclusive: false, points: 0}"
        default: return indent + "type: free_score\n" + indent + "step: \"0,25\""
        }
    }

    /// The form fields that score leaf `leaf` of a field.
    static func inputs(_ leaf: Int, variant: Int = 0) -> [String: String] {
        switch leaf % 4 {
        case 0: return ["answer": variant % 2 == 0 ? "yes" : "no"]
        case 1: return ["option": variant % 2 == 0 ? "a" : "b"]
        case 2: return ["numerator": "\(90 + variant % 10)", "denominator": "100"]
        default: return ["score": variant % 2 == 0 ? "0,75" : "1"]
        }
    }
}
