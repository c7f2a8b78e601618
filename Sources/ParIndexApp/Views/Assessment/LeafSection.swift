import HTML
import ParIndexCore
import ParIndexData

/// One criterion: what it asks, the unit's inputs and points, evidence, explanations, and the
/// appraiser's score, each as a form when the viewer may change it.
enum LeafSection {
    static func write(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row,
                      printing: Bool) {
        writer.element("section", .class("leaf kind-\(row.kind.rawValue)"), .id("c-\(row.code)")) { writer in
            writer.element("h3") { writer in
                writer.element("span", .class("code")) { $0.text(row.code) }
                writer.element("span", .class("title")) { $0.text(context.t(row.title)) }
                writer.element("span", .class("points"), .id("points-\(row.code)")) { $0.text(CriteriaTree.pointsText(context, row)) }
            }
            if let guidance = row.guidance { writer.element("p", .class("guidance")) { $0.text(guidance) } }
            if let requirement = row.evidenceRequirement {
                writer.element("p", .class("requirement")) { writer in
                    writer.element("strong") { $0.text(context.t("Tài liệu kiểm chứng: ", "Evidence: ")) }
                    writer.text(requirement)
                }
            }
            if printing {
                printed(&writer, context, row)
            } else {
                selfPart(&writer, context, model, row)
                EvidencePart.write(&writer, context, model, row)
                ExplanationPart.write(&writer, context, model, row)
                appraisalPart(&writer, context, model, row)
                surveyPart(&writer, context, model, row)
                writer.element("p", .class("history-link")) { writer in
                    writer.element("a", .href(Paths.criterionHistory(model.id, code: row.code).href)) { $0.text(context.t("Lịch sử thay đổi", "Change history")) }
                }
            }
        }
    }

    static func printed(_ writer: inout HTMLWriter, _ context: PageContext, _ row: AssessmentPage.Row) {
        if let working = row.selfWorking { writer.element("p", .class("working")) { $0.text(context.t(working)) } }
        if let note = row.selfEntry?.note, !note.isEmpty { writer.element("p", .class("note")) { $0.text(context.t("Giải trình: ", "Explanation: ") + note) } }
        if !row.links.isEmpty {
            writer.element("p") {
                $0.text(context.t("Kiểm chứng: ", "Evidence: ") + row.links.map { $0.anchor.isEmpty ? $0.title : "\($0.title) (\($0.anchor))" }.joined(separator: "; "))
            }
        }
    }

    static func selfPart(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) {
        let form = model.form.flatMap { $0.code == row.code && $0.layer == .selfAssessed ? $0 : nil }
        writer.element("div", .class("self-part")) { writer in
            if row.kind == .survey {
                writer.element("p", .class("muted")) {
                    $0.text(context.t("Điểm tiêu chí này lấy từ điều tra xã hội học; đơn vị không tự chấm.",
                                      "This criterion is scored from the survey; the unit does not score it."))
                }
            } else if row.permissions.editSelf {
                EntryFormView.write(&writer, context, action: Paths.saveEntry(model.id, code: row.code).href,
                                    preview: Paths.previewEntry(model.id, code: row.code, layer: .selfAssessed).href, code: row.code, layer: .selfAssessed,
                                    fields: row.fields, saved: row.selfEntry, form: form,
                                    noteLabel: context.t("Giải trình (bắt buộc khi thiếu tài liệu kiểm chứng)", "Explanation (required where evidence is missing)"),
                                    submitLabel: context.t("Lưu", "Save"))
            } else if let entry = row.selfEntry {
                ValuesView.write(&writer, context, fields: row.fields, entry: entry, caption: context.t("Đơn vị tự đánh giá", "Unit's self-assessment"))
            }
            if let error = row.selfError, row.selfEntry != nil {
                writer.element("p", .class("field-error"), .role("alert")) { $0.text(context.t(error)) }
            } else if let working = row.selfWorking {
                writer.element("p", .class("working")) { $0.text(context.t("Cách tính: ", "Working: ") + context.t(working)) }
            }
        }
    }

    static func appraisalPart(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) {
        guard row.kind != .survey else { return }
        let round = model.state.appraisalRound ?? 1
        let layer = EntryLayer.appraisal(round: round)
        let form = model.form.flatMap { $0.code == row.code && $0.layer == layer ? $0 : nil }
        writer.element("div", .class("appraisal-part")) { writer in
            if let reason = row.roundOneReason, !reason.isEmpty {
                writer.element("p", .class("note")) { $0.text(context.t("Lý do vòng 1: ", "Round 1 reason: ") + reason) }
            }
            if row.permissions.appraise {
                writer.element("h4") { $0.text(context.t("Thẩm định vòng \(round)", "Appraisal, round \(round)")) }
                EntryFormView.write(&writer, context, action: Paths.saveAppraisal(model.id, code: row.code).href,
                                    preview: Paths.previewEntry(model.id, code: row.code, layer: layer).href, code: row.code, layer: layer,
                                    fields: row.fields, saved: row.appraisalEntry, form: form,
                                    noteLabel: context.t("Lý do (bắt buộc khi thấp hơn điểm tự đánh giá)", "Reason (required when below the self-score)"),
                                    submitLabel: context.t("Lưu điểm thẩm định", "Save appraised score"))
            } else if let entry = row.appraisalEntry {
                ValuesView.write(&writer, context, fields: row.fields, entry: entry, caption: context.t("Thẩm định", "Appraisal"))
            }
        }
    }

    static func surveyPart(_ writer: inout HTMLWriter, _ context: PageContext, _ model: AssessmentPage.Model, _ row: AssessmentPage.Row) {
        guard row.kind == .survey else { return }
        let form = model.form.flatMap { $0.code == row.code && $0.layer == .survey ? $0 : nil }
        writer.element("div", .class("survey-part")) { writer in
            if row.permissions.enterSurvey {
                EntryFormView.write(&writer, context, action: Paths.saveSurvey(model.id, code: row.code).href,
                                    preview: Paths.previewEntry(model.id, code: row.code, layer: .survey).href, code: row.code, layer: .survey,
                                    fields: row.fields, saved: row.surveyEntry, form: form,
                                    noteLabel: context.t("Nguồn số liệu", "Source"), submitLabel: context.t("Lưu điểm khảo sát", "Save survey points"))
            } else if let entry = row.surveyEntry {
                ValuesView.write(&writer, context, fields: row.fields, entry: entry, caption: context.t("Điều tra xã hội học", "Survey"))
            }
            if let campaign = row.fedByCampaign {
                writer.element("p", .class("muted survey-fed")) { writer in
                    writer.text(context.t("Điểm tính tự động từ đợt khảo sát «\(campaign)»; không nhập tay.",
                                          "Points computed from the campaign “\(campaign)”; not typed in."))
                }
            }
        }
    }
}
