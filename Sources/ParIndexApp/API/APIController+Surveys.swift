import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// Surveys in the API: questionnaires and campaigns (administrator), progress and results and
/// paper questionnaires (appraisers too), and the public submission through a unit's link.
extension APIController {
    // MARK: Public

    /// `POST /api/v1/public/surveys/{surveyCode}/responses`: no token. The device is the
    /// `parindex-survey` cookie (set on the answer when missing); 409 when it has answered.
    @Sendable static func submitSurveyResponse(_ request: Request) async throws -> Response {
        let opened = try await PublicSurveyController.open(request)
        let body: APISurveyAnswers
        do {
            body = try request.content.decode(APISurveyAnswers.self)
        } catch {
            throw AppError(.malformed, message: LocalizedText(vi: "Nội dung gửi lên phải là JSON {\"answers\": {\"mã câu\": \"trả lời\"}}.",
                                                              en: "The body must be JSON {\"answers\": {\"question\": \"answer\"}}."))
        }
        let token = PublicSurveyController.deviceToken(request)
        do {
            let received = try await SurveySubmissions.submit(code: opened.link.code, .init(answers: body.answers.mapValues(\.values), deviceToken: token,
                                                                                            address: request.clientAddress),
                                                              now: request.settings.clock(), limits: request.settings.surveyLimits, cache: request.criteriaSetCache,
                                                              questionnaires: .shared, on: request.db)
            let response = try created(APISurveyReceipt(response_id: received.responseID, held_for_review: received.flagged))
            return PublicSurveyController.finish(response, token: received.deviceToken, request)
        } catch let refusal as SurveySubmissions.Refused {
            return refusedAnswers(refusal)
        }
    }

    static func refusedAnswers(_ refusal: SurveySubmissions.Refused) -> Response {
        let body = APISurveyRefusal(message: "Phiếu chưa được ghi nhận: có câu trả lời không hợp lệ.", message_en: "Not recorded: some answers are not valid.",
                                    problems: refusal.problems.map { APISurveyProblem(question: String($0.code.prefix(64)), message: $0.message.vi, message_en: $0.message.en) })
        let response = Response(status: .unprocessableEntity)
        try? response.content.encode(body)
        return response
    }

    // MARK: Questionnaires (administrator)

    @Sendable static func questionnaires(_ request: Request) async throws -> [APIQuestionnaire] {
        try await QuestionnaireRecord.query(on: request.db).sort(\.$year, .descending).sort(\.$key).sort(\.$version, .descending).all()
            .map(APIQuestionnaire.init)
    }

    /// Body: the questionnaire's YAML.
    @Sendable static func importQuestionnaire(_ request: Request) async throws -> Response {
        let record = try await Questionnaires.importYAML(request.body.string ?? "", by: try request.user, on: request.db)
        return try created(try APIQuestionnaire(record))
    }

    @Sendable static func questionnaireYAML(_ request: Request) async throws -> Response {
        let record = try await request.record(QuestionnaireRecord.self, .questionnaire)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: record.yaml))
    }

    // MARK: Campaigns

    /// `GET /api/v1/campaigns`: one page (`?page=`, 50 campaigns) with each campaign's state and
    /// links; the paging travels in headers, as for the other lists.
    @Sendable static func campaigns(_ request: Request) async throws -> Response {
        let listed = try await SurveyCampaigns.page(request.listPage, on: request.db)
        let codes = try await Unit.codes(of: listed.rows.flatMap { $0.links.map(\.unitID) }, on: request.db)
        let today = request.today
        let response = Response(status: .ok)
        try response.content.encode(try listed.rows.map { try APICampaign($0.campaign, links: $0.links, unitCodes: codes, today: today) })
        APIPaging.describe(listed, path: APIPaths.campaigns.href, query: [], in: response)
        return response
    }

    @Sendable static func createCampaign(_ request: Request) async throws -> Response {
        let body = try request.content.decode(APICampaignPlan.self)
        let plan = SurveyCampaigns.Plan(questionnaireID: UUID(uuidString: body.questionnaire_id), periodID: UUID(uuidString: body.period_id),
                                        targetGroup: body.target_group, title: body.title, opensOn: body.opens_on, closesOn: body.closes_on,
                                        quota: String(body.quota))
        let campaign = try await SurveyCampaigns.create(plan, by: try request.user, cache: request.criteriaSetCache, questionnaires: .shared, on: request.db)
        let links = try await SurveyLink.query(on: request.db).filter(\.$campaignID == campaign.requireID()).all()
        let codes = try await Unit.codes(of: links.map(\.unitID), on: request.db)
        return try created(try APICampaign(campaign, links: links, unitCodes: codes, today: request.today))
    }

    @Sendable static func closeCampaign(_ request: Request) async throws -> HTTPStatus {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        try await SurveyCampaigns.close(campaign, by: try request.user, on: request.db)
        return .noContent
    }

    /// `GET /api/v1/campaigns/{campaignID}/results`: progress and results per unit.
    /// One page of units (`?page=`, 50), or every unit with `?all=1`, paged like the period results.
    @Sendable static func campaignResults(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        let all = request.query[String.self, at: "all"] == "1"
        let results = try await CampaignResults.load(campaign, page: all ? nil : request.listPage, cache: request.criteriaSetCache,
                                                     questionnaires: .shared, on: request.db)
        let response = Response(status: .ok)
        try response.content.encode(try APICampaignResults(results, today: request.today))
        if !all {
            let page = ListPage<Void>(page: results.page, pageCount: results.pageCount, total: results.unitCount)
            APIPaging.describe(page, path: APIPaths.campaignResults(try campaign.requireID()).href, query: [], in: response)
        }
        return response
    }

    /// `POST /api/v1/campaigns/{campaignID}/responses`: a paper questionnaire, typed in.
    @Sendable static func enterPaperResponse(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        let body = try request.content.decode(APIPaperResponse.self)
        guard let unit = try await Unit.query(on: request.db).filter(\.$code == body.unit_code).first() else {
            throw AppError.invalid(LocalizedText(vi: "Không có đơn vị mã «\(body.unit_code.prefix(64))».", en: "No unit has the code “\(body.unit_code.prefix(64))”."),
                                   field: "unit_code")
        }
        do {
            let id = try await SurveySubmissions.enterPaper(campaign: campaign, unitID: unit.requireID(), answers: body.answers.mapValues(\.values),
                                                            by: try request.user, today: request.today, cache: request.criteriaSetCache,
                                                            questionnaires: .shared, on: request.db)
            return try created(APISurveyReceipt(response_id: id, held_for_review: false))
        } catch let refusal as SurveySubmissions.Refused {
            return refusedAnswers(refusal)
        }
    }

    @Sendable static func voidSurveyResponse(_ request: Request) async throws -> HTTPStatus {
        let body = try request.content.decode(APIReason.self)
        try await SurveyReview.void(try request.parameter(.surveyResponse), reason: body.reason, by: try request.user,
                                    cache: request.criteriaSetCache, questionnaires: .shared, on: request.db)
        return .noContent
    }

    @Sendable static func countSurveyResponse(_ request: Request) async throws -> HTTPStatus {
        try await SurveyReview.count(try request.parameter(.surveyResponse), by: try request.user, cache: request.criteriaSetCache,
                                     questionnaires: .shared, on: request.db)
        return .noContent
    }
}
