import Fluent
import Vapor
import ParIndexData

/// The first page after login: what this person has to do.
enum HomeController {
    @Sendable static func home(_ request: Request) async throws -> Response {
        let user = try request.user
        let filter = request.listFilter
        let listing = try await AssessmentList.page(for: user, filter: filter, page: request.listPage,
                                                    cache: request.criteriaSetCache, on: request.db)
        let list = AssessmentTable.Model(page: listing.page, filter: filter, choices: .of(listing.visibility, bands: listing.bands),
                                         path: Paths.home.href)
        return HomePage.render(request.pageContext(), model: HomePage.Model(role: user.role, list: list))
    }
}
