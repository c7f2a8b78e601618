package import FluentKit
import Foundation

/// Creating accounts, shared by the admin page and `parindex user create`.
package enum UserAccounts {
    /// What the page's form and the API send.
    package struct Draft: Codable, Sendable {
        package var username: String
        package var display_name: String
        package var password: String
        package var role: String
        package var unit: String?
    }

    package static func create(_ draft: Draft, passwords: any PasswordHashing, by creator: User?, on db: any Database) async throws -> User {
        try await create(username: draft.username, displayName: draft.display_name, password: draft.password, role: draft.role,
                         unitID: draft.unit.flatMap(UUID.init(uuidString:)), passwords: passwords, by: creator, on: db)
    }

    /// Deactivates or reactivates an account; a deactivated account cannot log in or use its tokens.
    package static func setActive(_ user: User, _ active: Bool, by administrator: User, on db: any Database) async throws {
        guard user.id != administrator.id || active else {
            throw AppError.invalid(.init(vi: "Không thể tự khóa tài khoản của chính mình.", en: "You cannot deactivate your own account."))
        }
        let old = user.active
        try await db.transaction { db in
            user.active = active
            try await user.update(on: db)
            try await Audit.record(.account, by: administrator, assessment: nil, old: "\(user.username) active=\(old)", new: "\(user.username) active=\(active)", on: db)
        }
    }

    package static func create(username: String, displayName: String, password: String, role roleText: String, unitID: UUID?,
                               passwords: any PasswordHashing, by creator: User?, on db: any Database) async throws -> User {
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
        let display = try TextField.line(displayName, field: "display_name", label: .init(vi: "Họ tên", en: "The name"))
        let user = User(username: name, displayName: display.isEmpty ? name : display, passwordHash: try await passwords.hash(password),
                        role: role, unitID: role.isUnitRole ? unitID : nil)
        try await db.transaction { db in
            try await user.create(on: db)
            try await Audit.record(.account, by: creator, assessment: nil, old: nil, new: "\(name) (\(role.rawValue))", on: db)
        }
        return user
    }
}
