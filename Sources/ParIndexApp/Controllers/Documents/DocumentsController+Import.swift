import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

extension DocumentsController {
    /// The Excel template of an assessment, filled with what the unit has saved so far.
    @Sendable static func templateXLSX(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        var current: [String: ScoreTemplate.Current] = [:]
        for (code, layers) in workspace.entries {
            guard let entry = layers[.selfAssessed] else { continue }
            current[code] = ScoreTemplate.Current(values: workspace.inputs[code]?[.selfAssessed]?.fileValues ?? [:], note: entry.note,
                                                  version: entry.version)
        }
        let template = ScoreTemplate(set: workspace.compiled.set, unitName: workspace.unit.name, periodTitle: workspace.period.title,
                                     current: current, language: request.language)
        let workbook = template.workbook(created: FileAnswer.createdStamp(request.settings.clock()))
        let name = "mau-nhap-diem-" + FileAnswer.slug(workspace.unit.name + " " + String(workspace.period.year))
        return FileAnswer.response(try xlsx(workbook), type: FileAnswer.xlsxType, fileName: name + ".xlsx")
    }

    /// The filled template uploaded from the assessment page (multipart field `file`): back to
    /// the page with what was saved, or a page listing every cell refused (422) and nothing saved.
    @Sendable static func importPage(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        try opened.require(.editSelfAssessment)
        let id = try opened.record.requireID()
        let context = request.pageContext()
        guard let file = try? request.content.get(File.self, at: "file"), file.data.readableBytes > 0 else {
            return ImportErrorsPage.render(context, assessmentID: id, errors: [ScoreImport.CellError(cell: "", message: LocalizedText(
                vi: "Hãy chọn tệp Excel (.xlsx) đã điền.", en: "Choose the filled Excel file (.xlsx)."))])
        }
        do {
            let outcome = try await importScores(Data(buffer: file.data), opened: opened, request: request)
            request.flash(.success, context.t("Đã lưu \(outcome.saved.count) tiêu chí từ tệp Excel (\(outcome.unchanged) dòng không đổi).",
                                              "Saved \(outcome.saved.count) criteria from the Excel file (\(outcome.unchanged) rows unchanged)."))
            return request.redirect(to: Paths.assessment(id).href)
        } catch let refused as ScoreImport.Refused {
            return ImportErrorsPage.render(context, assessmentID: id, errors: refused.errors)
        }
    }

    /// `POST /api/v1/assessments/{id}/import`, the workbook as the body: 200 with the codes saved,
    /// or 422 with every cell error and nothing saved.
    @Sendable static func importAPI(_ request: Request) async throws -> Response {
        let opened = try await request.openAssessment()
        let data = request.body.data.map { Data(buffer: $0) } ?? Data()
        do {
            let outcome = try await importScores(data, opened: opened, request: request)
            let response = Response(status: .ok)
            try response.content.encode(APIImportOutcome(saved: outcome.saved, unchanged: outcome.unchanged))
            return response
        } catch let refused as ScoreImport.Refused {
            let response = Response(status: .unprocessableEntity)
            let first = refused.errors.prefix(5)
            try response.content.encode(APIImportRefusal(
                message: "Chưa lưu gì vì tệp có \(refused.errors.count) lỗi: " + first.map(\.text.vi).joined(separator: "; "),
                message_en: "Nothing was saved; the file has \(refused.errors.count) errors: " + first.map(\.text.en).joined(separator: "; "),
                errors: refused.errors.map(APICellError.init)))
            return response
        }
    }

    static func importScores(_ data: Data, opened: OpenAssessment, request: Request) async throws -> ScoreImport.Outcome {
        try opened.require(.editSelfAssessment)
        let read = try TemplateReading.rows(from: data)
        return try await ScoreImport.run(read.rows, problems: read.problems, in: opened, by: try request.user, on: request.db)
    }
}

struct APIImportOutcome: Content {
    var saved: [String]
    var unchanged: Int
}

struct APIImportRefusal: Content {
    var error = true
    var message: String
    var message_en: String
    var field = "file"
    var errors: [APICellError]
}

struct APICellError: Content {
    var cell: String
    var message: String
    var message_en: String

    init(_ error: ScoreImport.CellError) {
        cell = error.cell
        message = error.message.vi
        message_en = error.message.en
    }
}
