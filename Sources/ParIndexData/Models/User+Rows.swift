package import FluentKit
import Foundation
import SQLKit

extension User {
    /// The account a session names, read column by column with one plain query of fixed text: every signed-in
    /// request asks for it, and Fluent's model decoding (reflection over the properties) costs
    /// more than the query. The same model `User.find` gives (a test compares them).
    package static func signedIn(_ id: UUID, on db: any Database) async throws -> User? {
        guard let sql = db as? any SQLDatabase else { return try await User.find(id, on: db) }
        let statement: SQLQueryString = """
            SELECT "id", "created_at", "unit_id", "username", "display_name", "password_hash", "role", "active" \
            FROM "users" WHERE "id" = \(bind: id)
            """
        guard let row = try await sql.raw(statement).first() else { return nil }
        guard let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else {
            throw AppError(.internalFailure, message: .init("An account has an unknown role."))
        }
        let user = User(id: try row.decode(column: "id", as: UUID.self), username: try row.decode(column: "username", as: String.self),
                        displayName: try row.decode(column: "display_name", as: String.self),
                        passwordHash: try row.decode(column: "password_hash", as: String.self), role: role,
                        unitID: try row.decode(column: "unit_id", as: UUID?.self))
        user.active = try row.decode(column: "active", as: Bool.self)
        user.createdAt = try row.decode(column: "created_at", as: Date?.self)
        user.$id.exists = true
        return user
    }
}

extension User {
    /// The display names of the given accounts (who saved what, on the assessment page).
    package static func displayNames(of ids: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        guard let sql = db as? any SQLDatabase else {
            let users = try await User.query(on: db).filter(\.$id ~~ ids).all()
            return Dictionary(uniqueKeysWithValues: users.compactMap { user in user.id.map { ($0, user.displayName) } })
        }
        var statement: SQLQueryString = #"SELECT "id", "display_name" FROM "users" WHERE "id" IN ("#
        for (position, id) in ids.enumerated() {
            if position > 0 { statement.appendInterpolation(unsafeRaw: ", ") }
            statement.appendInterpolation(bind: id)
        }
        statement.appendInterpolation(unsafeRaw: ")")
        var names: [UUID: String] = [:]
        for row in try await sql.raw(statement).all() {
            names[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "display_name", as: String.self)
        }
        return names
    }
}
