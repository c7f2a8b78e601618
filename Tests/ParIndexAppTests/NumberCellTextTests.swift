import Testing
@testable import ParIndexApp

/// Number cells as a person typed them: binary noise and exponents turned back into the digits typed.
@Suite("Number cells")
struct NumberCellTextTests {
    @Test(arguments: [
        ("12.5", "12.5"), ("64.060000000000002", "64.06"), ("1.25E-2", "0.0125"), ("1E3", "1000"), ("0", "0"),
        ("-0.4", "-0.4"), ("3.0000000000000004", "3"), ("0.30000000000000004", "0.3"), ("99.999999999999986", "100"), ("007", "7"),
    ])
    func spreadsheetNumbersReadAsTyped(_ literal: String, _ expected: String) {
        #expect(NumberCellText.normalised(literal) == expected)
    }

    @Test(arguments: ["", "abc", "1.2.3", "1E", "1E999", "--1", "1,5", "½"])
    func whatIsNotANumberIsRefused(_ literal: String) {
        #expect(NumberCellText.normalised(literal) == nil)
    }
}
