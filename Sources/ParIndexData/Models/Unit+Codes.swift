package import FluentKit
package import Foundation

extension Unit {
    /// The units' codes by id, read in one query (lists name units by code, rows hold ids).
    package static func codes(of ids: some Sequence<UUID>, on db: any Database) async throws -> [UUID: String] {
        let ids = Array(Set(ids))
        guard !ids.isEmpty else { return [:] }
        let units = try await Unit.query(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(units.compactMap { unit in unit.id.map { ($0, unit.code) } }, uniquingKeysWith: { first, _ in first })
    }
}
