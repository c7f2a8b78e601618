import Foundation
import HTML
import Vapor
import ParIndexData

enum AppraisalQueuePage {
    struct Model {
        var list: AssessmentTable.Model
        var periods: [(id: UUID, title: String)]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        Layout.render(context, title: context.t("Hồ sơ thẩm định", "Appraisal queue"), wide: true) {
            Node.h1 { context.t("Hồ sơ thẩm định", "Appraisal queue") }
            AssessmentTable.node(context, model: model.list)
            if !model.periods.isEmpty {
                Node.section(.class("card"), .id("survey-import")) {
                    Node.h2 { context.t("Nhập điểm điều tra xã hội học (CSV)", "Import survey points (CSV)") }
                    Node.p(.class("muted")) {
                        context.t("Dòng đầu: unit_code,criterion_code,points (hoặc satisfaction). Số thập phân dùng dấu phẩy phải đặt trong ngoặc kép: \"12,5\".",
                                  "First line: unit_code,criterion_code,points (or satisfaction). Decimal commas must be quoted: \"12,5\".")
                    }
                    for period in model.periods {
                        Node.form(.method("post"), .action(Paths.surveyImport(period: period.id).href), .class("survey-form")) {
                            CSRFField.node(context)
                            Node.label(.for("csv-\(period.id)")) { period.title }
                            Node.textarea(.id("csv-\(period.id)"), .name("csv"), .rows("4")) { "unit_code,criterion_code,points\n" }
                            Node.button(.type("submit")) { context.t("Nhập", "Import") }
                        }
                    }
                }
            }
        }
    }
}
