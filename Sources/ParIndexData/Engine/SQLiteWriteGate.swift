/// Lets one survey write at a time into SQLite from this process. SQLite takes one writer at a
/// time anyway; without the gate, a second transaction finds the file locked and its busy
/// handler sleeps (up to 100 ms a turn) before trying again, so a burst of answers queued behind
/// sleeps rather than behind work: 36 answers a second instead of hundreds. Waiters go in turn.
/// PostgreSQL needs no gate: its row locks queue writers without sleeping.
package actor SQLiteWriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package static let surveys = SQLiteWriteGate()

    package init() {}

    /// Runs `body` alone among the gate's callers.
    package nonisolated func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func leave() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}
