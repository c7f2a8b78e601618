import Foundation
import ParIndexData
import Vapor

/// The published periods' results, kept in memory by publication stamp: a published ranking is
/// frozen (exclusions wait for a withdrawal, approval locked the scores), so the figures of one
/// stamp never change and the portal reads a 3 321-unit period once, not once per visitor.
/// A few periods at most, the least recently read dropped first.
actor PublicResultsCache {
    private struct Held {
        var stamp: String
        var context: ResultsContext
        var lastRead: UInt64
    }

    private var held: [UUID: Held] = [:]
    private var reads: UInt64 = 0
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// The period's results as published under `stamp`, loaded by `load` when not held.
    func context(of periodID: UUID, stamp: String, load: @Sendable () async throws -> ResultsContext?) async throws -> ResultsContext? {
        reads += 1
        if var entry = held[periodID], entry.stamp == stamp {
            entry.lastRead = reads
            held[periodID] = entry
            return entry.context
        }
        // Two first visitors may both load; the second result simply replaces the first.
        guard let context = try await load() else { return nil }
        held[periodID] = Held(stamp: stamp, context: context, lastRead: reads)
        if held.count > capacity, let oldest = held.min(by: { $0.value.lastRead < $1.value.lastRead })?.key {
            held[oldest] = nil
        }
        return context
    }
}

struct PublicResultsCacheKey: StorageKey {
    typealias Value = PublicResultsCache
}

extension Application {
    /// Made once in `configure`, before the server takes requests.
    var publicResultsCache: PublicResultsCache { configured(PublicResultsCacheKey.self) }
}
