import ArgumentParser
import ParIndexCore

struct BenchCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark: score and rank the country's communes (3 321 assessments of 100 leaves). Run a release build.",
        discussion: "swift run -c release parindex bench   — target: under 50 ms per run (median)."
    )

    @Option(help: "Number of assessments.")
    var units: Int = 3_321

    @Option(help: "Timed runs (the median is reported).")
    var runs: Int = 21

    @Option(help: "Target in milliseconds; exit status 1 if the median misses it.")
    var targetMs: Int = 50

    @Option(help: "Worker threads (default: one per core).")
    var workers: Int = Scorer.defaultWorkers

    func validate() throws {
        guard units > 0, runs > 0, workers > 0 else { throw ValidationError("--units, --runs and --workers must be positive") }
    }

    func execute(_ console: Console) -> ExitStatus {
        let set = SyntheticData.criteriaSet()
        let scorer = Scorer(set)
        var data = SyntheticData(seed: 2023)
        let assessments = data.assessments(for: scorer.tree, units: units)
        var durations: [Duration] = []
        var table: Ranking.Table?
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = clock.measure {
                table = Self.scoreAndRank(assessments, scorer: scorer, workers: workers)
            }
            durations.append(elapsed)
        }
        durations.sort()
        let median = durations[durations.count / 2]
        console.print("score + rank: \(units) assessments × \(scorer.tree.leafNodes.count) leaves, \(runs) runs, \(workers) worker(s)")
        console.print("  median \(Self.milliseconds(median)) ms, min \(Self.milliseconds(durations[0])) ms, max \(Self.milliseconds(durations[durations.count - 1])) ms")
        guard let table else { return .benchmarkMissed }
        console.print("  ranked \(table.ranked.count), not ranked \(table.unranked.count); first: \(table.ranked.first.map { "\($0.entry.unit.name) \($0.entry.index?.formatted(.vi) ?? "")" } ?? "—")")
        let met = median <= .milliseconds(targetMs)
        console.print("  target < \(targetMs) ms: \(met ? "met" : "MISSED")")
        return met ? .success : .benchmarkMissed
    }

    static func scoreAndRank(_ assessments: [ResolvedAssessment], scorer: Scorer, workers: Int) -> Ranking.Table {
        let results = scorer.scoreAll(assessments, view: .selfAssessed, workers: workers)
        let entries = zip(assessments, results).map { assessment, result in
            Ranking.Entry(unit: assessment.unit, index: result.index, ranked: assessment.ranked)
        }
        return Ranking.rank(entries)
    }

    /// "12.34" from a duration, without floating point.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = seconds * 100_000 + attoseconds / 10_000_000_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
