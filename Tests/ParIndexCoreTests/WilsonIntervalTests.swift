import Testing
@testable import ParIndexCore

@Suite("Wilson intervals")
struct WilsonIntervalTests {
    /// Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
    /// seven methods", Statistics in Medicine 17, Table I, method 3 (score interval without
    /// continuity correction), to four decimals; here in percent with two.
    @Test(arguments: [
        (81, 263, 2_553, 3_662),
        (15, 148, 624, 1_605),
        (0, 20, 0, 1_611),
        (1, 29, 61, 1_718),
    ])
    func matchesThePublishedValues(satisfied: Int, answers: Int, lower: Int, upper: Int) throws {
        let interval = try #require(WilsonInterval(satisfied: satisfied, of: answers))
        #expect(interval.lower == FixedDecimal(units: lower, decimals: 2))
        #expect(interval.upper == FixedDecimal(units: upper, decimals: 2))
    }

    @Test func isSymmetricAndStaysWithinZeroAndAHundred() throws {
        for answers in [1, 2, 7, 30, 400, 5_000] {
            for satisfied in Set([0, 1, answers / 3, answers / 2, answers - 1, answers]) where satisfied >= 0 && satisfied <= answers {
                let interval = try #require(WilsonInterval(satisfied: satisfied, of: answers))
                let mirror = try #require(WilsonInterval(satisfied: answers - satisfied, of: answers))
                #expect(interval.lower.units(atDecimals: 2) + mirror.upper.units(atDecimals: 2) == 10_000, "\(satisfied)/\(answers)")
                #expect(interval.lower.units(atDecimals: 2) >= 0 && interval.upper.units(atDecimals: 2) <= 10_000)
                #expect(interval.lower <= interval.upper)
            }
        }
        #expect(WilsonInterval(satisfied: 20, of: 20)?.upper.units(atDecimals: 2) == 10_000)
    }

    @Test func narrowsAsTheSampleGrows() throws {
        let small = try #require(WilsonInterval(satisfied: 8, of: 10))
        let large = try #require(WilsonInterval(satisfied: 800, of: 1_000))
        #expect(small.halfWidth.units(atDecimals: 2) > 2_000)
        #expect(large.halfWidth.units(atDecimals: 2) < 300)
    }

    @Test func refusesCountsThatAreNotASample() {
        #expect(WilsonInterval(satisfied: 0, of: 0) == nil)
        #expect(WilsonInterval(satisfied: 3, of: 2) == nil)
        #expect(WilsonInterval(satisfied: -1, of: 2) == nil)
        #expect(WilsonInterval(satisfied: 1, of: WilsonInterval.largestSample + 1) == nil)
        #expect(WilsonInterval(satisfied: WilsonInterval.largestSample / 2, of: WilsonInterval.largestSample) != nil)
    }

    @Test func integerSquareRootIsTheFloor() {
        for value: Int128 in [0, 1, 2, 3, 4, 15, 16, 17, 1 << 100, (1 << 100) - 1] {
            let root = WilsonInterval.squareRoot(value)
            #expect(root * root <= value && (root + 1) * (root + 1) > value, "\(value)")
        }
    }
}
