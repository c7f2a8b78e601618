import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// Personal accounts with one role each; unit roles belong to one unit.
enum AdminUsersController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request)
    }

    static func render(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let users = try await User.query(on: request.db).sort(\.$username).all()
        let units = try await Unit.query(on: request.db).sort(\.$code).all()
        let response = AdminUsersPage.render(request.pageContext(notice: notice), model: AdminUsersPage.Model(users: try users.map(UserRow.init), units: try units.map(UnitRow.init)))
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UserAccounts.Draft.self)
        let context = request.pageContext()
        do {
            let user = try await UserAccounts.create(form, passwords: request.passwords, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã tạo tài khoản \(user.username).", "Created account \(user.username)."))
            return request.redirect(to: Paths.adminUsers.href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    /// `active=1` reactivates, anything else deactivates.
    @Sendable static func setActive(_ request: Request) async throws -> Response {
        let user = try await request.record(User.self, .user)
        let active = (try? request.content.get(String.self, at: "active")) == "1"
        let context = request.pageContext()
        do {
            try await UserAccounts.setActive(user, active, by: try request.user, on: request.db)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, active ? context.t("Đã mở lại tài khoản \(user.username).", "Reactivated \(user.username).")
                                       : context.t("Đã khóa tài khoản \(user.username).", "Deactivated \(user.username)."))
        return request.redirect(to: Paths.adminUsers.href)
    }
}
