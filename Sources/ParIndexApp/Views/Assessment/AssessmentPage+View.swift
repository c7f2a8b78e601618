import HTML
import ParIndexCore
import Vapor
import ParIndexData

extension AssessmentPage {
    static func render(_ context: PageContext, model: Model, printing: Bool = false) -> Response {
        let title = model.unitName + " — " + model.periodTitle
        // About 2,3 KB a criterion: one buffer large enough from the start.
        return Layout.render(context, title: title, wide: true, capacity: 16 * 1024 + model.rows.count * 2_560) { writer in
            writer.element("div", .class(printing ? "assessment printing" : "assessment")) { writer in
                writer.node(heading(context, model))
                writer.node(SummaryBox.node(context, model))
                if !printing {
                    writer.node(WorkflowBox.node(context, model))
                }
                writer.element("div", .class("tree"), .id("criteria")) { writer in
                    CriteriaTree.write(&writer, context, model, printing: printing)
                }
                writer.node(ReportBox.node(context, model, printing: printing))
            }
        }
    }

    static func heading(_ context: PageContext, _ model: Model) -> Node {
        .header(.class("page-heading")) {
            Node.h1 { model.unitName }
            Node.p(.class("subtitle")) {
                model.periodTitle + " · " + context.t(model.setTitle)
            }
            Node.p {
                Node.span(.class("state state-\(model.state.rawValue)"), .id("state")) { context.t(model.state.title) }
                if model.isDemo { Node.span(.class("tag")) { context.t("dữ liệu minh họa", "demo data") } }
                if let deadline = model.deadlines.selfAssessment {
                    Node.span(.class("deadline")) { context.t("Hạn tự đánh giá: ", "Self-assessment due: ") + deadline.displayed }
                }
                if let deadline = model.deadlines.explanation {
                    Node.span(.class("deadline")) { context.t("Hạn giải trình: ", "Explanations due: ") + deadline.displayed }
                }
            }
            Node.p(.class("no-print")) {
                Node.a(.href(Paths.assessmentPrint(model.id).href), .id("print-link")) { context.t("Bản in (A4)", "Print view (A4)") }
                " · "
                Node.a(.href(Paths.sheet(model.id).href), .id("sheet-link")) { context.t("Bảng điểm theo mẫu (A4)", "Official score sheet (A4)") }
                " · "
                Node.a(.href(Paths.sheetXLSX(model.id).href), .id("sheet-xlsx-link")) { context.t("Bảng điểm Excel", "Score sheet in Excel") }
                " · "
                Node.a(.href(Paths.assessmentAnalysis(model.id).href), .id("analysis-link")) {
                    context.t("Phân tích điểm và kế hoạch nâng hạng", "Analysis and plan for the next band")
                }
            }
            if model.mayEditReport { excelImport(context, model) }
        }
    }
}

extension AssessmentPage {
    /// Scores typed offline: the template to download, and the filled file to upload.
    static func excelImport(_ context: PageContext, _ model: Model) -> Node {
        .details(.class("excel-import no-print"), .id("excel-import")) {
            Node.summary { context.t("Nhập điểm từ Excel", "Import scores from Excel") }
            Node.p {
                Node.a(.href(Paths.templateXLSX(model.id).href), .id("template-link")) { context.t("Tải mẫu nhập điểm (.xlsx)", "Download the template (.xlsx)") }
                " — " + context.t("điền ngoại tuyến, rồi tải lên. Mọi dòng được kiểm tra trước; một lỗi thì không dòng nào được lưu.",
                                  "fill it offline, then upload it. Every row is checked first; one error saves nothing.")
            }
            Node.form(.method("post"), .action(Paths.importScores(model.id).href), .enctype("multipart/form-data"), .class("stacked"), .id("import-form")) {
                CSRFField.node(context)
                Node.label(.for("import-file")) { context.t("Tệp mẫu đã điền (.xlsx, tối đa 10 MB)", "The filled template (.xlsx, up to 10 MB)") }
                Node.input(.type("file"), .id("import-file"), .name("file"), .accept(".xlsx"), .required)
                Node.button(.type("submit"), .id("import-submit")) { context.t("Tải lên và lưu", "Upload and save") }
            }
        }
    }
}

/// Totals, index, band and progress, always computed by the core.
enum SummaryBox {
    static func node(_ context: PageContext, _ model: AssessmentPage.Model) -> Node {
        .section(.class("summary card"), .aria("label", context.t("Tổng hợp", "Summary"))) {
            Node.dl {
                Node.dt { context.t("Tự đánh giá", "Self-assessed") }
                Node.dd(.id("self-total")) { figures(context, model.selfFigures) }
                if let appraised = model.appraisedFigures {
                    Node.dt { context.t("Thẩm định", "Appraised") }
                    Node.dd(.id("appraised-total")) { figures(context, appraised) }
                }
                Node.dt { context.t("Tiến độ", "Progress") }
                Node.dd(.id("progress")) {
                    context.t("\(model.progress.done)/\(model.progress.total) tiêu chí đã chấm",
                              "\(model.progress.done)/\(model.progress.total) criteria scored")
                    + " · " + context.t("\(model.progress.lackingEvidence) tiêu chí chưa có tài liệu kiểm chứng",
                                        "\(model.progress.lackingEvidence) criteria without evidence")
                }
            }
        }
    }

    static func figures(_ context: PageContext, _ figures: AssessmentPage.Figures) -> String {
        var text = "\(figures.total.formatted(context.language)) / \(figures.maximum.formatted(context.language)) " + context.t("điểm", "points")
        if let index = figures.index { text += " · " + context.t("chỉ số ", "index ") + index.formatted(context.language) }
        if let band = figures.band { text += " · " + context.t(band) }
        return text
    }
}

/// The workflow buttons the viewer may press now, and the signed score sheet sent with the submission.
enum WorkflowBox {
    static func signedSheet(_ context: PageContext, _ model: AssessmentPage.Model) -> Node {
        guard model.signedSheet != nil || model.mayAttachSignedSheet else { return .empty }
        return .div(.id("signed-sheet")) {
            if let sheet = model.signedSheet {
                Node.p {
                    context.t("Bảng điểm đã ký, đóng dấu: ", "Signed and stamped score sheet: ")
                    Node.a(.href(Paths.evidenceFile(sheet.documentID).href), .id("signed-sheet-link")) {
                        sheet.title + (sheet.number.isEmpty ? "" : " (\(sheet.number))")
                    }
                }
            }
            if model.mayAttachSignedSheet {
                Node.form(.method("post"), .enctype("multipart/form-data"), .class("stacked"), .id("signed-sheet-form"),
                          .action(Paths.signedSheet(model.id).href + "?" + CSRFMiddleware.fieldName + "=" + context.csrfToken)) {
                    Node.label(.for("signed-sheet-file")) {
                        context.t("Đính kèm bảng điểm đã ký, đóng dấu (bản quét PDF, không bắt buộc)",
                                  "Attach the signed and stamped score sheet (a scanned PDF, optional)")
                    }
                    Node.input(.type("file"), .id("signed-sheet-file"), .name("file"), .accept(".pdf,application/pdf"), .required)
                    Node.label(.for("signed-sheet-number")) { context.t("Số văn bản (nếu có)", "Document number (if any)") }
                    Node.input(.type("text"), .id("signed-sheet-number"), .name("document_number"), .maxlength("100"))
                    Node.button(.type("submit"), .id("signed-sheet-submit")) {
                        model.signedSheet == nil ? context.t("Đính kèm", "Attach") : context.t("Thay bản đã đính kèm", "Replace the attached scan")
                    }
                }
            }
        }
    }

    static func node(_ context: PageContext, _ model: AssessmentPage.Model) -> Node {
        guard !model.actions.isEmpty || model.signedSheet != nil else { return .empty }
        return .section(.class("workflow card no-print"), .id("workflow")) {
            Node.h2 { context.t("Thao tác", "Actions") }
            signedSheet(context, model)
            for action in model.actions {
                Node.form(.method("post"), .action(Paths.workflowAction(model.id, action: action).href), .class("inline")) {
                    CSRFField.node(context)
                    Node.input(.type("hidden"), .name("version"), .value(String(model.version)))
                    Node.button(.type("submit"), .id("action-\(action.rawValue)"), .class("primary")) { context.t(action.title) }
                }
            }
        }
    }
}
