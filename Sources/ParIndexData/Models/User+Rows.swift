package import FluentKit
import Foundation
package import SQLKit

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
        return try signedIn(from: row)
    }

    /// The columns `signedIn(from:prefix:)` reads, each named `prefix` + its name, for a query
    /// that reads the account together with something else (the session, in one round trip).
    package static func signedInColumns(of table: String, prefix: String) -> String {
        ["id", "created_at", "unit_id", "username", "display_name", "password_hash", "role", "active"]
            .map { "\"\(table)\".\"\($0)\" AS \"\(prefix)\($0)\"" }.joined(separator: ", ")
    }

    /// The account in `row`, or nil when its id is NULL (a join that found no account).
    package static func signedIn(from row: any SQLRow, prefix: String = "") throws -> User? {
        guard let id = try row.decode(column: prefix + "id", as: UUID?.self) else { return nil }
        guard let role = Role(rawValue: try row.decode(column: prefix + "role", as: String.self)) else {
            throw AppError(.internalFailure, message: .init("An account has an unknown role."))
        }
        let user = User(id: id, username: try row.decode(column: prefix + "username", as: String.self),
                        displayName: try row.decode(column: prefix + "display_name", as: String.self),
                        passwordHash: try row.decode(column: prefix + "password_hash", as: String.self), role: role,
                        unitID: try row.decode(column: prefix + "unit_id", as: UUID?.self))
        user.active = try row.decode(column: prefix + "active", as: Bool.self)
        user.createdAt = try row.decode(column: prefix + "created_at", as: Date?.self)
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
