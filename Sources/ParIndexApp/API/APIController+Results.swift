import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension APIController {
    /// `GET /api/v1/periods/{periodID}/results`: the summary and one page of rows (ranked first,
    /// by rank), or every row with `?all=1`. Figures are exact decimal strings.
    @Sendable static func periodResults(_ request: Request) async throws -> Response {
        let periodID = try request.parameter(.period)
        let scope = try await Access.resultsScope(of: try request.user, period: periodID, on: request.db)
        guard let loaded = try await ResultsContext.load(period: periodID, withReasons: false, cache: request.criteriaSetCache,
                                                         on: request.db) else { throw AppError.notFound() }
        let results = loaded.results
        let rows: [PeriodResults.Row] = switch scope {
        case .wholePeriod: results.ordered
        case let .ownUnit(unitID): results.ordered.filter { $0.unitID == unitID }
        }
        let all = request.query[String.self, at: "all"] == "1"
        let page = ListPage(all: rows, page: request.listPage, size: all ? max(rows.count, 1) : ListPage<PeriodResults.Row>.size)
        let body = APIResults(results, context: loaded, page: page)
        let response = Response(status: .ok)
        try response.content.encode(body)
        if !all { APIPaging.describe(page, path: APIPaths.periodResults(period: periodID).href, query: [], in: response) }
        return response
    }
}

struct APIResults: Content {
    var period_id: UUID
    var period: String
    var criteria_set: String
    var summary: APIResultsSummary
    var rows: [APIResultRow]
    var page: Int
    var page_count: Int
    var total_rows: Int

    init(_ results: PeriodResults, context: ResultsContext, page: ListPage<PeriodResults.Row>) {
        period_id = results.periodID
        period = results.periodTitle
        criteria_set = results.criteriaSetTitle
        summary = APIResultsSummary(results)
        rows = page.rows.map { APIResultRow($0, tree: results.tree, change: context.indexChange(of: $0)) }
        self.page = page.page
        page_count = page.pageCount
        total_rows = page.total
    }
}

struct APIResultsSummary: Content {
    /// Band key → ranked units in it (every band of the set, zero included).
    var bands: [String: Int]
    var ranked: Int
    @ExplicitNull var mean: String?
    @ExplicitNull var median: String?
    @ExplicitNull var min: String?
    @ExplicitNull var max: String?
    var fields: [APIFieldSummary]

    init(_ results: PeriodResults) {
        let summary = results.summary
        bands = Dictionary(summary.bands.map { ($0.band.key, $0.count) }, uniquingKeysWith: +)
        ranked = summary.rankedCount
        mean = summary.mean?.jsonLiteral
        median = summary.median?.jsonLiteral
        min = summary.lowest?.jsonLiteral
        max = summary.highest?.jsonLiteral
        fields = summary.fields.map { field in
            APIFieldSummary(code: results.tree.nodes[field.node].code, mean_points: field.meanPoints?.jsonLiteral, mean_index: field.meanIndex?.jsonLiteral)
        }
    }
}

struct APIFieldSummary: Content {
    var code: String
    @ExplicitNull var mean_points: String?
    @ExplicitNull var mean_index: String?
}

struct APIResultRow: Content {
    var unit_code: String
    var unit_name: String
    var state: String
    var standing: String
    var ranked: Bool
    @ExplicitNull var rank: Int?
    var total: String
    var maximum: String
    var scored_points: String
    var scored_maximum: String
    @ExplicitNull var index: String?
    @ExplicitNull var band: String?
    var self_total: String
    @ExplicitNull var appraised_total: String?
    @ExplicitNull var survey_points: String?
    var removed_by_appraisal: String
    @ExplicitNull var index_change: String?
    var fields: [APIResultField]

    init(_ row: PeriodResults.Row, tree: ScoringTree, change: FixedDecimal?) {
        let result = row.result
        unit_code = row.unitCode
        unit_name = row.unitName
        state = row.state.rawValue
        standing = result.standing.apiName
        ranked = row.ranked
        rank = row.rank
        total = result.total.jsonLiteral
        maximum = result.maximum.jsonLiteral
        scored_points = result.scoredPoints.jsonLiteral
        scored_maximum = result.scoredMaximum.jsonLiteral
        index = result.index?.jsonLiteral
        band = result.band?.key
        self_total = result.selfPoints.jsonLiteral
        appraised_total = result.appraisedPoints?.jsonLiteral
        survey_points = result.surveyPoints?.jsonLiteral
        removed_by_appraisal = result.removedByAppraisal.jsonLiteral
        index_change = change?.jsonLiteral
        fields = result.fields.map { field in
            APIResultField(code: tree.nodes[field.node].code, points: field.points.jsonLiteral, maximum: field.maximum.jsonLiteral,
                           index: field.index?.jsonLiteral, scored: field.isScored)
        }
    }
}

struct APIResultField: Content {
    var code: String
    var points: String
    var maximum: String
    @ExplicitNull var index: String?
    var scored: Bool
}

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
    /// `PUT /api/v1/assessments/{assessmentID}/ranking` with `{"ranked": false, "reason": "…"}`:
    /// keeps the unit out of its period's ranking (a reason is required), or brings it back.
    @Sendable static func setRanked(_ request: Request) async throws -> Response {
        let id = try request.parameter(.assessment)
        let body = try request.content.decode(APIRankingChange.self)
        try await PeriodSetup.setRanked(id, ranked: body.ranked, reason: body.reason ?? "", by: try request.user, on: request.db)
        let response = Response(status: .ok)
        try response.content.encode(APIRankingChange(ranked: body.ranked, reason: body.reason))
        return response
    }
}

struct APIRankingChange: Content {
    var ranked: Bool
    var reason: String?
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

extension APIController {
    /// `GET /api/v1/assessments/{assessmentID}/committee`: the steering committee's notes per field.
    @Sendable static func committeeNotes(_ request: Request) async throws -> [APICommitteeNote] {
        let opened = try await request.openAssessment()
        let notes = try await CommitteeNotes.all(of: try opened.record.requireID(), on: request.db)
        let tree = opened.workspace.compiled.tree
        return tree.rootNodes.compactMap { notes[tree.nodes[$0].code].map(APICommitteeNote.init) }
    }

    /// `PUT /api/v1/assessments/{assessmentID}/committee/{code}` with `{"causes", "actions",
    /// "version"}` (0 for a field without notes yet): while the draft is being prepared.
    @Sendable static func saveCommitteeNote(_ request: Request) async throws -> APICommitteeNote {
        let code = try request.parameter(.criterion)
        let opened = try await request.openAssessment()
        let body = try request.content.decode(APICommitteeNoteChange.self)
        let note = try await CommitteeNotes.save(code: code, causes: body.causes ?? "", actions: body.actions ?? "", expectedVersion: body.version,
                                                 in: opened, by: try request.user, on: request.db)
        return APICommitteeNote(note)
    }
}

struct APICommitteeNote: Content {
    var code: String
    var causes: String
    var actions: String
    var version: Int

    init(_ note: CommitteeNote) {
        code = note.nodeCode
        causes = note.causes
        actions = note.actions
        version = note.version
    }
}

struct APICommitteeNoteChange: Content {
    var causes: String?
    var actions: String?
    var version: Int
}
