import ParIndexData
import Vapor

/// The app's one criteria-set cache, reached from handlers and commands; services are handed it.
struct CriteriaSetCacheKey: StorageKey {
    typealias Value = CriteriaSetCache
}

extension Application {
    /// Made once in `configure`, before the server takes requests.
    var criteriaSetCache: CriteriaSetCache { configured(CriteriaSetCacheKey.self) }
}

extension Request {
    var criteriaSetCache: CriteriaSetCache { application.criteriaSetCache }
}

