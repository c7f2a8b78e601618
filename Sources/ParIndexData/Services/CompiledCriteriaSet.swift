package import Foundation
import Synchronization
package import ParIndexCore

/// A criteria set parsed and flattened once, shared by every request that scores against it.
package struct CompiledCriteriaSet: Sendable {
    package let set: CriteriaSet
    package let scorer: Scorer
    package var tree: ScoringTree { scorer.tree }
}

/// Parsed sets by record and version; an edit bumps the version, so a stale parse is never used.
/// A lock, not an actor: every request reads it, and an actor's hop to another thread and back
/// cost more than the lookup. A miss parses outside the lock; two requests missing at once both
/// parse, and either result is right.
package final class CriteriaSetCache: Sendable {
    private let compiled = Mutex<[UUID: (version: Int, set: CompiledCriteriaSet, yaml: String)]>([:])

    package init() {}

    package func compiledSet(id: UUID, version: Int, yaml: String) throws -> CompiledCriteriaSet {
        if let cached = compiled.withLock({ $0[id] }), cached.version == version { return cached.set }
        let set = try CriteriaSet.fromYAML(yaml)
        let result = CompiledCriteriaSet(set: set, scorer: Scorer(set))
        compiled.withLock { $0[id] = (version, result, yaml) }
        return result
    }

    /// The text of a set this process has already parsed, if it is still that version: a page
    /// need not read the set's YAML (tens of kilobytes) from the database on every request.
    package func yaml(id: UUID, version: Int) -> String? {
        compiled.withLock { cache in cache[id].flatMap { $0.version == version ? $0.yaml : nil } }
    }
}

extension CriteriaSetRecord {
    package func compiled(using cache: CriteriaSetCache) throws -> CompiledCriteriaSet {
        do {
            return try cache.compiledSet(id: requireID(), version: version, yaml: yaml)
        } catch let failure as ValidationFailure {
            throw AppError(.internalFailure, message: LocalizedText(
                vi: "Bộ chỉ số “\(title)” trong cơ sở dữ liệu không hợp lệ: \(failure.issues.first?.message.vi ?? "")",
                en: "The stored criteria set “\(title)” is invalid: \(failure.issues.first?.message.en ?? "")"))
        }
    }
}
