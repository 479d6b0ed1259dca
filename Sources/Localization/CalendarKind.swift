import Foundation

/// The calendar a date is written in: Gregorian (ISO `2024-08-05`) or Jalali, the Iranian solar
/// calendar (`1403/05/15`).
///
/// All calendar arithmetic is Foundation's `Calendar` (`.gregorian`, `.persian`); nothing here computes
/// leap years or month lengths by hand.
public enum CalendarKind: String, Sendable, Hashable, CaseIterable, Codable {
    case gregorian
    case jalali

    /// The calendar's name: Gregorian / میلادی, Jalali / شمسی.
    public var name: LocalizedText {
        switch self {
        case .gregorian: LocalizedText(fa: "میلادی", en: "Gregorian")
        case .jalali: LocalizedText(fa: "شمسی", en: "Jalali")
        }
    }

    /// Foundation's calendar for this kind, computing days in `timeZone`.
    public func calendar(in timeZone: TimeZone = .tehran) -> Calendar {
        var calendar = Calendar(identifier: self == .jalali ? .persian : .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }

    /// `date` as the day it is in `timeZone`, written numerically: `1403/05/15` (Jalali) or `2024-08-05`
    /// (Gregorian, ISO 8601), with Persian digits in Persian.
    public func format(_ date: Date, in language: Language, timeZone: TimeZone = .tehran) -> String {
        LocalDate(date, kind: self, timeZone: timeZone).formatted(in: language)
    }

    /// The start, in `timeZone`, of the day `text` names. See `LocalDate.parse(_:as:)` for what is accepted.
    public func parse(_ text: String, timeZone: TimeZone = .tehran) throws(DateInputError) -> Date {
        try LocalDate.parse(text, as: self).startOfDay(in: timeZone)
    }

    /// The name of `month` (1-12) in `language`: Mordad / مرداد, August / اوت; `nil` outside 1-12.
    public func monthName(_ month: Int, in language: Language) -> String? {
        var calendar = calendar(in: .gmt)
        calendar.locale = LocalizedNumber.locale(for: language)
        let names = calendar.monthSymbols
        return names.indices.contains(month - 1) ? names[month - 1] : nil
    }

    /// How many days `month` of `year` has, or `nil` when there is no such month.
    public func numberOfDays(inMonth month: Int, year: Int) -> Int? {
        let calendar = calendar(in: .gmt)
        guard let months = calendar.maximumRange(of: .month), months.contains(month),
            let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
            calendar.component(.month, from: first) == month
        else { return nil }
        return calendar.range(of: .day, in: .month, for: first)?.count
    }

    /// Years a date typed in this calendar is expected to have. Outside them, the user has most likely
    /// typed a date of the other calendar (a Jalali field holding 2024-08-05).
    public var plausibleYears: ClosedRange<Int> {
        switch self {
        case .gregorian: 1600...9999
        case .jalali: 1...1699
        }
    }

    var other: CalendarKind { self == .jalali ? .gregorian : .jalali }

    func example(in language: Language) -> String {
        PersianDigits.digits(self == .jalali ? "1403/05/15" : "2024-08-05", for: language)
    }
}
