import PropertyBased
import Testing
@testable import ParIndexCore

/// Properties of exact numbers: what is shown reads back the same, and rounding is never more
/// than half a unit away.
@Suite struct NumberPropertyTests {
    @Test func formattedPointsReadBackUnchanged() async {
        await propertyCheck(count: 500, input: Gen.int(in: -10_000_000...10_000_000)) { hundredths in
            // setup
            let points = Points(hundredths: hundredths)

            // act / check
            for language in Language.allCases {
                #expect(Points.parse(points.formatted(language), allowNegative: true) == .success(points))
            }
        }
    }

    @Test func divisionRoundsToWithinHalfAUnit() async {
        await propertyCheck(count: 500, input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: 1...10_000)) { numerator, denominator in
            for mode in RoundingMode.allCases {
                // act
                let rounded = Rounding.divide(Int128(numerator), by: Int128(denominator), mode: mode)

                // check: |rounded × d − n| ≤ d ÷ 2, and the modes differ only on exact halves
                let error = 2 * (rounded * Int128(denominator) - Int128(numerator))
                #expect(error.magnitude <= UInt128(denominator))
            }
            let up = Rounding.divide(Int128(numerator), by: Int128(denominator), mode: .halfUp)
            let even = Rounding.divide(Int128(numerator), by: Int128(denominator), mode: .halfEven)
            let exactHalf = (2 * numerator.magnitude) % UInt(denominator) == 0 && numerator.magnitude % UInt(denominator) != 0
            #expect(up == even || exactHalf)
        }
    }

    @Test func tiersAgreeWithTheExactRatio() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...5_000), Gen.int(in: 0...5_000)) { denominator, raw in
            // setup: "trên 90%: 2; từ 70% đến 90%: 1; dưới 70%: 0"
            let numerator = raw % (denominator + 1)
            let leaf = Fixture.leaf("1", Points(2), PercentageTiersRuleTests.tiers())

            // act
            let outcome = Fixture.evaluate(leaf, LeafInput(numerator: FixedDecimal(numerator), denominator: FixedDecimal(denominator)))

            // check: compared in integers, 100 n against 90 d and 70 d
            let expected = 100 * numerator > 90 * denominator ? Points(2) : (100 * numerator >= 70 * denominator ? Points(1) : .zero)
            #expect(outcome.points == expected, "\(numerator)/\(denominator)")
        }
    }

    @Test func ranksCountTheUnitsStrictlyAhead() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...20).array(of: 0...12)) { indices in
            // setup: few distinct values, so ties are common
            let entries = indices.enumerated().map { Ranking.Entry(unit: UnitReference(code: "u\($0.offset)", name: "u"), index: FixedDecimal($0.element)) }

            // act
            let table = Ranking.rank(entries)

            // check
            for placed in table.ranked {
                let ahead = indices.filter { FixedDecimal($0) > placed.entry.index! }.count
                #expect(placed.rank == ahead + 1)
            }
            #expect(table.ranked.count == indices.count)
        }
    }
}
