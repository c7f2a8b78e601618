import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// One question's answer as the API takes it: a text, a number (a Likert answer), or a list of
/// option keys (several choices).
struct APIAnswerValue: Decodable, Sendable {
    var values: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { values = [text] }
        else if let number = try? container.decode(Int.self) { values = [String(number)] }
        else if let list = try? container.decode([String].self) { values = list }
        else {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "An answer is a text, a whole number or a list of texts."))
        }
    }
}

struct APISurveyAnswers: Decodable, Sendable {
    var answers: [String: APIAnswerValue]
}

struct APIPaperResponse: Decodable, Sendable {
    var unit_code: String
    var answers: [String: APIAnswerValue]
}

struct APISurveyReceipt: Content {
    var response_id: UUID
    /// Sent in a burst from one address: kept, not counted until the administrator reviews it.
    var held_for_review: Bool
}

struct APISurveyProblem: Content {
    var question: String
    var message: String
    var message_en: String
}

struct APISurveyRefusal: Content {
    var error = true
    var message: String
    var message_en: String
    var problems: [APISurveyProblem]
}

struct APIReason: Content {
    var reason: String
}

struct APIQuestionnaire: Content {
    var id: UUID
    var key: String
    var year: Int
    var version: Int
    var title: String

    init(_ record: QuestionnaireRecord) throws {
        id = try record.requireID()
        key = record.key
        year = record.year
        version = record.version
        title = record.title
    }
}

struct APICampaignPlan: Content {
    var questionnaire_id: String
    var period_id: String
    var target_group: String
    var title: String
    var opens_on: String
    var closes_on: String
    var quota: Int
}

struct APICampaignLink: Content {
    var unit_code: String
    var target_group: String
    var code: String
    var path: String
}

struct APICampaign: Content {
    var id: UUID
    var title: String
    var questionnaire_id: UUID
    var period_id: UUID
    var target_group: String
    var opens_on: String
    var closes_on: String
    var quota: Int
    var state: String
    var closed_at: String?
    var links: [APICampaignLink]

    init(_ campaign: SurveyCampaign, links: [SurveyLink], unitCodes: [UUID: String], today: CalendarDate) throws {
        id = try campaign.requireID()
        title = campaign.title
        questionnaire_id = campaign.questionnaireID
        period_id = campaign.periodID
        target_group = campaign.targetGroup.rawValue
        opens_on = campaign.opensOn
        closes_on = campaign.closesOn
        quota = campaign.quota
        state = campaign.state(today: today).rawValue
        closed_at = campaign.closedAt
        self.links = links.map { link in
            APICampaignLink(unit_code: unitCodes[link.unitID] ?? "", target_group: campaign.targetGroup.rawValue, code: link.code,
                            path: Paths.surveyForm(link.code).href)
        }.sorted { $0.unit_code < $1.unit_code }
    }
}

/// n, the satisfied count and share (percent, exact decimal text like every figure of the API),
/// its 95 % Wilson interval, and the flags; the share and interval are null without answers.
struct APISurveyTally: Content {
    var n: Int
    var satisfied: Int
    @ExplicitNull var share: String?
    @ExplicitNull var interval_low: String?
    @ExplicitNull var interval_high: String?
    var flags: [String]

    init(_ tally: SurveyTally, quota: Int, rounding: RoundingMode) {
        n = tally.answers
        satisfied = tally.satisfied
        share = tally.share(mode: rounding)?.jsonLiteral
        interval_low = tally.interval?.lower.jsonLiteral
        interval_high = tally.interval?.upper.jsonLiteral
        flags = tally.flags(quota: quota).map(\.rawValue)
    }
}

struct APICampaignUnit: Content {
    var unit_code: String
    var unit_name: String
    var link_code: String
    var counted: Int
    var held_for_review: Int
    var voided: Int
    var paper: Int
    var criteria: [String: APISurveyTally]
    var questions: [String: APISurveyTally]
}

struct APICampaignResults: Content {
    var campaign: APICampaign
    /// The page's units, by unit code.
    var units: [APICampaignUnit]
    var page: Int
    var page_count: Int
    var total_units: Int

    init(_ results: CampaignResults, today: CalendarDate) throws {
        let links = results.units.map { SurveyLink(campaignID: results.campaign.id ?? UUID(), unitID: $0.unitID, code: $0.linkCode) }
        let codes = Dictionary(results.units.map { ($0.unitID, $0.code) }, uniquingKeysWith: { first, _ in first })
        campaign = try APICampaign(results.campaign, links: links, unitCodes: codes, today: today)
        let quota = results.campaign.quota
        page = results.page
        page_count = results.pageCount
        total_units = results.unitCount
        units = results.units.map { unit in
            APICampaignUnit(unit_code: unit.code, unit_name: unit.name, link_code: unit.linkCode, counted: unit.counted, held_for_review: unit.waiting,
                            voided: unit.voided, paper: unit.paper,
                            criteria: unit.criteria.mapValues { APISurveyTally($0, quota: quota, rounding: results.rounding) },
                            questions: Dictionary(results.countingQuestions.map { question in
                                (question.code, APISurveyTally(unit.questions[question.code]?.tally ?? SurveyTally(), quota: quota, rounding: results.rounding))
                            }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
