import HTML
import ParIndexCore

/// How the ranked units' indices spread over 0–100 in steps of 5, with the bands' lower
/// cut-offs drawn across, as SVG; and the same counts as a table for screen readers.
enum IndexDistribution {
    static let binWidth = 5
    static let barWidth = 28
    static let plotHeight = 160
    static let left = 36
    static let top = 24

    /// Counts per bin of 5 (the last bin holds 95 to 100 and anything above).
    static func counts(of indices: [FixedDecimal]) -> [Int] {
        var counts = [Int](repeating: 0, count: 100 / binWidth)
        for index in indices {
            let whole = index.truncatedToWhole
            counts[min(max(whole, 0) / binWidth, counts.count - 1)] += 1
        }
        return counts
    }

    static func node(_ context: PageContext, indices: [FixedDecimal], bands: [Band]) -> Node {
        let counts = counts(of: indices)
        let highest = max(counts.max() ?? 0, 1)
        let width = left + barWidth * counts.count + 16
        let height = top + plotHeight + 40
        let cutOffs = bands.compactMap { band in band.range.lower.map { (band, $0.value) } }
            .filter { $0.1 > .zero && $0.1 < FixedDecimal(100) }
        return .figure(.class("chart distribution"), .id("distribution")) {
            Node.svg(.svg("viewbox", "0 0 \(width) \(height)"), .svg("width", width), .svg("height", height), .role("img"),
                     .aria("labelledby", "distribution-title"), .aria("describedby", "distribution-table")) {
                Node.title(.id("distribution-title")) { context.t("Phân bố chỉ số của các đơn vị", "Distribution of the units' indices") }
                Node.line(.svg("x1", left), .svg("y1", top + plotHeight), .svg("x2", left + barWidth * counts.count),
                          .svg("y2", top + plotHeight), .svg("stroke", "#333333"))
                for (bin, count) in counts.enumerated() where count > 0 {
                    let barHeight = count * plotHeight / highest
                    let x = left + bin * barWidth
                    Node.rect(.svg("x", x + 2), .svg("y", top + plotHeight - barHeight), .svg("width", barWidth - 4),
                              .svg("height", barHeight), .svg("fill", ChartPalette.step(for: FixedDecimal(bin * binWidth)).fill),
                              .svg("stroke", "#333333")) {
                        Node.title { label(bin) + ": \(count)" }
                    }
                    Node.svgText(.svg("x", x + barWidth / 2), .svg("y", top + plotHeight - barHeight - 4), .svg("text-anchor", "middle"),
                                 .svg("font-size", "12")) { String(count) }
                }
                for tick in stride(from: 0, through: 100, by: 10) {
                    Node.svgText(.svg("x", left + tick / binWidth * barWidth), .svg("y", top + plotHeight + 16), .svg("text-anchor", "middle"),
                                 .svg("font-size", "12")) { String(tick) }
                }
                for (band, value) in cutOffs {
                    let x = left + value.truncatedToWhole * barWidth / binWidth
                    Node.line(.svg("x1", x), .svg("y1", top - 8), .svg("x2", x), .svg("y2", top + plotHeight),
                              .svg("stroke", "#b2182b"), .svg("stroke-width", "2"), .svg("stroke-dasharray", "5 3"))
                    Node.svgText(.svg("x", x + 3), .svg("y", top - 10), .svg("font-size", "12"), .svg("fill", "#b2182b")) { context.t(band.label) }
                }
            }
            Node.figcaption {
                context.t("Số đơn vị theo khoảng chỉ số (5 điểm); đường đứt là ngưỡng dưới của mỗi mức xếp loại.",
                          "Units per index range (5 points); dashed lines are each band's lower cut-off.")
            }
            Node.details {
                Node.summary { context.t("Bảng số liệu của biểu đồ", "The chart's figures as a table") }
                Node.table(.class("list compact"), .id("distribution-table")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Khoảng chỉ số", "Index range") }
                        Node.th(.scope("col"), .class("num")) { context.t("Số đơn vị", "Units") }
                    } }
                    Node.tbody {
                        for (bin, count) in counts.enumerated() where count > 0 {
                            Node.tr { Node.td { label(bin) }; Node.td(.class("num")) { String(count) } }
                        }
                    }
                }
            }
        }
    }

    static func label(_ bin: Int) -> String {
        let lower = bin * binWidth
        return bin == 100 / binWidth - 1 ? "\(lower) – 100" : "\(lower) – < \(lower + binWidth)"
    }
}
