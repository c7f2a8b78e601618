import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension APIController {
    /// `POST /api/v1/periods/{periodID}/publication`: publishes the approved results.
    @Sendable static func publish(_ request: Request) async throws -> APIPeriod {
        try APIPeriod(try await Publication.publish(try request.parameter(.period), by: try request.user, on: request.db))
    }

    /// `DELETE /api/v1/periods/{periodID}/publication?reason=…`: withdraws it; the reason is required.
    @Sendable static func withdraw(_ request: Request) async throws -> APIPeriod {
        let reason = request.query[String.self, at: "reason"] ?? ""
        return try APIPeriod(try await Publication.withdraw(try request.parameter(.period), reason: reason, by: try request.user,
                                                            on: request.db))
    }

    /// `GET /api/v1/public/periods`: every published period, newest year first. No token.
    @Sendable static func publicPeriods(_ request: Request) async throws -> Response {
        let periods = try await Publication.published(on: request.db).map(APIPublishedPeriod.init)
        let response = Response(status: .ok)
        try response.content.encode(periods, using: PublicAnswer.jsonEncoder)
        return PublicAnswer.finish(response, for: request)
    }

    /// `GET /api/v1/public/periods/{periodID}/results`: the published results, in the shape of the
    /// signed-in results; 404 for a period that is not published. No token.
    @Sendable static func publicResults(_ request: Request) async throws -> Response {
        let loaded = try await PortalController.publishedResults(request)
        let results = loaded.results
        let rows = results.ordered
        let all = request.query[String.self, at: "all"] == "1"
        let page = ListPage(all: rows, page: request.listPage, size: all ? max(rows.count, 1) : ListPage<PeriodResults.Row>.size)
        let response = Response(status: .ok)
        try response.content.encode(APIResults(results, context: loaded, page: page), using: PublicAnswer.jsonEncoder)
        if !all { APIPaging.describe(page, path: APIPaths.publicResults(period: results.periodID).href, query: [], in: response) }
        return PublicAnswer.finish(response, for: request)
    }
}

struct APIPublishedPeriod: Content {
    var id: UUID
    var title: String
    var year: Int
    var published_at: String

    init(_ period: Publication.Published) {
        id = period.id
        title = period.title
        year = period.year
        published_at = period.publishedAt
    }
}
