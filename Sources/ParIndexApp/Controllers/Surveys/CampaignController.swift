import Fluent
import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

/// One campaign: its links, progress and results (appraisers and the administrator), paper
/// questionnaires typed in, and the administrator's review, voiding and closing.
enum CampaignController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        return try await render(request, campaign)
    }

    static func render(_ request: Request, _ campaign: SurveyCampaign, notice: PageContext.Notice? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let results = try await CampaignResults.load(campaign, page: request.listPage, cache: request.criteriaSetCache, questionnaires: .shared,
                                                     on: request.db)
        let waiting = try await SurveyResponse.query(on: request.db).filter(\.$campaignID == campaign.requireID())
            .filter(\.$flag != nil).filter(\.$counted == false).filter(\.$voidReason == nil).sort(\.$receivedOn).limit(100).all()
        let recent = try await SurveyResponse.query(on: request.db).filter(\.$campaignID == campaign.requireID())
            .filter(\.$counted == true).sort(\.$receivedOn, .descending).limit(20).all()
        let model = CampaignPage.Model(results: results, waiting: waiting, recent: recent, today: request.today,
                                       isAdministrator: try request.user.role == .administrator, limits: request.settings.surveyLimits)
        let response = CampaignPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        let context = request.pageContext()
        do {
            try await SurveyCampaigns.close(campaign, by: try request.user, on: request.db)
        } catch let error as AppError {
            return try await render(request, campaign, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã khoá đợt khảo sát: điểm khảo sát không còn thay đổi.", "The campaign is closed: its survey points are frozen."))
        return request.redirect(to: Paths.campaign(try campaign.requireID()).href)
    }

    @Sendable static func void(_ request: Request) async throws -> Response {
        try await review(request) { response, user in
            try await SurveyReview.void(response.id, reason: try request.formFields()["reason"] ?? "", by: user, cache: request.criteriaSetCache,
                                        questionnaires: .shared, on: request.db)
            return request.pageContext().t("Đã huỷ phiếu.", "The answer was voided.")
        }
    }

    @Sendable static func count(_ request: Request) async throws -> Response {
        try await review(request) { response, user in
            try await SurveyReview.count(response.id, by: user, cache: request.criteriaSetCache, questionnaires: .shared, on: request.db)
            return request.pageContext().t("Đã tính phiếu sau khi xem xét.", "The answer is counted.")
        }
    }

    private static func review(_ request: Request, _ act: (SurveyResponse, User) async throws -> String) async throws -> Response {
        let response = try await request.record(SurveyResponse.self, .surveyResponse)
        guard let campaign = try await SurveyCampaign.find(response.campaignID, on: request.db) else { throw AppError.notFound() }
        do {
            let done = try await act(response, try request.user)
            request.flash(.success, done)
        } catch let error as AppError {
            return try await render(request, campaign, notice: .init(kind: .error, text: request.pageContext().t(error.message)), status: error.status)
        }
        return request.redirect(to: Paths.campaign(try campaign.requireID()).href)
    }

    /// The anonymised answers, one line per response, as CSV or .xlsx.
    @Sendable static func answersCSV(_ request: Request) async throws -> Response {
        let (campaign, file) = try await answersFile(request)
        return FileAnswer.response(Data(file.csv().utf8), type: FileAnswer.csvType, fileName: try fileName(campaign) + ".csv")
    }

    @Sendable static func answersXLSX(_ request: Request) async throws -> Response {
        let (campaign, file) = try await answersFile(request)
        let bytes = try DocumentsController.xlsx(file.workbook(created: FileAnswer.createdStamp(request.settings.clock())))
        return FileAnswer.response(bytes, type: FileAnswer.xlsxType, fileName: try fileName(campaign) + ".xlsx")
    }

    private static func answersFile(_ request: Request) async throws -> (SurveyCampaign, SurveyAnswersFile) {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        let table = try await SurveyAnswersExport.table(campaign, questionnaires: .shared, on: request.db)
        return (campaign, SurveyAnswersFile(title: campaign.title, headings: table.headings, rows: table.rows, likertColumns: table.likertColumns))
    }

    private static func fileName(_ campaign: SurveyCampaign) throws -> String {
        "khao-sat-\(campaign.opensOn)-\(try campaign.requireID().uuidString.prefix(8).lowercased())"
    }

    // MARK: Paper questionnaires

    @Sendable static func paperForm(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        return try await renderPaper(request, campaign, unitID: request.query[String.self, at: "unit"].flatMap(UUID.init(uuidString:)))
    }

    static func renderPaper(_ request: Request, _ campaign: SurveyCampaign, values: [String: [String]] = [:], unitID: UUID? = nil,
                            problems: [String: LocalizedText] = [:], notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let user = try request.user
        let links = try await SurveyLink.query(on: request.db).filter(\.$campaignID == campaign.requireID()).all()
        var unitIDs = Set(links.map(\.unitID))
        if user.role != .administrator {
            let assigned = try await AppraiserAssignment.query(on: request.db).filter(\.$periodID == campaign.periodID)
                .filter(\.$userID == user.requireID()).all()
            unitIDs.formIntersection(assigned.map(\.unitID))
        }
        let units = try await Unit.query(on: request.db).filter(\.$id ~~ unitIDs).sort(\.$code).all()
        let questionnaire = try await QuestionnaireCache.shared.questionnaire(id: campaign.questionnaireID, on: request.db)
        let model = PaperEntryPage.Model(campaign: campaign, questionnaire: questionnaire, units: units, unitID: unitID, values: values, problems: problems)
        let response = PaperEntryPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func paperSubmit(_ request: Request) async throws -> Response {
        let campaign = try await request.record(SurveyCampaign.self, .campaign)
        let body = try SurveyFormBody.read(request)
        let context = request.pageContext()
        guard let unitID = body.unitID else {
            return try await renderPaper(request, campaign, values: body.answers, notice: .init(kind: .error, text: context.t(
                "Hãy chọn đơn vị của phiếu.", "Choose the unit the questionnaire is about.")), status: .unprocessableEntity)
        }
        do {
            _ = try await SurveySubmissions.enterPaper(campaign: campaign, unitID: unitID, answers: body.answers, by: try request.user, today: request.today,
                                                       cache: request.criteriaSetCache, questionnaires: .shared, on: request.db)
        } catch let refusal as SurveySubmissions.Refused {
            let problems = Dictionary(refusal.problems.map { ($0.code, $0.message) }, uniquingKeysWith: { first, _ in first })
            return try await renderPaper(request, campaign, values: body.answers, unitID: unitID, problems: problems,
                                         notice: .init(kind: .error, text: context.t("Phiếu chưa được lưu: hãy xem lại các câu được đánh dấu.", "Not saved: check the questions marked.")),
                                         status: .unprocessableEntity)
        } catch let error as AppError {
            return try await renderPaper(request, campaign, values: body.answers, unitID: unitID,
                                         notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã lưu phiếu giấy. Mời nhập phiếu tiếp theo.", "The paper questionnaire was saved. Enter the next one."))
        return request.redirect(to: Paths.paperEntry(campaign: try campaign.requireID()).href + "?unit=" + unitID.uuidString)
    }
}
