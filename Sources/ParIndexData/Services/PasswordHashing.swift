/// Hashing and checking passwords: the app hands in its hasher (Bcrypt), so services stay
/// free of the web framework.
package protocol PasswordHashing: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, created hash: String) async throws -> Bool
}
