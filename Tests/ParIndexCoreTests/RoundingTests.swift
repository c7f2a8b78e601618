import Testing
@testable import ParIndexCore

/// The one place where a quotient becomes a number: exact halves are where the two modes differ.
@Suite struct RoundingTests {
    @Test(arguments: [
        (5, 2, 3, 2), (7, 2, 4, 4), (1, 2, 1, 0), (-5, 2, -3, -2), (-7, 2, -4, -4),
        (7, 3, 2, 2), (8, 3, 3, 3), (-8, 3, -3, -3), (6, 3, 2, 2), (0, 5, 0, 0), (25, 10, 3, 2),
    ])
    func dividesUnderBothModes(numerator: Int, denominator: Int, halfUp: Int, halfEven: Int) {
        // act
        let up = Rounding.divide(Int128(numerator), by: Int128(denominator), mode: .halfUp)
        let even = Rounding.divide(Int128(numerator), by: Int128(denominator), mode: .halfEven)

        // check
        #expect(up == Int128(halfUp))
        #expect(even == Int128(halfEven))
    }

    @Test func percentageOfAnExactHalfDependsOnTheMode() {
        // setup: 25 of 32 points is exactly 78,125 %
        let part = Points(25)
        let whole = Points(32)

        // act
        let up = Rounding.percentage(part, of: whole, decimals: 2, mode: .halfUp)
        let even = Rounding.percentage(part, of: whole, decimals: 2, mode: .halfEven)
        let threeDecimals = Rounding.percentage(part, of: whole, decimals: 3, mode: .halfEven)

        // check
        #expect(up == FixedDecimal(units: 7813, decimals: 2))
        #expect(even == FixedDecimal(units: 7812, decimals: 2))
        #expect(threeDecimals == FixedDecimal(units: 78125, decimals: 3))
    }

    @Test func percentageOfNothingIsNil() {
        #expect(Rounding.percentage(Points(5), of: .zero, decimals: 2, mode: .halfUp) == nil)
    }

    @Test func percentageOfAWholeOtherThanAHundred() {
        // setup: Hà Tĩnh scores central agencies out of 60; 55,31 of 60 is 92,18333… %
        let index = Rounding.percentage(pts("55,31"), of: Points(60), decimals: 2, mode: .halfUp)

        // check
        #expect(index == FixedDecimal(units: 9218, decimals: 2))
    }

    @Test func scalesAMaximumByAnAchievement() {
        // act: 10 × 243 ÷ 500 and 4 × 23,25 ÷ 50
        let whole = Rounding.scale(Points(10), by: FixedDecimal(243), over: FixedDecimal(500), mode: .halfUp)
        let decimalAchievement = Rounding.scale(Points(4), by: dec("23,25"), over: FixedDecimal(50), mode: .halfUp)

        // check
        #expect(whole == pts("4,86"))
        #expect(decimalAchievement == pts("1,86"))
    }

    @Test func scaleRoundsOnceUnderTheMode() {
        // setup: 1 × 1 ÷ 8 = 0,125 points
        let eighth = (FixedDecimal(1), FixedDecimal(8))

        // act
        let up = Rounding.scale(Points(1), by: eighth.0, over: eighth.1, mode: .halfUp)
        let even = Rounding.scale(Points(1), by: eighth.0, over: eighth.1, mode: .halfEven)

        // check
        #expect(up == Points(hundredths: 13))
        #expect(even == Points(hundredths: 12))
    }

    @Test func scaleDoesNotOverflowOnLargeDeclaredFigures() {
        // setup: a budget in đồng, far beyond what Int64 holds once multiplied by hundredths
        let spent = FixedDecimal(units: 999_999_999_999_00, decimals: 2)
        let planned = FixedDecimal(999_999_999_999)

        // act
        let points = Rounding.scale(Points(10), by: spent, over: planned, mode: .halfUp)

        // check
        #expect(points == Points(10))
    }
}
