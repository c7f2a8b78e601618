import Fluent
import Foundation
import Vapor
import ParIndexData

/// `parindex user create --username U --name "Họ tên" --role officer --unit chi-lang`; the
/// password is read from the PARINDEX_PASSWORD variable or from standard input, never argv.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create")
        var action: String
        @Option(name: "username", help: "login name")
        var username: String?
        @Option(name: "name", help: "full name")
        var name: String?
        @Option(name: "role", help: "administrator | appraiser | leader | officer")
        var role: String?
        @Option(name: "unit", help: "unit code, for leader and officer")
        var unit: String?
    }

    var help: String { "Creates a personal account: user create --username U --name N --role R [--unit CODE]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else { throw AppSettings.Problem(description: "user: only `create` is known") }
        guard let username = signature.username, let role = signature.role else {
            throw AppSettings.Problem(description: "user create needs --username and --role")
        }
        let password = ProcessInfo.processInfo.environment["PARINDEX_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
        let app = context.application
        var unitID: UUID?
        if let code = signature.unit {
            guard let unit = try await Unit.query(on: app.db).filter(\.$code == code).first() else {
                throw AppSettings.Problem(description: "user create: no unit with code \(code)")
            }
            unitID = unit.id
        }
        do {
            let user = try await UserAccounts.create(username: username, displayName: signature.name ?? username, password: password,
                                                     role: role, unitID: unitID, passwords: Passwords(hasher: app.password.async), by: nil, on: app.db)
            context.console.print("Đã tạo tài khoản / created: \(user.username) (\(user.role.rawValue))")
        } catch let error as AppError {
            throw AppSettings.Problem(description: "\(error.message.vi) / \(error.message.en)")
        }
    }
}
