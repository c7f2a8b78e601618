import Fluent
import Foundation
import ParIndexCore
import Vapor

/// The evidence library and the assessment's report, as JSON.
extension APIController {
    @Sendable static func library(_ request: Request) async throws -> [APIDocument] {
        let user = try request.user
        guard let unitID = request.parameters.get("unitID", as: UUID.self),
              try await Access.canViewEvidence(ofUnit: unitID, user: user, on: request.db) else { throw AppError.notFound() }
        return try await EvidenceDocument.query(on: request.db).filter(\.$unitID == unitID).sort(\.$createdAt, .descending).all().map(APIDocument.init)
    }

    @Sendable static func unlinkEvidence(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        guard let linkID = request.parameters.get("linkID", as: UUID.self) else { throw AppError.notFound() }
        let workspace = try await AssessmentWorkspace.load(record, app: request.application, on: request.db)
        try await EvidenceService.unlink(linkID: linkID, in: workspace, by: user, on: request.db)
        return .noContent
    }

    struct ReportBody: Content {
        var difficulties: String
        var proposals: String
    }

    @Sendable static func saveReport(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let record = try await Access.assessment(request.parameters.get("assessmentID", as: UUID.self), for: user, on: request.db)
        let body = try request.content.decode(ReportBody.self)
        try await ReportService.save(difficulties: body.difficulties, proposals: body.proposals, on: record, by: user, db: request.db)
        return .ok
    }
}
