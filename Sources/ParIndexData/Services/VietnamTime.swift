package import Foundation
package import ParIndexCore

/// Dates as Vietnam lives them (UTC+7): "today" for deadlines, times in the history.
package enum VietnamTime {
    package static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        return calendar
    }()
}

extension CalendarDate {
    /// The day `date` falls on in Vietnam.
    package init(isoDate date: Date) {
        let parts = VietnamTime.calendar.dateComponents([.year, .month, .day], from: date)
        self = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    package func adding(days: Int) -> CalendarDate {
        let calendar = VietnamTime.calendar
        let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date()
        let end = calendar.date(byAdding: .day, value: days, to: start) ?? start
        return CalendarDate(isoDate: end)
    }
}

/// Dates and times as Vietnamese read them: dd/mm/yyyy HH:mm, in Vietnam's time.
package enum DateText {
    package static func dateTime(_ date: Date) -> String {
        let c = VietnamTime.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
    }
}
