import Foundation
import Vapor
import ParIndexData

/// Many clients browsing the assessment page at once over loopback, each waiting for its page
/// before asking for the next. Anything but 200 counts as an error.
enum LoadRun {
    struct Outcome {
        var clients: Int
        var seconds: Int
        var requests: Int
        var errors: Int
    }

    static func browse(app: Application, fixture: BenchmarkFixture, port: Int, clients: Int, seconds: Int) async throws -> Outcome {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let uri = URI(string: "http://127.0.0.1:\(port)\(fixture.pagePath)")
        let cookie = fixture.cookie
        let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<clients {
                group.addTask {
                    var requests = 0, errors = 0
                    while ContinuousClock.now < deadline {
                        do {
                            let response = try await app.client.get(uri, headers: ["Cookie": cookie])
                            if response.status != .ok { errors += 1 }
                        } catch {
                            errors += 1
                        }
                        requests += 1
                    }
                    return (requests, errors)
                }
            }
            var total = (0, 0)
            for try await (requests, errors) in group { total = (total.0 + requests, total.1 + errors) }
            return total
        }
        return Outcome(clients: clients, seconds: seconds, requests: counts.0, errors: counts.1)
    }
}
