import HTML
import ParIndexCore
import ParIndexData

/// A unit year by year: index and rank, then each field's component index with its rank, fields
/// matched by code; years of a unit it succeeded after a merger are marked as such.
enum HistorySection {
    static func node(_ context: PageContext, _ history: UnitHistory) -> Node {
        let language = context.language
        return .section(.class("card"), .id("history")) {
            Node.h2 { context.t("Qua các năm", "Year by year") }
            Node.div(.class("table-scroll")) {
                Node.table(.class("list")) {
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Năm", "Year") }
                        Node.th(.scope("col"), .class("num")) { context.t("Chỉ số (%)", "Index (%)") }
                        Node.th(.scope("col"), .class("num")) { context.t("Hạng", "Rank") }
                        for code in history.fieldCodes {
                            Node.th(.scope("col"), .class("num")) { code }
                        }
                    } }
                    Node.tbody {
                        for year in history.years {
                            Node.tr {
                                Node.th(.scope("row")) {
                                    String(year.year)
                                    if year.isPredecessor {
                                        Node.span(.class("tag")) { context.t("đơn vị tiền thân: ", "predecessor: ") + year.unitName }
                                    }
                                    if !year.state.isFinal { Node.span(.class("tag")) { context.t("chưa cuối cùng", "not final") } }
                                }
                                Node.td(.class("num")) { year.result.index.map { $0.formatted(language) } ?? "—" }
                                Node.td(.class("num")) { year.rank.map { "\($0) / \(year.rankedCount)" } ?? "—" }
                                for code in history.fieldCodes {
                                    Node.td(.class("num")) {
                                        if let field = year.fields[code], let index = field.index {
                                            index.formatted(language) + (field.rank.map { " (\($0))" } ?? "")
                                        } else {
                                            "—"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Node.p(.class("muted")) {
                context.t("Chỉ số thành phần (%) và hạng trong tỉnh (trong ngoặc) của từng lĩnh vực, khớp theo mã lĩnh vực.",
                          "Each field's component index (%) and rank in the province (in brackets), matched by field code.")
            }
        }
    }
}
