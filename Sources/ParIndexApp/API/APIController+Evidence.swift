import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// The evidence library and the assessment's report, as JSON.
extension APIController {
    @Sendable static func library(_ request: Request) async throws -> [APIDocument] {
        let unitID = try request.parameter(.unit)
        guard try await Access.canViewEvidence(ofUnit: unitID, user: request.user, on: request.db) else { throw AppError.notFound() }
        return try await EvidenceDocument.query(on: request.db).filter(\.$unitID == unitID).sort(\.$createdAt, .descending).all().map(APIDocument.init)
    }

    @Sendable static func unlinkEvidence(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let opened = try await request.openAssessment()
        let linkID = try request.parameter(.link)
        try await EvidenceService.unlink(linkID: linkID, code: try request.parameter(.criterion), in: opened, by: user, on: request.db)
        return .noContent
    }

    struct ReportBody: Content {
        var difficulties: String
        var proposals: String
    }

    @Sendable static func saveReport(_ request: Request) async throws -> HTTPStatus {
        let user = try request.user
        let opened = try await request.openAssessment()
        let body = try request.content.decode(ReportBody.self)
        try await ReportService.save(difficulties: body.difficulties, proposals: body.proposals, in: opened, by: user, db: request.db)
        return .ok
    }
}
