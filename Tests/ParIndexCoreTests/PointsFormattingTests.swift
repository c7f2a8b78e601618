import Testing
@testable import ParIndexCore

/// Numbers are shown as the reader writes them: "12,5" in Vietnamese, "12.5" in English, with
/// no trailing zeros unless a fixed number of decimals is asked for (indices to two decimals).
@Suite struct PointsFormattingTests {
    @Test(arguments: [
        (1250, "12,5", "12.5"), (486, "4,86", "4.86"), (1000, "10", "10"), (0, "0", "0"),
        (5, "0,05", "0.05"), (-250, "-2,5", "-2.5"), (-5, "-0,05", "-0.05"), (-1000, "-10", "-10"),
    ])
    func formatsPointsInBothLanguages(hundredths: Int, vi: String, en: String) {
        // setup
        let points = Points(hundredths: hundredths)

        // act / check
        #expect(points.formatted(.vi) == vi)
        #expect(points.formatted(.en) == en)
    }

    @Test func vietnameseIsTheDefaultLanguage() {
        #expect(Points(hundredths: 1250).formatted() == "12,5")
    }

    @Test func keepsAtLeastTheRequestedDecimals() {
        // setup
        let index = FixedDecimal(units: 7810, decimals: 2)

        // act / check
        #expect(index.formatted(.vi, minimumDecimals: 2) == "78,10")
        #expect(index.formatted(.vi, minimumDecimals: 1) == "78,1")
        #expect(index.formatted(.vi, minimumDecimals: 0) == "78,1")
        #expect(FixedDecimal(units: 7800, decimals: 2).formatted(.en, minimumDecimals: 2) == "78.00")
        #expect(FixedDecimal(units: 7800, decimals: 2).formatted(.en, minimumDecimals: 0) == "78")
        #expect(FixedDecimal(units: 78125, decimals: 3).formatted(.vi, minimumDecimals: 2) == "78,125")
    }

    @Test func negativeFiguresKeepTheirSignAndDecimals() {
        #expect(FixedDecimal(units: -360, decimals: 2).formatted(.vi, minimumDecimals: 2) == "-3,60")
        #expect(FixedDecimal(units: -36, decimals: 1).formatted(.en) == "-3.6")
    }

    /// The doc comment promises "at least `minimumDecimals` decimals": a whole number or a
    /// figure held with fewer decimals must be padded too, or an index column loses alignment.
    @Test func padsBeyondTheFiguresOwnPrecision() {
        #expect(FixedDecimal(78).formatted(.vi, minimumDecimals: 2) == "78,00")
        #expect(FixedDecimal(units: 785, decimals: 1).formatted(.vi, minimumDecimals: 2) == "78,50")
    }

    @Test func jsonLiteralAlwaysUsesAPoint() {
        #expect(FixedDecimal(units: 1250, decimals: 2).jsonLiteral == "12.5")
    }

    @Test func equalFiguresHeldWithDifferentDecimalsAreOneValue() {
        // setup
        let ninety = FixedDecimal(90)
        let ninetyToTwo = FixedDecimal(units: 9000, decimals: 2)

        // check
        #expect(ninety == ninetyToTwo)
        #expect(Set([ninety, ninetyToTwo]).count == 1)
        #expect(FixedDecimal(units: 8999, decimals: 2) < ninety)
    }
}
