import HTML
import ParIndexCore
import ParIndexData

/// The criteria tree: fields and criteria as collapsible sections, leaves with their forms.
enum CriteriaTree {
    static func nodes(_ context: PageContext, _ model: AssessmentPage.Model, printing: Bool) -> [Node] {
        var position = 0
        return children(context, model, depth: 0, position: &position, printing: printing)
    }

    /// The rows from `position` at `depth`, each with its descendants, until the depth drops.
    private static func children(_ context: PageContext, _ model: AssessmentPage.Model, depth: Int, position: inout Int, printing: Bool) -> [Node] {
        var nodes: [Node] = []
        while position < model.rows.count, model.rows[position].depth == depth {
            let row = model.rows[position]
            position += 1
            if row.isLeaf {
                nodes.append(LeafSection.node(context, model, row, printing: printing))
            } else {
                let inner = children(context, model, depth: depth + 1, position: &position, printing: printing)
                nodes.append(.details(.class("branch depth-\(depth)"), .id("c-\(row.code)"), .open) {
                    Node.summary {
                        Node.span(.class("code")) { row.code }
                        Node.span(.class("title")) { context.t(row.title) }
                        Node.span(.class("points")) { pointsText(context, row) }
                    }
                    inner
                })
            }
        }
        return nodes
    }

    static func pointsText(_ context: PageContext, _ row: AssessmentPage.Row) -> String {
        var text = (row.selfPoints?.formatted(context.language) ?? "—") + " / " + row.maximum.formatted(context.language)
        if let appraised = row.appraisedPoints { text += " · " + context.t("TĐ ", "appr. ") + appraised.formatted(context.language) }
        return text
    }
}
