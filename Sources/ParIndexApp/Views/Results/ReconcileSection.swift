import HTML
import ParIndexCore
import ParIndexData

/// Reconciliation on a unit's analysis page: the figures a report or an article states, typed
/// or pasted, against what the core computes (as `parindex score` does with `reported:`).
enum ReconcileSection {
    static func node(_ context: PageContext, _ model: AnalysisPage.Model) -> Node {
        let form = model.reconcile
        func error(_ field: String) -> Node? {
            guard let error = form.error, error.field == field || (field == "total" && error.field == nil) else { return nil }
            return .p(.class("problems"), .id("error-reconcile-\(field)"), .role("alert")) { error.message }
        }
        func described(_ field: String) -> Attribute? {
            form.error.map { $0.field == field ? .aria("describedby", "error-reconcile-\(field)") : nil } ?? nil
        }
        return .section(.class("card"), .id("reconcile")) {
            Node.h2 { context.t("Đối chiếu số liệu đã công bố", "Check published figures") }
            Node.p(.class("muted")) {
                context.t("Nhập hoặc dán số liệu một báo cáo, bài báo nêu; phần mềm tính lại và chỉ ra chỗ không khớp, chữ số bị đảo, số điểm còn thiếu.",
                          "Type or paste the figures a report or an article states; the core computes them again and shows mismatches, swapped digits and implied points.")
            }
            Node.form(.method("post"), .action(Paths.reconcile(model.id).href), .class("stacked no-print")) {
                CSRFField.node(context)
                Node.label(.for("reconcile-view")) { context.t("So với điểm", "Against") }
                Node.select(.id("reconcile-view"), .name("view")) {
                    Node.option(.value(ScoreView.selfAssessed.rawValue), .flag("selected", form.view == .selfAssessed)) { context.t("tự đánh giá", "self-assessed") }
                    Node.option(.value(ScoreView.final.rawValue), .flag("selected", form.view == .final)) { context.t("sau thẩm định", "after appraisal") }
                }
                Node.label(.for("reconcile-total")) { context.t("Tổng điểm", "Total") }
                Node.input(.type("text"), .id("reconcile-total"), .name("total"), .value(form.total), .inputmode("decimal"), .maxlength("20"), described("total"))
                error("total")
                Node.label(.for("reconcile-index")) { context.t("Chỉ số (%)", "Index (%)") }
                Node.input(.type("text"), .id("reconcile-index"), .name("index"), .value(form.index), .inputmode("decimal"), .maxlength("20"), described("index"))
                error("index")
                Node.label(.for("reconcile-band")) { context.t("Xếp loại", "Band") }
                Node.input(.type("text"), .id("reconcile-band"), .name("band"), .value(form.band), .maxlength("100"), described("band"))
                error("band")
                Node.label(.for("reconcile-fields")) { context.t("Điểm từng lĩnh vực (mỗi dòng «mã: điểm»)", "Each field's points (one “code: points” a line)") }
                Node.textarea(.id("reconcile-fields"), .name("fields"), .rows("5"), .placeholder("1: 10\n6: 4,3"), described("fields")) { form.fields }
                error("fields")
                Node.button(.type("submit"), .id("reconcile-submit")) { context.t("Đối chiếu", "Check") }
            }
            if let outcome = form.outcome { result(context, model, outcome) }
        }
    }

    static func result(_ context: PageContext, _ model: AnalysisPage.Model, _ outcome: Reconciliation) -> Node {
        let language = context.language
        return .div(.id("reconcile-result"), .role("status")) {
            if outcome.isConsistent && outcome.implied.isEmpty {
                Node.p(.class("working")) { context.t("Khớp: mọi số liệu đã nhập đúng với số phần mềm tính.", "Consistent: every figure entered agrees with the computed one.") }
            }
            if !outcome.mismatches.isEmpty {
                Node.table(.class("list"), .id("reconcile-mismatches")) {
                    Node.caption { context.t("Không khớp", "Mismatches") }
                    Node.thead { Node.tr {
                        Node.th(.scope("col")) { context.t("Số liệu", "Figure") }
                        Node.th(.scope("col"), .class("num")) { context.t("Công bố", "Stated") }
                        Node.th(.scope("col"), .class("num")) { context.t("Tính được", "Computed") }
                        Node.th(.scope("col"), .class("num")) { context.t("Chênh lệch", "Difference") }
                        Node.th(.scope("col")) { context.t("Ghi chú", "Note") }
                    } }
                    Node.tbody {
                        for mismatch in outcome.mismatches {
                            Node.tr {
                                Node.th(.scope("row")) { label(context, mismatch.code, model) }
                                Node.td(.class("num")) { mismatch.reported.formatted(language) }
                                Node.td(.class("num")) { mismatch.computed.formatted(language) }
                                Node.td(.class("num")) { RankingTable.change(context, mismatch.difference) }
                                Node.td { mismatch.digitsTransposed ? context.t("chữ số có vẻ bị đảo", "digits look swapped") : "" }
                            }
                        }
                    }
                }
            }
            if !outcome.implied.isEmpty {
                Node.ul(.id("reconcile-implied")) {
                    for implied in outcome.implied {
                        Node.li {
                            context.t("Số liệu «\(label(context, implied.from, model))» ngụ ý \(label(context, implied.code, model)) được \(implied.points.formatted(.vi)) điểm (chưa có trong hồ sơ).",
                                      "“\(label(context, implied.from, model))” implies \(implied.points.formatted(.en)) points for \(label(context, implied.code, model)) (not in the assessment).")
                        }
                    }
                }
            }
            if let band = outcome.band {
                Node.p(.class("problems"), .id("reconcile-band-result")) {
                    context.t("Xếp loại công bố «\(band.reported)», tính được: \(band.computed.map { $0.label.vi } ?? "không xếp loại").",
                              "Stated band “\(band.reported)”, computed: \(band.computed.map { $0.label.en } ?? "none").")
                }
            }
            if !outcome.unknownCodes.isEmpty {
                Node.p(.class("problems")) {
                    context.t("Bộ chỉ số không có mã: ", "The criteria set has no code: ") + outcome.unknownCodes.joined(separator: ", ")
                }
            }
        }
    }

    /// "tổng điểm", "chỉ số", or the node's code and title.
    static func label(_ context: PageContext, _ code: String, _ model: AnalysisPage.Model) -> String {
        switch code {
        case "total": return context.t("tổng điểm", "total")
        case "index": return context.t("chỉ số", "index")
        default:
            guard let index = model.tree.nodeIndex(of: code) else { return code }
            return code + ". " + context.t(model.tree.nodes[index].definition.title)
        }
    }
}
