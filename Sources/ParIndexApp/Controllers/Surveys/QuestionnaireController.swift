import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// One questionnaire for the administrator: read as respondents meet it, and built on in the
/// browser. A questionnaire a campaign may be answering never changes: an edit is saved as its
/// next version, and next year's starts as a copy.
enum QuestionnaireController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let record = try await request.record(QuestionnaireRecord.self, .questionnaire)
        return try await render(request, record)
    }

    static func render(_ request: Request, _ record: QuestionnaireRecord, notice: PageContext.Notice? = nil, draft: String? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let questionnaire = try QuestionnaireCache.shared.questionnaire(record)
        let recordID = try record.requireID()
        let campaigns = try await SurveyCampaign.query(on: request.db).filter(\.$questionnaireID == recordID).sort(\.$opensOn, .descending).all()
        let next = try await Questionnaires.nextVersion(key: record.key, year: record.year, on: request.db)
        let model = QuestionnairePage.Model(id: recordID, questionnaire: questionnaire, campaigns: campaigns, today: request.today,
                                            draft: draft ?? Questionnaires.draft(of: record.yaml, year: record.year, version: next), nextVersion: next)
        let response = QuestionnairePage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    /// The edited YAML, saved as a new questionnaire (its next version, or whatever key, year and
    /// version it now names); on a fault the page comes back with the draft and the message.
    @Sendable static func saveVersion(_ request: Request) async throws -> Response {
        let record = try await request.record(QuestionnaireRecord.self, .questionnaire)
        let yaml = AdminCriteriaSetsController.yamlText(request)
        let context = request.pageContext()
        do {
            let saved = try await Questionnaires.importYAML(yaml, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã lưu phiếu khảo sát “\(saved.title)” năm \(saved.year) phiên bản \(saved.version).",
                                              "Saved the questionnaire “\(saved.title)” \(saved.year) version \(saved.version)."))
            return request.redirect(to: Paths.adminQuestionnaire(try saved.requireID()).href)
        } catch let error as AppError {
            return try await render(request, record, notice: .init(kind: .error, text: context.t(error.message)), draft: yaml, status: error.status)
        }
    }

    @Sendable static func clone(_ request: Request) async throws -> Response {
        let record = try await request.record(QuestionnaireRecord.self, .questionnaire)
        let context = request.pageContext()
        do {
            let copy = try await Questionnaires.cloneIntoNextYear(record, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã sao chép sang năm \(copy.year).", "Cloned into \(copy.year)."))
            return request.redirect(to: Paths.adminQuestionnaire(try copy.requireID()).href)
        } catch let error as AppError {
            return try await render(request, record, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }
}
