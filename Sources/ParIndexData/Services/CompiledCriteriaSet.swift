package import Foundation
package import ParIndexCore

/// A criteria set parsed and flattened once, shared by every request that scores against it.
package struct CompiledCriteriaSet: Sendable {
    package let set: CriteriaSet
    package let scorer: Scorer
    package var tree: ScoringTree { scorer.tree }
}

/// Parsed sets by record and version; an edit bumps the version, so a stale parse is never used.
package actor CriteriaSetCache {
    private var compiled: [UUID: (version: Int, set: CompiledCriteriaSet)] = [:]

    package init() {}

    package func compiledSet(id: UUID, version: Int, yaml: String) throws -> CompiledCriteriaSet {
        if let cached = compiled[id], cached.version == version { return cached.set }
        let set = try CriteriaSet.fromYAML(yaml)
        let result = CompiledCriteriaSet(set: set, scorer: Scorer(set))
        compiled[id] = (version, result)
        return result
    }
}

extension CriteriaSetRecord {
    package func compiled(using cache: CriteriaSetCache) async throws -> CompiledCriteriaSet {
        do {
            return try await cache.compiledSet(id: requireID(), version: version, yaml: yaml)
        } catch let failure as ValidationFailure {
            throw AppError(.internalFailure, message: LocalizedText(
                vi: "Bộ chỉ số “\(title)” trong cơ sở dữ liệu không hợp lệ: \(failure.issues.first?.message.vi ?? "")",
                en: "The stored criteria set “\(title)” is invalid: \(failure.issues.first?.message.en ?? "")"))
        }
    }
}
