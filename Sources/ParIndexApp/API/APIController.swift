import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// JSON handlers. Authorization and rules are the same services the pages use.
enum APIController {
    @Sendable static func openAPI(_ request: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "application/yaml; charset=utf-8"], body: .init(string: OpenAPIDocument.yaml))
    }

    @Sendable static func createToken(_ request: Request) async throws -> Response {
        let body = try request.content.decode(APITokenRequest.self)
        let user = try await request.verifySignIn(username: body.username, password: body.password)
        let now = request.settings.clock()
        let token = RandomToken.make()
        let expires = now.addingTimeInterval(30 * 24 * 3600)
        try await ApiToken(userID: user.requireID(), tokenHash: RandomToken.sha256(token), label: "api", expiresAt: expires).create(on: request.db)
        let response = Response(status: .created)
        try response.content.encode(APIToken(token: token, expires_at: expires))
        return response
    }

    @Sendable static func me(_ request: Request) async throws -> APIUser {
        try APIUser(request.user)
    }

    @Sendable static func units(_ request: Request) async throws -> [APIUnit] {
        let user = try request.user
        var query = Unit.query(on: request.db).sort(\.$code)
        if user.role.isUnitRole, let unitID = user.unitID { query = query.filter(\.$id == unitID) }
        return try await query.all().map { unit in
            APIUnit(id: try unit.requireID(), code: unit.code, name: unit.name, group_id: unit.unitGroupID, parent_id: unit.parentID,
                    valid_from: unit.validFrom, valid_to: unit.validTo, predecessor_id: unit.predecessorID, successor_id: unit.successorID)
        }
    }

    @Sendable static func periods(_ request: Request) async throws -> [APIPeriod] {
        try await Period.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all().map(APIPeriod.init)
    }

    @Sendable static func criteriaSets(_ request: Request) async throws -> [APICriteriaSet] {
        try await CriteriaSetRecord.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all().map(APICriteriaSet.init)
    }

    /// Body: the YAML text (`Content-Type: application/yaml` or text/plain).
    @Sendable static func importCriteriaSet(_ request: Request) async throws -> Response {
        let yaml = request.body.string ?? ""
        do {
            let record = try await CriteriaSetImport.create(yaml: yaml, by: try request.user, on: request.db)
            let response = Response(status: .created)
            try response.content.encode(APICriteriaSet(record))
            return response
        } catch let problems as CriteriaSetImport.Problems {
            return APIError.response(status: .unprocessableEntity,
                                         message: .init(problems.lines(.vi).joined(separator: "\n"), problems.lines(.en).joined(separator: "\n")), field: "yaml")
        }
    }

    /// One page (`?page=`, 50 rows) of the caller's list, filtered like the pages' lists; the
    /// body stays a plain array, the paging travels in headers (`X-Total-Count`, `Link`).
    @Sendable static func assessments(_ request: Request) async throws -> Response {
        let filter = request.listFilter
        let listing = try await AssessmentList.page(for: request.user, filter: filter, page: request.listPage,
                                                    cache: request.criteriaSetCache, on: request.db)
        let response = Response(status: .ok)
        try response.content.encode(listing.page.rows.map(APIAssessmentSummary.init))
        APIPaging.describe(listing.page, path: APIPaths.assessments.href, query: filter.query, in: response)
        return response
    }

    @Sendable static func assessment(_ request: Request) async throws -> APIAssessment {
        let opened = try await request.openAssessment()
        let record = opened.record
        let workspace = opened.workspace
        let selfResult = workspace.score(.selfAssessed)
        let finalResult = workspace.score(.final)
        let tree = workspace.compiled.tree
        let nodes = try tree.nodes.enumerated().map { index, flat -> APINode in
            let layers = workspace.entries[flat.code] ?? [:]
            var entries: [String: APIEntry] = [:]
            for (layer, entry) in layers {
                entries[layer.rawValue] = APIEntry(inputs: StoredInput.decode(entry.inputs)?.formValues ?? [:], note: entry.note, version: entry.version)
            }
            return APINode(code: flat.code, title: flat.definition.title.vi, depth: flat.depth, leaf: flat.isLeaf, kind: flat.kind.rawValue,
                           maximum: flat.maximum.jsonLiteral, self_points: selfResult.nodePoints[index].jsonLiteral,
                           final_points: finalResult.nodePoints[index].jsonLiteral, entries: entries,
                           evidence: try (workspace.links[flat.code] ?? []).map { link in
                               APIEvidenceLink(id: try link.requireID(), document_id: link.documentID, title: workspace.documents[link.documentID]?.title ?? "", anchor: link.anchor)
                           },
                           explanation_requests: try (workspace.requests[flat.code] ?? []).map {
                               APIExplanationRequest(id: try $0.requireID(), question: $0.question, answer: $0.answer)
                           })
        }
        return APIAssessment(summary: APIAssessmentSummary(try AssessmentSummary(workspace)), version: record.version,
                             actions: opened.permissions.actions.map(\.rawValue),
                             nodes: nodes)
    }

    @Sendable static func saveSelfEntry(_ request: Request) async throws -> Response {
        try await save(request) { _ in .selfAssessed }
    }

    @Sendable static func saveAppraisal(_ request: Request) async throws -> Response {
        try await save(request) { state in EntryLayer.appraisal(round: state.appraisalRound ?? 1) }
    }

    @Sendable static func saveSurvey(_ request: Request) async throws -> Response {
        try await save(request) { _ in .survey }
    }

    private static func save(_ request: Request, layer: (AssessmentState) -> EntryLayer) async throws -> Response {
        let user = try request.user
        let code = try request.parameter(.criterion)
        let opened = try await request.openAssessment(.criterion(code))
        let record = opened.record
        let body = try request.content.decode([String: APIScalar].self)
        _ = try versionSent(body["version"]?.text)
        let form = EntryForm(fields: body.mapValues(\.text))
        let entryLayer = layer(record.state)
        do {
            let saved = try await EntryService.save(form, code: code, layer: entryLayer, in: opened, by: user, on: request.db)
            let response = Response(status: .ok)
            try response.content.encode(APISaved(code: code, layer: entryLayer.rawValue, points: saved.outcome.points.jsonLiteral, version: saved.entry.version))
            return response
        } catch let error as StaleEntryError {
            return APIError.response(status: .conflict, message: .init(error.message.vi, error.message.en), field: "version",
                                         current: APIEntrySnapshot(summary: error.current.summary, note: error.current.note,
                                                                   version: error.current.version, updated_by: error.current.updatedByName))
        }
    }

    @Sendable static func performAction(_ request: Request) async throws -> APIStateChange {
        let user = try request.user
        let opened = try await request.openAssessment()
        let action = try request.parameter(.action)
        // The body is optional; when there is one it is JSON, and its `version` a whole number.
        let hasBody = (request.body.data?.readableBytes ?? 0) > 0
        let version = hasBody ? try versionSent(try request.content.decode(APIActionRequest.self).version?.text) : nil
        let state = try await WorkflowService.perform(action, on: opened, expectedVersion: version, by: user, db: request.db)
        return APIStateChange(state: state.rawValue)
    }

    /// The `version` a body sent: nil when left out, empty or null; 400 (`field` `version`) when
    /// it is not a whole number from 0 up, rather than reading it as "no version" and answering
    /// a misleading 409.
    static func versionSent(_ text: String?) throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        guard let version = Int(text), version >= 0 else {
            throw AppError(.malformed, message: LocalizedText(vi: "Phiên bản (version) phải là số nguyên không âm, ví dụ 3.",
                                                                       en: "version must be a whole number from 0 up, such as 3."), field: "version")
        }
        return version
    }

    @Sendable static func requestExplanation(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let opened = try await request.openAssessment()
        let code = try request.parameter(.criterion)
        try await ExplanationService.request(code: code, question: (try? request.content.get(String.self, at: "question")) ?? "", in: opened, by: user, on: request.db)
        return .created
    }

    @Sendable static func answerExplanation(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let opened = try await request.openAssessment()
        let requestID = try request.parameter(.explanationRequest)
        try await ExplanationService.answer(requestID: requestID, answer: (try? request.content.get(String.self, at: "answer")) ?? "", in: opened, by: user, on: request.db)
        return .ok
    }

    @Sendable static func linkEvidence(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let opened = try await request.openAssessment()
        let code = try request.parameter(.criterion)
        // Who may link is decided before what was sent is read.
        try EvidenceService.authorizeLinking(opened, code: code)
        guard let documentID = (try? request.content.get(String.self, at: "document_id")).flatMap(UUID.init(uuidString:)) else {
            throw AppError.invalid(.init(vi: "Thiếu document_id.", en: "document_id is missing."), field: "document_id")
        }
        try await EvidenceService.link(documentID: documentID, code: code, anchor: (try? request.content.get(String.self, at: "anchor")) ?? "",
                                       in: opened, by: user, on: request.db)
        return .created
    }

    @Sendable static func history(_ request: Request) async throws -> [APIHistoryEvent] {
        let opened = try await request.openAssessment()
        let record = opened.record
        let code = try request.parameter(.criterion)
        let workspace = opened.workspace
        guard workspace.compiled.tree.nodeIndex(of: code) != nil else { throw AppError.notFound() }
        return try await Audit.history(assessment: record.requireID(), code: code, on: request.db).map {
            APIHistoryEvent(at: $0.at, user_id: $0.userID, subject: $0.subject.rawValue, old: $0.oldValue, new: $0.newValue, reason: $0.reason)
        }
    }

    @Sendable static func uploadEvidence(_ request: Request) async throws -> Response {
        let user = try request.user
        // Another unit's library answers as if it did not exist, like another unit's assessment.
        let unitID = try request.parameter(.unit)
        guard Access.mayUploadEvidence(toUnit: unitID, user: user), try await Unit.find(unitID, on: request.db) != nil else { throw AppError.notFound() }
        let store = EvidenceStore(root: request.settings.evidenceDirectory)
        let upload = try await EvidenceUpload.receive(request, store: store, limit: request.settings.maxUploadBytes)
        let document = try await EvidenceService.add(upload.file, metadata: .init(title: upload.fields["title"] ?? "", documentNumber: upload.fields["document_number"] ?? "",
                                                                              issuer: upload.fields["issuer"] ?? "", issuedOn: upload.fields["issued_on"]),
                                                     unitID: unitID, store: store, by: user, on: request.db)
        let response = Response(status: .created)
        try response.content.encode(APIDocument(document))
        return response
    }
}
