import Vapor
import ParIndexData

/// Which methods each registered path answers, built once from the route table, so a request
/// with a method the path does not have gets 405 with `Allow` (HTTP's answer) instead of 404.
struct AllowedMethods: Sendable {
    struct Key: StorageKey {
        typealias Value = AllowedMethods
    }

    /// Each path pattern (nil stands for a parameter) with the methods it answers.
    private let patterns: [(path: [String?], methods: Set<String>)]
    /// Every method some route answers: anything else (TRACE, made-up methods) is refused everywhere.
    let known: Set<String>

    init(_ routes: [Route]) {
        var byPath: [[String?]: Set<String>] = [:]
        for route in routes {
            let path = route.path.map { component -> String? in
                if case let .constant(text) = component { return text }
                return nil
            }
            byPath[path, default: []].insert(route.method.rawValue)
            if route.method == .GET { byPath[path, default: []].insert(HTTPMethod.HEAD.rawValue) }
        }
        patterns = byPath.map { (path: $0.key, methods: $0.value) }
        known = byPath.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    /// The methods the path answers, or nil when no route has this path. A linear scan: it runs
    /// only for requests the router already refused, over a few dozen patterns.
    func methods(forPath path: String) -> Set<String>? {
        let components = path.split(separator: "/")
        var found: Set<String>?
        for pattern in patterns where pattern.path.count == components.count {
            let matches = zip(pattern.path, components).allSatisfy { expected, actual in expected.map { $0 == actual } ?? true }
            if matches { found = (found ?? []).union(pattern.methods) }
        }
        return found
    }

    /// The `Allow` value when `request` names a method its path does not answer; nil when the
    /// path itself is unknown (a plain 404) for a method the app knows.
    func refusal(for request: Request) -> String? {
        let allowed = methods(forPath: request.url.path)
        let method = request.method.rawValue
        if let allowed, !allowed.contains(method) { return allowed.sorted().joined(separator: ", ") }
        if !known.contains(method) { return (allowed ?? []).sorted().joined(separator: ", ") }
        return nil
    }
}

extension Application {
    var allowedMethods: AllowedMethods? { storage[AllowedMethods.Key.self] }
}
