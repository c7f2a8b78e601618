import Foundation
import ParIndexCore
import Vapor

/// A criteria set parsed and flattened once, shared by every request that scores against it.
struct CompiledCriteriaSet: Sendable {
    let set: CriteriaSet
    let scorer: Scorer
    var tree: ScoringTree { scorer.tree }
}

/// Parsed sets by record and version; an edit bumps the version, so a stale parse is never used.
actor CriteriaSetCache {
    private var compiled: [UUID: (version: Int, set: CompiledCriteriaSet)] = [:]

    func compiledSet(id: UUID, version: Int, yaml: String) throws -> CompiledCriteriaSet {
        if let cached = compiled[id], cached.version == version { return cached.set }
        let set = try CriteriaSet.fromYAML(yaml)
        let result = CompiledCriteriaSet(set: set, scorer: Scorer(set))
        compiled[id] = (version, result)
        return result
    }
}

struct CriteriaSetCacheKey: StorageKey {
    typealias Value = CriteriaSetCache
}

extension Application {
    /// Made once in `configure`, before the server takes requests.
    var criteriaSetCache: CriteriaSetCache {
        guard let cache = storage[CriteriaSetCacheKey.self] else { fatalError("configure(_:settings:) was not called") }
        return cache
    }
}

extension Request {
    var criteriaSetCache: CriteriaSetCache { application.criteriaSetCache }
}

extension CriteriaSetRecord {
    func compiled(using cache: CriteriaSetCache) async throws -> CompiledCriteriaSet {
        do {
            return try await cache.compiledSet(id: requireID(), version: version, yaml: yaml)
        } catch let failure as ValidationFailure {
            throw AppError(status: .internalServerError, message: LocalizedText(
                vi: "Bộ chỉ số “\(title)” trong cơ sở dữ liệu không hợp lệ: \(failure.issues.first?.message.vi ?? "")",
                en: "The stored criteria set “\(title)” is invalid: \(failure.issues.first?.message.en ?? "")"))
        }
    }
}
