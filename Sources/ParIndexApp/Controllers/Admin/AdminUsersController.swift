import Fluent
import ParIndexCore
import Vapor

/// Personal accounts with one role each; unit roles belong to one unit.
enum AdminUsersController {
    struct UserForm: Content {
        var username: String
        var display_name: String
        var password: String
        var role: String
        var unit: String?
    }

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request)
    }

    static func render(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let users = try await User.query(on: request.db).sort(\.$username).all()
        let units = try await Unit.query(on: request.db).sort(\.$code).all()
        let response = AdminUsersPage.render(request.pageContext(notice: notice), model: AdminUsersPage.Model(users: users, units: units))
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UserForm.self)
        let context = request.pageContext()
        do {
            let user = try await UserAccounts.create(username: form.username, displayName: form.display_name, password: form.password,
                                                     role: form.role, unitID: form.unit.flatMap(UUID.init(uuidString:)),
                                                     hasher: request.password.async, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã tạo tài khoản \(user.username).", "Created account \(user.username)."))
            return request.redirect(to: Paths.adminUsers.href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }
}

/// Creating accounts, shared by the admin page and `parindex user create`.
enum UserAccounts {
    static func create(username: String, displayName: String, password: String, role roleText: String, unitID: UUID?,
                       hasher: AsyncPasswordHasher, by creator: User?, on db: any Database) async throws -> User {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard name.count >= 3, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }), name.allSatisfy(\.isASCII) else {
            throw AppError.invalid(.init(vi: "Tên đăng nhập gồm ít nhất 3 ký tự: chữ không dấu, số, dấu chấm, gạch dưới.",
                                         en: "Usernames have at least 3 characters: ASCII letters, digits, dot, underscore."), field: "username")
        }
        guard password.count >= 10 else {
            throw AppError.invalid(.init(vi: "Mật khẩu phải có ít nhất 10 ký tự.", en: "Passwords have at least 10 characters."), field: "password")
        }
        guard let role = User.Role(rawValue: roleText) else {
            throw AppError.invalid(.init(vi: "Vai trò không hợp lệ.", en: "Unknown role."), field: "role")
        }
        if role.isUnitRole {
            guard let unitID, try await Unit.find(unitID, on: db) != nil else {
                throw AppError.invalid(.init(vi: "Tài khoản của đơn vị phải gắn với một đơn vị.", en: "Unit accounts need a unit."), field: "unit")
            }
        }
        guard try await User.query(on: db).filter(\.$username == name).count() == 0 else {
            throw AppError.invalid(.init(vi: "Tên đăng nhập \(name) đã có.", en: "Username \(name) is taken."), field: "username")
        }
        let display = displayName.trimmingCharacters(in: .whitespaces)
        let user = User(username: name, displayName: display.isEmpty ? name : display, passwordHash: try await hasher.hash(password),
                        role: role, unitID: role.isUnitRole ? unitID : nil)
        try await db.transaction { db in
            try await user.create(on: db)
            try await Audit.record(.account, by: creator, assessment: nil, old: nil, new: "\(name) (\(role.rawValue))", on: db)
        }
        return user
    }
}
