import HTML
import ParIndexCore
import ParIndexData

/// The criteria tree: fields and criteria as collapsible sections, leaves with their forms.
/// Written straight into the page's bytes: with a hundred leaves it is most of the page.
enum CriteriaTree {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, printing: Bool) {
        var position = 0
        children(&writer, context, model, depth: 0, position: &position, printing: printing)
    }

    /// The rows from `position` at `depth`, each with its descendants, until the depth drops.
    private static func children(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, depth: Int,
                                 position: inout Int, printing: Bool) {
        while position < model.rows.count, model.rows[position].depth == depth {
            let row = model.rows[position]
            position += 1
            if row.isLeaf {
                LeafSection.write(&writer, context, model, row, printing: printing)
            } else {
                writer.element("details", .class("branch depth-\(depth)"), .id("c-\(row.code)"), .open) { writer in
                    writer.element("summary") { writer in
                        writer.element("span", .class("code")) { $0.text(row.code) }
                        writer.element("span", .class("title")) { $0.text(context.t(row.title)) }
                        writer.element("span", .class("points")) { $0.text(pointsText(context, row)) }
                    }
                    children(&writer, context, model, depth: depth + 1, position: &position, printing: printing)
                }
            }
        }
    }

    static func pointsText(_ context: PageContext, _ row: AssessmentPage.Row) -> String {
        var text = (row.selfPoints?.formatted(context.language) ?? "—") + " / " + row.maximum.formatted(context.language)
        if let appraised = row.appraisedPoints { text += " · " + context.t("TĐ ", "appr. ") + appraised.formatted(context.language) }
        return text
    }
}
