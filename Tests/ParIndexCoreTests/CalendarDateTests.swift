import Testing
@testable import ParIndexCore

/// Dates come from files (ISO) and from people (dd/mm/yyyy); impossible days are refused.
@Suite struct CalendarDateTests {
    @Test(arguments: ["2023-11-29", "29/11/2023", " 29/11/2023 "])
    func readsIsoAndVietnameseDates(text: String) throws {
        // act
        let date = try #require(CalendarDate(text))

        // check
        #expect(date == CalendarDate(year: 2023, month: 11, day: 29))
    }

    @Test(arguments: ["2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-04-31", "31/06/2023", "2023-11", "abc", "", "29.11.2023"])
    func refusesImpossibleOrMalformedDates(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "29/02/2024"])
    func acceptsLeapDays(text: String) {
        #expect(CalendarDate(text) != nil)
    }

    @Test func displaysDayMonthYearWithTwoDigits() throws {
        // setup
        let date = try #require(CalendarDate(year: 2025, month: 7, day: 1))

        // check
        #expect(date.displayed == "01/07/2025")
        #expect(date.iso == "2025-07-01")
    }

    @Test func ordersByYearThenMonthThenDay() throws {
        // setup
        let earlier = try #require(CalendarDate("2023-11-29"))
        let later = try #require(CalendarDate("01/12/2023"))

        // check
        #expect(earlier < later)
        #expect(!(later < earlier))
    }
}

/// Separators doubled or left over show a mistyped date; reading "2023-11-29-" as 29/11/2023
/// would hide the mistake.
@Suite struct CalendarDateStrictnessTests {
    @Test(arguments: ["2023-11-29-", "2023--11-29", "-2023-11-29", "29/11/2023/", "29//11/2023"])
    func refusesStraySeparators(text: String) {
        #expect(CalendarDate(text) == nil)
    }
}
