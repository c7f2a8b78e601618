/// A calendar day with no time or zone: decision dates, deadlines.
public struct CalendarDate: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "2023-11-29" (ISO, as in files) or "29/11/2023" (as Vietnamese write it).
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces()
        // Empty pieces are kept so that "2023--11-29" or "29/11/2023/" are refused, not read.
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let vietnamese = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let pieces: [Substring]
        if iso.count == 3 {
            pieces = iso
        } else if vietnamese.count == 3 {
            pieces = vietnamese.reversed()
        } else {
            return nil
        }
        guard pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = pieces.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// dd/mm/yyyy, as dates are shown to users.
    public var displayed: String {
        "\(twoDigits(day))/\(twoDigits(month))/\(year)"
    }

    /// yyyy-mm-dd, as dates are written in files and JSON.
    public var iso: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
