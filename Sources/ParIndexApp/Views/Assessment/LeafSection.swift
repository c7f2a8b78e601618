import HTML
import ParIndexCore
import ParIndexData

/// One criterion: what it asks, the unit's inputs and points, evidence, explanations, and the
/// appraiser's score, each as a form when the viewer may change it.
enum LeafSection {
    static func node(_ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row, printing: Bool) -> Node {
        .section(.class("leaf kind-\(row.kind.rawValue)"), .id("c-\(row.code)")) {
            Node.h3 {
                Node.span(.class("code")) { row.code }
                Node.span(.class("title")) { context.t(row.title) }
                Node.span(.class("points"), .id("points-\(row.code)")) { CriteriaTree.pointsText(context, row) }
            }
            if let guidance = row.guidance { Node.p(.class("guidance")) { guidance } }
            if let requirement = row.evidenceRequirement {
                Node.p(.class("requirement")) { Node.strong { context.t("Tài liệu kiểm chứng: ", "Evidence: ") }; requirement }
            }
            if printing {
                printed(context, row)
            } else {
                selfPart(context, model, row)
                EvidencePart.node(context, model, row)
                ExplanationPart.node(context, model, row)
                appraisalPart(context, model, row)
                surveyPart(context, model, row)
                Node.p(.class("history-link")) {
                    Node.a(.href(Paths.criterionHistory(model.id, code: row.code).href)) { context.t("Lịch sử thay đổi", "Change history") }
                }
            }
        }
    }

    static func printed(_ context: PageContext, _ row: AssessmentPage.Row) -> Node {
        .fragment {
            if let working = row.selfWorking { Node.p(.class("working")) { context.t(working) } }
            if let note = row.selfEntry?.note, !note.isEmpty { Node.p(.class("note")) { context.t("Giải trình: ", "Explanation: ") + note } }
            if !row.links.isEmpty {
                Node.p { context.t("Kiểm chứng: ", "Evidence: ") + row.links.map { $0.anchor.isEmpty ? $0.title : "\($0.title) (\($0.anchor))" }.joined(separator: "; ") }
            }
        }
    }

    static func selfPart(_ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) -> Node {
        let form = model.form.flatMap { $0.code == row.code && $0.layer == .selfAssessed ? $0 : nil }
        return .div(.class("self-part")) {
            if row.kind == .survey {
                Node.p(.class("muted")) { context.t("Điểm tiêu chí này lấy từ điều tra xã hội học; đơn vị không tự chấm.",
                                                    "This criterion is scored from the survey; the unit does not score it.") }
            } else if row.permissions.editSelf {
                EntryFormView.node(context, action: Paths.saveEntry(model.id, code: row.code).href,
                                   preview: Paths.previewEntry(model.id, code: row.code, layer: .selfAssessed).href, code: row.code, layer: .selfAssessed,
                                   fields: row.fields, saved: row.selfEntry, form: form,
                                   noteLabel: context.t("Giải trình (bắt buộc khi thiếu tài liệu kiểm chứng)", "Explanation (required where evidence is missing)"),
                                   submitLabel: context.t("Lưu", "Save"))
            } else if let entry = row.selfEntry {
                ValuesView.node(context, fields: row.fields, entry: entry, caption: context.t("Đơn vị tự đánh giá", "Unit's self-assessment"))
            }
            if let error = row.selfError, row.selfEntry != nil {
                Node.p(.class("field-error"), .role("alert")) { context.t(error) }
            } else if let working = row.selfWorking {
                Node.p(.class("working")) { context.t("Cách tính: ", "Working: ") + context.t(working) }
            }
        }
    }

    static func appraisalPart(_ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) -> Node {
        guard row.kind != .survey else { return .empty }
        let round = model.state.appraisalRound ?? 1
        let layer = EntryLayer.appraisal(round: round)
        let form = model.form.flatMap { $0.code == row.code && $0.layer == layer ? $0 : nil }
        return .div(.class("appraisal-part")) {
            if let reason = row.roundOneReason, !reason.isEmpty {
                Node.p(.class("note")) { context.t("Lý do vòng 1: ", "Round 1 reason: ") + reason }
            }
            if row.permissions.appraise {
                Node.h4 { context.t("Thẩm định vòng \(round)", "Appraisal, round \(round)") }
                EntryFormView.node(context, action: Paths.saveAppraisal(model.id, code: row.code).href,
                                   preview: Paths.previewEntry(model.id, code: row.code, layer: layer).href, code: row.code, layer: layer,
                                   fields: row.fields, saved: row.appraisalEntry, form: form,
                                   noteLabel: context.t("Lý do (bắt buộc khi thấp hơn điểm tự đánh giá)", "Reason (required when below the self-score)"),
                                   submitLabel: context.t("Lưu điểm thẩm định", "Save appraised score"))
            } else if let entry = row.appraisalEntry {
                ValuesView.node(context, fields: row.fields, entry: entry, caption: context.t("Thẩm định", "Appraisal"))
            }
        }
    }

    static func surveyPart(_ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) -> Node {
        guard row.kind == .survey else { return .empty }
        let form = model.form.flatMap { $0.code == row.code && $0.layer == .survey ? $0 : nil }
        return .div(.class("survey-part")) {
            if row.permissions.enterSurvey {
                EntryFormView.node(context, action: Paths.saveSurvey(model.id, code: row.code).href,
                                   preview: Paths.previewEntry(model.id, code: row.code, layer: .survey).href, code: row.code, layer: .survey,
                                   fields: row.fields, saved: row.surveyEntry, form: form,
                                   noteLabel: context.t("Nguồn số liệu", "Source"), submitLabel: context.t("Lưu điểm khảo sát", "Save survey points"))
            } else if let entry = row.surveyEntry {
                ValuesView.node(context, fields: row.fields, entry: entry, caption: context.t("Điều tra xã hội học", "Survey"))
            }
        }
    }
}
