import Fluent
import Foundation
import ParIndexCore
import ParIndexReports
import Vapor
import ParIndexData

/// A unit's public survey link, `/s/{code}`: the questionnaire, the answers sent, the QR code and
/// the desk's poster. No account and no session; the only thing kept on the device is a random
/// token in a cookie, which the server hashes under the campaign's secret before storing.
enum PublicSurveyController {
    static let deviceCookie = "parindex-survey"

    @Sendable static func form(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        try SurveySubmissions.requireOpen(opened.campaign, today: request.today)
        let token = deviceToken(request) ?? SurveyHashing.newSecret()
        let context = request.publicPageContext(visitorsToday: nil)
        let response: Response
        if try await hasAnswered(token, opened, on: request.db) {
            response = SurveyDonePage.render(context, opened: opened, alreadyAnswered: true)
        } else {
            response = SurveyFormPage.render(context, model: .init(opened: opened, formToken: formToken(token, opened)))
        }
        return finish(response, token: token, request)
    }

    @Sendable static func submit(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        let context = request.publicPageContext(visitorsToday: nil)
        let fields = try SurveyFormBody.read(request)
        let answers = fields.answers
        // The form must come from this device's page: another site's form has no valid token.
        guard let token = deviceToken(request), fields.formToken == formToken(token, opened) else {
            let fresh = deviceToken(request) ?? SurveyHashing.newSecret()
            let response = SurveyFormPage.render(context, model: .init(
                opened: opened, formToken: formToken(fresh, opened), values: answers,
                formError: LocalizedText(vi: "Phiếu chưa được gửi: trang đã cũ hoặc trình duyệt chặn cookie. Hãy kiểm tra các câu trả lời và bấm «Gửi phiếu» lần nữa.",
                                         en: "Not sent: the page was stale or the browser blocks cookies. Check your answers and press Send again.")))
            response.status = .unprocessableEntity
            return finish(response, token: fresh, request)
        }
        do {
            _ = try await SurveySubmissions.submit(code: opened.link.code, .init(answers: answers, deviceToken: token, address: request.clientAddress),
                                                   now: request.settings.clock(), limits: request.settings.surveyLimits, cache: request.criteriaSetCache,
                                                   questionnaires: .shared, on: request.db)
        } catch let refusal as SurveySubmissions.Refused {
            let problems = Dictionary(refusal.problems.map { ($0.code, $0.message) }, uniquingKeysWith: { first, _ in first })
            let response = SurveyFormPage.render(context, model: .init(opened: opened, formToken: formToken(token, opened), values: answers,
                                                                       problems: problems))
            response.status = .unprocessableEntity
            return finish(response, token: token, request)
        } catch let error as AppError where error.message.vi == SurveySubmissions.alreadyAnswered().message.vi {
            return finish(SurveyDonePage.render(context, opened: opened, alreadyAnswered: true), token: token, request)
        }
        return finish(request.redirect(to: Paths.surveyThanks(opened.link.code).href, redirectType: .normal), token: token, request)
    }

    @Sendable static func thanks(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        return SurveyDonePage.render(request.publicPageContext(visitorsToday: nil), opened: opened, alreadyAnswered: false)
    }

    /// The link as a QR code, drawn by ParIndex itself.
    @Sendable static func qr(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        let link = publicLink(opened.link.code, request)
        let svg: String
        do {
            svg = try QRCode(link, correction: .medium).svg(title: link)
        } catch {
            throw AppError(.internalFailure, message: LocalizedText(vi: "Không tạo được mã QR cho đường dẫn này.", en: "The link does not fit a QR code."))
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        headers.cacheControl = HTTPHeaders.CacheControl(isPublic: true, maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }

    @Sendable static func poster(_ request: Request) async throws -> Response {
        let opened = try await open(request)
        return SurveyPosterPage.render(request.publicPageContext(visitorsToday: nil), opened: opened, link: publicLink(opened.link.code, request))
    }

    // MARK: Pieces

    static func open(_ request: Request) async throws -> SurveySubmissions.Opened {
        guard let code = request.parameters.get(RouteParameter<String>.surveyCode.name) else { throw SurveySubmissions.unknownLink() }
        return try await SurveySubmissions.open(code: code, questionnaires: .shared, on: request.db)
    }

    /// The device's token, if its cookie holds one this server could have given.
    static func deviceToken(_ request: Request) -> String? {
        guard let token = request.cookies[deviceCookie]?.string, SurveyHashing.isToken(token) else { return nil }
        return token
    }

    static func formToken(_ token: String, _ opened: SurveySubmissions.Opened) -> String {
        String(SurveyHashing.hash("form\u{1F}" + token + "\u{1F}" + opened.link.code, secret: opened.campaign.secret).prefix(32))
    }

    static func hasAnswered(_ token: String, _ opened: SurveySubmissions.Opened, on db: any Database) async throws -> Bool {
        let hash = SurveyHashing.hash(token, secret: opened.campaign.secret)
        return try await SurveyDevice.query(on: db).filter(\.$campaignID == opened.campaign.requireID()).filter(\.$tokenHash == hash).count() > 0
    }

    /// Sets the device's cookie (a year, this path only, never readable by script) and keeps the
    /// page out of shared caches.
    static func finish(_ response: Response, token: String, _ request: Request) -> Response {
        response.cookies[deviceCookie] = HTTPCookies.Value(string: token, expires: nil, maxAge: 365 * 86_400, domain: nil, path: "/",
                                                           isSecure: request.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    /// The absolute link printed on posters and drawn in QR codes: the configured public address,
    /// or else the address this request came to.
    static func publicLink(_ code: String, _ request: Request) -> String {
        let base: String
        if let configured = request.settings.publicURL {
            base = configured
        } else {
            let host = request.headers.first(name: .host).flatMap { $0.allSatisfy { $0.isLetter || $0.isNumber || ".-:[]".contains($0) } ? $0 : nil } ?? "localhost"
            base = (request.settings.secureCookies ? "https://" : "http://") + host
        }
        return base + Paths.surveyForm(code).href
    }
}

/// The survey form's body. A ticked box of a several-choices question is its own field,
/// `q.{question}|{option}` (`|` is in no code), so the form stays a plain map of names to values
/// that the CSRF check and every decoder read alike; a question's other answers are `q.{question}`.
enum SurveyFormBody {
    struct Fields {
        var formToken: String?
        var unitID: UUID?
        var answers: [String: [String]]
    }

    static let mostFields = 500

    static func read(_ request: Request) throws -> Fields {
        guard let buffer = request.body.data else { return Fields(formToken: nil, unitID: nil, answers: [:]) }
        let pairs = String(buffer: buffer).split(separator: "&")
        guard pairs.count <= mostFields else {
            throw AppError(.malformed, message: LocalizedText(vi: "Phiếu gửi lên có quá nhiều trường.", en: "The form has too many fields."))
        }
        var fields = Fields(formToken: nil, unitID: nil, answers: [:])
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = parts.count > 1 ? decode(parts[1]) : "" else {
                throw AppError(.malformed, message: LocalizedText(vi: "Phiếu gửi lên không đọc được.", en: "The form could not be read."))
            }
            if name == "form_token" { fields.formToken = value }
            else if name == "unit_id" { fields.unitID = UUID(uuidString: value) }
            else if name.hasPrefix("q.") {
                let question = name.dropFirst(2)
                if let bar = question.firstIndex(of: "|") {
                    fields.answers[String(question[..<bar]), default: []].append(String(question[question.index(after: bar)...]))
                } else {
                    fields.answers[String(question), default: []].append(value)
                }
            }
        }
        return fields
    }

    /// The field name of one answer: a several-choices question names each option.
    static func fieldName(_ question: Question, option: String?) -> String {
        if case .multipleChoice = question.kind, let option { return "q." + question.code + "|" + option }
        return "q." + question.code
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
