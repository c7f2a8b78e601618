import HTML
import ParIndexCore
import ParIndexData

/// Where the appraisal lowered the units' own scores across the period, per criterion, most
/// points first, with the reasons appraisers gave: next year's risk list.
enum RiskList {
    static func node(_ context: PageContext, context results: ResultsContext, limit: Int = 30) -> Node {
        let table = results.results.table
        let tree = table.tree
        let deviations = CriterionDeviation.of(table)
        let appraised = table.rows.count { $0.result.appraisedPoints != nil }
        let language = context.language
        return .section(.class("card"), .id("risk-list")) {
            Node.h2 { context.t("Tiêu chí bị thẩm định trừ điểm nhiều nhất", "Criteria the appraisal lowered most") }
            if deviations.isEmpty {
                Node.p(.class("empty")) { context.t("Thẩm định chưa trừ điểm tiêu chí nào.", "The appraisal has lowered no criterion yet.") }
            } else {
                Node.table(.class("list")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Tiêu chí", "Criterion") }
                        Node.th(.scope("col"), .class("num")) { context.t("Số đơn vị bị trừ", "Units lowered") }
                        Node.th(.scope("col"), .class("num")) { context.t("Tổng điểm bị trừ", "Points removed") }
                        Node.th(.scope("col"), .class("num")) { context.t("Trừ nhiều nhất", "Largest") }
                        Node.th(.scope("col")) { context.t("Lý do thẩm định", "Appraisers' reasons") }
                    } }
                    Node.tbody {
                        for deviation in deviations.prefix(limit) {
                            let node = tree.nodes[tree.leafNodes[deviation.leafNumber]]
                            Node.tr {
                                Node.th(.scope("row")) { node.code + " " + context.t(node.definition.title) }
                                Node.td(.class("num")) { "\(deviation.loweredCount) / \(appraised)" }
                                Node.td(.class("num")) { deviation.pointsRemoved.formatted(language) }
                                Node.td(.class("num")) { deviation.largest.formatted(language) }
                                Node.td {
                                    let reasons = results.reasons[node.code] ?? []
                                    if reasons.isEmpty { "—" } else {
                                        Node.ul(.class("plain")) {
                                            for reason in reasons { Node.li { reason.text + (reason.count > 1 ? " (×\(reason.count))" : "") } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
