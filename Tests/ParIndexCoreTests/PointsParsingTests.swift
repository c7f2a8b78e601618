import Testing
@testable import ParIndexCore

/// Scores are typed by people: with the Vietnamese decimal comma or a point, with stray spaces.
/// Whatever is refused must say why and quote what was typed.
@Suite struct PointsParsingTests {
    @Test(arguments: [
        ("12,5", 1250), ("12.5", 1250), ("4,86", 486), ("10", 1000), (" 7 ", 700),
        ("0,5", 50), ("9,50", 950), ("0", 0), ("+3", 300), ("-0", 0),
    ])
    func acceptsTypedScores(text: String, hundredths: Int) throws {
        // act
        let parsed = try Points.parse(text).get()

        // check
        #expect(parsed == Points(hundredths: hundredths))
    }

    @Test(arguments: [
        ("4.86.1", NumberInputError.notANumber("4.86.1")),
        ("1e2", .notANumber("1e2")),
        ("abc", .notANumber("abc")),
        ("12,", .notANumber("12,")),
        (",5", .notANumber(",5")),
        ("1 000", .notANumber("1 000")),
        ("1.000,5", .notANumber("1.000,5")),
        ("4,867", .tooManyDecimals("4,867", allowed: 2)),
        ("", .empty),
        ("   ", .empty),
        ("-1", .negative("-1")),
        ("1000000000000", .tooLarge("1000000000000")),
    ])
    func refusesWhatIsNotAScore(text: String, expected: NumberInputError) {
        // act
        let parsed = Points.parse(text)

        // check
        #expect(parsed == .failure(expected))
    }

    @Test func quotesTheTrimmedInputRatherThanTheSpaces() {
        // act
        let parsed = Points.parse("  abc  ")

        // check
        #expect(parsed == .failure(.notANumber("abc")))
    }

    @Test func acceptsNegativesOnlyWhenAllowed() throws {
        // act
        let minusOne = try Points.parse("-1", allowNegative: true).get()
        let unicodeMinus = try Points.parse("−2,5", allowNegative: true).get()

        // check
        #expect(minusOne == Points(hundredths: -100))
        #expect(unicodeMinus == Points(hundredths: -250))
    }

    @Test func messagesQuoteTheInputInBothLanguages() {
        // setup
        let notANumber = NumberInputError.notANumber("abc").message
        let tooManyDecimals = NumberInputError.tooManyDecimals("4,867", allowed: 2).message
        let negative = NumberInputError.negative("-1").message

        // check
        #expect(notANumber.vi == "«abc» không phải là số (ví dụ hợp lệ: 12,5)")
        #expect(notANumber.en == "“abc” is not a number (for example: 12.5)")
        #expect(tooManyDecimals.vi == "«4,867» có quá 2 chữ số thập phân")
        #expect(tooManyDecimals.en == "“4,867” has more than 2 decimal places")
        #expect(negative.vi.contains("«-1»"))
        #expect(negative.en.contains("“-1”"))
        #expect(NumberInputError.tooLarge("1e20").message.en.contains("“1e20”"))
        #expect(NumberInputError.empty.message.vi == "Chưa nhập số")
    }

    @Test func figuresAcceptMoreDecimalsWhenTheCallerAsks() throws {
        // act
        let satisfaction = try FixedDecimal.parse("85,125", maxDecimals: 4).get()
        let refused = FixedDecimal.parse("85,125")

        // check
        #expect(satisfaction == FixedDecimal(units: 851_250, decimals: 4))
        #expect(refused == .failure(.tooManyDecimals("85,125", allowed: 2)))
    }
}
