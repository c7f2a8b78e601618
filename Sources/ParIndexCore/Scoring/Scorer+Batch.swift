import Dispatch

extension Scorer {
    /// Scores many assessments (a province's units, the country's communes), spread over the
    /// processor's cores; the results are in the order of `assessments`.
    public func scoreAll(_ assessments: [ResolvedAssessment], view: ScoreView, workers: Int = Scorer.defaultWorkers) -> [ScoreResult] {
        let count = assessments.count
        let workers = max(1, min(workers, count / 256))
        guard workers > 1 else { return assessments.map { score($0, view: view) } }
        var results = [ScoreResult?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = SharedBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Each worker owns a disjoint slice of the output, so the writes never race.
                let lower = count * worker / workers
                let upper = count * (worker + 1) / workers
                for position in lower..<upper {
                    output.buffer[position] = score(assessments[position], view: view)
                }
            }
        }
        return results.map { $0! }
    }

    /// One worker per core the process may use.
    public static var defaultWorkers: Int { System.activeProcessorCount }
}

/// Hands a buffer to workers that each write their own disjoint range.
private struct SharedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
