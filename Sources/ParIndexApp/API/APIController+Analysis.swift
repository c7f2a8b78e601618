import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension APIController {
    /// `GET /api/v1/assessments/{assessmentID}/plan?band=KEY` or `?total=N`: the fewest criteria
    /// that reach the target from the current figures, each with what it gains.
    @Sendable static func plan(_ request: Request) async throws -> APIPlan {
        let opened = try await request.openAssessment()
        let workspace = opened.workspace
        guard let target = try request.planTarget(in: workspace.compiled.set) else {
            throw AppError(.invalid, message: LocalizedText(vi: "Hãy cho biết mức xếp loại (band) hoặc tổng điểm (total) mục tiêu.",
                                                           en: "Give a target band (band) or total (total)."), field: "band")
        }
        let analysis = UnitAnalysis(workspace: workspace, results: nil)
        return APIPlan(analysis.plan(target, scorer: workspace.compiled.scorer))
    }
}

struct APIPlan: Content {
    var current: String
    @ExplicitNull var required: String?
    @ExplicitNull var gap: String?
    /// Whether the target can be reached at all (false: even every criterion at its maximum falls short).
    var reachable: Bool
    var selection: [APIPlanCandidate]
    var candidates: [APIPlanCandidate]

    init(_ plan: Plan) {
        current = plan.current.jsonLiteral
        required = plan.required?.jsonLiteral
        gap = plan.gap?.jsonLiteral
        reachable = plan.selection != nil
        selection = (plan.selection ?? []).map(APIPlanCandidate.init)
        candidates = plan.candidates.map(APIPlanCandidate.init)
    }
}

struct APIPlanCandidate: Content {
    var code: String
    var title: String
    var current: String
    var maximum: String
    var gain: String

    init(_ candidate: PlanCandidate) {
        code = candidate.code
        title = candidate.title.vi
        current = candidate.current.jsonLiteral
        maximum = candidate.maximum.jsonLiteral
        gain = candidate.available.jsonLiteral
    }
}

extension APIController {
    /// `GET /api/v1/assessments/{assessmentID}/yaml`: the assessment in the file format (self,
    /// the latest appraisal round, survey; notes included), which `parindex score` reads with the
    /// period's criteria set and scores to the same figures.
    @Sendable static func assessmentYAML(_ request: Request) async throws -> Response {
        let workspace = try await request.openAssessment().workspace
        var assessment = workspace.coreAssessment
        assessment.ranked = workspace.record.ranked
        let yaml: String
        do {
            yaml = try assessment.toYAML()
        } catch {
            throw AppError(.internalFailure, message: LocalizedText(vi: "Không ghi được tệp YAML của hồ sơ.", en: "Could not write the assessment's YAML."))
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "\(workspace.unit.code)-\(workspace.period.year).yaml")
        return Response(status: .ok, headers: headers, body: .init(string: yaml))
    }
}

extension APIController {
    /// `POST /api/v1/assessments/{assessmentID}/reconcile`: the figures a report states against
    /// the core's (`view`: `self` by default, or `final`).
    @Sendable static func reconcile(_ request: Request) async throws -> APIReconciliation {
        let workspace = try await request.openAssessment().workspace
        let body = try request.content.decode(APIReportedFigures.self)
        let view = body.view.flatMap(ScoreView.init(rawValue:)) ?? .selfAssessed
        let fields = (body.fields ?? [:]).sorted { $0.key.precedesAsCode($1.key) }.enumerated().map { position, pair in
            (code: pair.key, points: pair.value, line: position + 1)
        }
        let reported = try ReportedFiguresForm.figures(total: body.total, index: body.index, band: body.band, fields: fields)
        return APIReconciliation(workspace.score(view).reconcile(reported))
    }
}

struct APIReportedFigures: Content {
    var view: String?
    var total: String?
    var index: String?
    var band: String?
    /// Field (or any node) code → points, as text with a comma or a point.
    var fields: [String: String]?
}

struct APIReconciliation: Content {
    struct Mismatch: Content {
        var code: String
        var reported: String
        var computed: String
        var difference: String
        var digits_transposed: Bool
    }

    struct Implied: Content {
        var code: String
        var points: String
        var from: String
    }

    var consistent: Bool
    var mismatches: [Mismatch]
    var implied: [Implied]
    @ExplicitNull var band_reported: String?
    @ExplicitNull var band_computed: String?
    var unknown_codes: [String]

    init(_ outcome: Reconciliation) {
        consistent = outcome.isConsistent
        mismatches = outcome.mismatches.map {
            Mismatch(code: $0.code, reported: $0.reported.jsonLiteral, computed: $0.computed.jsonLiteral,
                     difference: $0.difference.jsonLiteral, digits_transposed: $0.digitsTransposed)
        }
        implied = outcome.implied.map { Implied(code: $0.code, points: $0.points.jsonLiteral, from: $0.from) }
        band_reported = outcome.band?.reported
        band_computed = outcome.band?.computed?.key
        unknown_codes = outcome.unknownCodes
    }
}
