import ParIndexCore

/// Five classes of an index (0–100) in a colour-blind-safe sequential palette (viridis), darker
/// for higher; the text on a cell is white on the three darkest and black on the others. The
/// classes follow the usual band cut-offs (50, 70, 80, 90), so the colours read like bands.
enum ChartPalette {
    struct Step {
        var lower: Int
        var fill: String
        var ink: String
    }

    static let steps: [Step] = [
        Step(lower: 0, fill: "#fde725", ink: "#000000"),
        Step(lower: 50, fill: "#5ec962", ink: "#000000"),
        Step(lower: 70, fill: "#21918c", ink: "#ffffff"),
        Step(lower: 80, fill: "#3b528b", ink: "#ffffff"),
        Step(lower: 90, fill: "#440154", ink: "#ffffff"),
    ]

    static let missing = Step(lower: -1, fill: "#e6e6e6", ink: "#000000")

    static func step(for index: FixedDecimal?) -> Step {
        guard let index else { return missing }
        return steps.last { index >= FixedDecimal($0.lower) } ?? steps[0]
    }

    /// "70 – < 80", "≥ 90".
    static func range(of position: Int) -> String {
        let lower = steps[position].lower
        return position + 1 < steps.count ? "\(lower) – < \(steps[position + 1].lower)" : "≥ \(lower)"
    }
}
