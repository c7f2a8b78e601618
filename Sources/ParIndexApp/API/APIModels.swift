import Foundation
import ParIndexCore
import Vapor
import ParIndexData

// DTOs of the JSON API, mapped explicitly from models and core results. Points travel as
// exact decimal strings ("64.06"), never as floating-point numbers.

struct APITokenRequest: Content {
    var username: String
    var password: String
}

struct APIToken: Content {
    var token: String
    var expires_at: Date
}

struct APIUser: Content {
    var id: UUID
    var username: String
    var display_name: String
    var role: String
    var unit_id: UUID?
    var active: Bool

    init(_ user: User) throws {
        id = try user.requireID()
        username = user.username
        display_name = user.displayName
        role = user.role.rawValue
        unit_id = user.unitID
        active = user.active
    }
}

struct APIUnitGroup: Content {
    var id: UUID
    var code: String
    var name: String

    init(_ group: UnitGroup) throws {
        id = try group.requireID()
        code = group.code
        name = group.name
    }
}

struct APIUnit: Content {
    var id: UUID
    var code: String
    var name: String
    var group_id: UUID
    var parent_id: UUID?
    var valid_from: String?
    var valid_to: String?
    var predecessor_id: UUID?
    var successor_id: UUID?
}

extension APIUnit {
    init(_ unit: Unit) throws {
        self.init(id: try unit.requireID(), code: unit.code, name: unit.name, group_id: unit.unitGroupID, parent_id: unit.parentID,
                  valid_from: unit.validFrom, valid_to: unit.validTo, predecessor_id: unit.predecessorID, successor_id: unit.successorID)
    }
}

struct APIPeriod: Content {
    var id: UUID
    var title: String
    var year: Int
    var criteria_set_id: UUID
    var unit_group_id: UUID
    var self_deadline: String?
    var explanation_deadline: String?
    var appraisal_deadline: String?
    var open: Bool
    /// When the results were published on the public portal; absent while unpublished.
    var published_at: String?
}

extension APIPeriod {
    init(_ period: Period) throws {
        self.init(id: try period.requireID(), title: period.title, year: period.year, criteria_set_id: period.criteriaSetID,
                  unit_group_id: period.unitGroupID, self_deadline: period.selfDeadline, explanation_deadline: period.explanationDeadline,
                  appraisal_deadline: period.appraisalDeadline, open: period.open,
                  published_at: period.publishedAt)
    }
}

struct APICriteriaSet: Content {
    var id: UUID
    var key: String
    var year: Int
    var title: String
    var version: Int
}

extension APICriteriaSet {
    init(_ set: CriteriaSetRecord) throws {
        self.init(id: try set.requireID(), key: set.setKey, year: set.year, title: set.title, version: set.version)
    }
}

struct APIAssessmentSummary: Content {
    var id: UUID
    var unit_code: String
    var unit_name: String
    var period: String
    var period_id: UUID
    var state: String
    /// "not_scored", "partial" (some parts, usually the survey, have no input yet) or "complete".
    var standing: String
    /// Whether appraisal is over (only final figures are ranked).
    var final: Bool
    var self_total: String
    @ExplicitNull var appraised_total: String?
    @ExplicitNull var survey_points: String?
    /// The parts with input and their maximum ("64.06" of "80" before the survey is known).
    var scored_points: String
    var scored_maximum: String
    @ExplicitNull var total: String?
    var maximum: String
    /// Only for a complete score.
    @ExplicitNull var index: String?
    /// The band's label (Vietnamese), only for a complete score.
    @ExplicitNull var band: String?
    @ExplicitNull var band_key: String?
    /// The rank in the period, for lists that hold the whole period (the administrator's).
    @ExplicitNull var rank: Int?
    var demo: Bool

    init(_ summary: AssessmentSummary) {
        let result = summary.result
        id = summary.id
        unit_code = summary.unitCode
        unit_name = summary.unitName
        period = summary.periodTitle
        period_id = summary.periodID
        state = summary.state.rawValue
        standing = result.standing.apiName
        final = summary.isFinal
        self_total = result.selfPoints.jsonLiteral
        appraised_total = result.appraisedPoints?.jsonLiteral
        survey_points = result.surveyPoints?.jsonLiteral
        scored_points = result.scoredPoints.jsonLiteral
        scored_maximum = result.scoredMaximum.jsonLiteral
        total = result.standing == .complete ? result.total.jsonLiteral : nil
        maximum = result.maximum.jsonLiteral
        index = result.index?.jsonLiteral
        band = result.band?.label.vi
        band_key = result.band?.key
        rank = summary.rank
        demo = summary.isDemo
    }
}

extension UnitResult.Standing {
    var apiName: String {
        switch self {
        case .notScored: "not_scored"
        case .partial: "partial"
        case .complete: "complete"
        }
    }
}

struct APIAssessment: Content {
    var summary: APIAssessmentSummary
    var version: Int
    var actions: [String]
    var nodes: [APINode]
}

struct APINode: Content {
    var code: String
    var title: String
    var depth: Int
    var leaf: Bool
    var kind: String
    var maximum: String
    var self_points: String?
    var final_points: String?
    var entries: [String: APIEntry]
    var evidence: [APIEvidenceLink]
    var explanation_requests: [APIExplanationRequest]
}

struct APIEntry: Content {
    var inputs: [String: String]
    var note: String
    var version: Int
}

struct APIEvidenceLink: Content {
    var id: UUID
    var document_id: UUID
    var title: String
    var anchor: String
}

struct APIExplanationRequest: Content {
    var id: UUID
    var question: String
    var answer: String?
}

struct APISaved: Content {
    var code: String
    var layer: String
    var points: String
    var version: Int
}

/// The optional body of a workflow step.
struct APIActionRequest: Decodable {
    var version: APIScalar?
}

struct APIStateChange: Content {
    var state: String
}

struct APIHistoryEvent: Content {
    var at: Date
    var user_id: UUID?
    var subject: String
    var old: String?
    var new: String?
    var reason: String?
}

struct APIDocument: Content {
    var id: UUID
    var title: String
    var document_number: String
    var issuer: String
    var issued_on: String?
    var content_type: String
    var bytes: Int
    var sha256: String

    init(_ document: EvidenceDocument) throws {
        id = try document.requireID()
        title = document.title
        document_number = document.documentNumber
        issuer = document.issuer
        issued_on = document.issuedOn
        content_type = document.contentType
        bytes = document.byteCount
        sha256 = document.contentHash
    }
}

/// A JSON value of an input body: strings, whole numbers and booleans. Decimals come as strings
/// ("12,5" or "12.5") so that no figure passes through floating point.
struct APIScalar: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) { text = string }
        else if let integer = try? container.decode(Int.self) { text = String(integer) }
        else if let flag = try? container.decode(Bool.self) { text = flag ? "true" : "false" }
        else if container.decodeNil() { text = "" }
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Decimals must be sent as strings, e.g. \"12,5\"")
        }
    }
}

extension Points {
    /// The exact decimal, with a point, as the API writes points ("64.06").
    var jsonLiteral: String { fixed.jsonLiteral }
}
