import Fluent
import Vapor
import ParIndexData

/// The first page after login: what this person has to do.
enum HomeController {
    @Sendable static func home(_ request: Request) async throws -> Response {
        let user = try request.user
        let assessments = try await AssessmentList.visible(to: user, cache: request.criteriaSetCache, on: request.db)
        return HomePage.render(request.pageContext(), model: HomePage.Model(role: user.role, assessments: assessments))
    }
}
