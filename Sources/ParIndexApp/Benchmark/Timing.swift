import Foundation

/// Medians of repeated runs, and how the benchmark writes durations and ratios.
enum Timing {
    struct Result {
        var median: Duration
        var p90: Duration
    }

    /// At least one timed run, whatever was asked: a median of nothing is not a figure.
    static func median(runs: Int, warmup: Int = 20, _ body: () async throws -> Void) async throws -> Result {
        let runs = max(runs, 1)
        for _ in 0..<max(warmup, 0) { try await body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            samples.append(clock.now - start)
        }
        samples.sort()
        return Result(median: samples[samples.count / 2], p90: samples[samples.count * 9 / 10])
    }

    /// Two paths timed in turns, one run of each after the other, so that both meet the same
    /// disk and the same machine (a flush that slows down for a second slows both sides of the
    /// ratio, not one).
    static func interleavedMedians(runs: Int, warmup: Int = 20, _ first: () async throws -> Void,
                                   _ second: () async throws -> Void) async throws -> (Result, Result) {
        let runs = max(runs, 1)
        for _ in 0..<max(warmup, 0) {
            try await first()
            try await second()
        }
        let clock = ContinuousClock()
        var samples: ([Duration], [Duration]) = ([], [])
        for _ in 0..<runs {
            var start = clock.now
            try await first()
            samples.0.append(clock.now - start)
            start = clock.now
            try await second()
            samples.1.append(clock.now - start)
        }
        return (result(samples.0), result(samples.1))
    }

    private static func result(_ samples: [Duration]) -> Result {
        let sorted = samples.sorted()
        return Result(median: sorted[sorted.count / 2], p90: sorted[sorted.count * 9 / 10])
    }

    /// Milliseconds with two decimals and the decimal comma, from the duration's integer parts.
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return hundredths((microseconds + 5) / 10)
    }

    /// A ratio with two decimals ("0,41"), from two durations or two counts.
    static func ratio(_ numerator: Duration, _ denominator: Duration) -> (text: String, hundredths: Int64) {
        ratio(nanoseconds(numerator), nanoseconds(denominator))
    }

    static func ratio(_ numerator: Int64, _ denominator: Int64) -> (text: String, hundredths: Int64) {
        guard denominator > 0 else { return ("∞", .max) }
        let value = (numerator * 100 + denominator / 2) / denominator
        return (hundredths(value), value)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    private static func hundredths(_ value: Int64) -> String {
        let fraction = value % 100
        return "\(value / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
