import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The surveys' home for the Department of Home Affairs: questionnaires (imported and exported
/// as YAML) and campaigns. Appraisers see the lists; only the administrator changes them.
enum SurveysController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request)
    }

    static func render(_ request: Request, notice: PageContext.Notice? = nil, yaml: String = "", plan: SurveyCampaigns.Plan? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let questionnaires = try await QuestionnaireRecord.query(on: request.db).sort(\.$year, .descending).sort(\.$key).sort(\.$version, .descending).all()
        let campaigns = try await SurveyCampaigns.page(request.listPage, withLinks: false, on: request.db)
        let periods = try await Period.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all()
        let model = SurveysPage.Model(questionnaires: questionnaires, campaigns: campaigns.rows.map(\.campaign), campaignPage: campaigns.page,
                                      campaignPageCount: campaigns.pageCount, campaignCount: campaigns.total, periods: periods, today: request.today,
                                      isAdministrator: try request.user.role == .administrator, yaml: yaml, plan: plan)
        let response = SurveysPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func importQuestionnaire(_ request: Request) async throws -> Response {
        let yaml = AdminCriteriaSetsController.yamlText(request)
        let context = request.pageContext()
        do {
            let record = try await Questionnaires.importYAML(yaml, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã nhập phiếu khảo sát “\(record.title)”.", "Imported the questionnaire “\(record.title)”."))
            return request.redirect(to: Paths.adminQuestionnaire(try record.requireID()).href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), yaml: yaml, status: error.status)
        }
    }

    @Sendable static func exportQuestionnaire(_ request: Request) async throws -> Response {
        let record = try await request.record(QuestionnaireRecord.self, .questionnaire)
        return FileAnswer.response(Data(record.yaml.utf8), type: "application/yaml; charset=utf-8",
                                   fileName: "\(record.key)-\(record.year)-v\(record.version).yaml")
    }

    @Sendable static func createCampaign(_ request: Request) async throws -> Response {
        let fields = try request.formFields()
        let plan = SurveyCampaigns.Plan(questionnaireID: fields["questionnaire_id"].flatMap(UUID.init(uuidString:)),
                                        periodID: fields["period_id"].flatMap(UUID.init(uuidString:)),
                                        targetGroup: fields["target_group"] ?? "", title: fields["title"] ?? "",
                                        opensOn: fields["opens_on"] ?? "", closesOn: fields["closes_on"] ?? "", quota: fields["quota"] ?? "")
        let context = request.pageContext()
        do {
            let campaign = try await SurveyCampaigns.create(plan, by: try request.user, cache: request.criteriaSetCache, questionnaires: .shared, on: request.db)
            request.flash(.success, context.t("Đã mở đợt khảo sát “\(campaign.title)”.", "Opened the campaign “\(campaign.title)”."))
            return request.redirect(to: Paths.campaign(try campaign.requireID()).href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), plan: plan, status: error.status)
        }
    }
}
