import HTML
import ParIndexCore
import ParIndexData

/// Units × fields, each cell a field's component index, drawn as SVG on the server. The ranking
/// table beside it holds the same figures, and the chart points screen readers to it.
enum HeatMap {
    static let nameWidth = 210
    static let cellWidth = 64
    static let cellHeight = 24
    static let headerHeight = 28

    static func node(_ context: PageContext, rows: [PeriodResults.Row], tree: ScoringTree, fields: [Int], tableID: String) -> Node {
        let width = nameWidth + cellWidth * fields.count
        let height = headerHeight + cellHeight * rows.count + 40
        let language = context.language
        return .figure(.class("chart heat-map"), .id("heat-map")) {
            Node.svg(.svg("viewbox", "0 0 \(width) \(height)"), .svg("width", width), .svg("height", height), .role("img"),
                     .aria("labelledby", "heat-map-title"), .aria("describedby", tableID)) {
                Node.title(.id("heat-map-title")) {
                    context.t("Bản đồ nhiệt chỉ số thành phần theo lĩnh vực", "Heat map of each field's component index")
                }
                for (column, field) in fields.enumerated() {
                    Node.svgText(.svg("x", nameWidth + column * cellWidth + cellWidth / 2), .svg("y", headerHeight - 8),
                                 .svg("text-anchor", "middle"), .svg("font-size", "13")) {
                        Node.title { context.t(tree.nodes[field].definition.title) }
                        tree.nodes[field].code
                    }
                }
                for (line, row) in rows.enumerated() {
                    let y = headerHeight + line * cellHeight
                    Node.svgText(.svg("x", nameWidth - 6), .svg("y", y + cellHeight - 7), .svg("text-anchor", "end"), .svg("font-size", "13")) {
                        row.unitName
                    }
                    for (column, field) in fields.enumerated() {
                        let index = row.result.fields.first { $0.node == field }?.index
                        let step = row.result.standing == .notScored ? ChartPalette.missing : ChartPalette.step(for: index)
                        let x = nameWidth + column * cellWidth
                        let value = index.map { $0.formatted(language) } ?? "—"
                        Node.g {
                            Node.rect(.svg("x", x + 1), .svg("y", y + 1), .svg("width", cellWidth - 2), .svg("height", cellHeight - 2),
                                      .svg("fill", step.fill)) {
                                Node.title { row.unitName + " — " + tree.nodes[field].code + ": " + value }
                            }
                            Node.svgText(.svg("x", x + cellWidth / 2), .svg("y", y + cellHeight - 7), .svg("text-anchor", "middle"),
                                         .svg("font-size", "12"), .svg("fill", step.ink)) { value }
                        }
                    }
                }
                legend(context, y: headerHeight + cellHeight * rows.count + 12)
            }
            Node.figcaption {
                context.t("Mỗi ô là chỉ số thành phần (%) của một lĩnh vực; số liệu đầy đủ ở bảng xếp hạng.",
                          "Each cell is a field's component index (%); the ranking table holds the same figures.")
            }
        }
    }

    static func legend(_ context: PageContext, y: Int) -> Node {
        .g(.aria("hidden", "true")) {
            for (position, step) in ChartPalette.steps.enumerated() {
                let x = nameWidth + position * 92
                Node.rect(.svg("x", x), .svg("y", y), .svg("width", 18), .svg("height", 14), .svg("fill", step.fill), .svg("stroke", "#555555"))
                Node.svgText(.svg("x", x + 22), .svg("y", y + 12), .svg("font-size", "12")) { ChartPalette.range(of: position) }
            }
        }
    }
}
