import Foundation

/// How a date is written: numerically (`1403/05/15`, `2024-08-05`) or with the month's name (`15 Mordad 1403`).
public enum DateTextStyle: String, Sendable, Hashable, CaseIterable, Codable {
    case numeric
    case long
}

/// A day in a calendar, without a time or a time zone: a contract's start date, a demo day.
///
/// Only valid days can be built: the initializer asks Foundation's `Calendar` whether year, month and day
/// survive a round trip through a `Date`, so 1403/13/01 and 1402/12/30 (Esfand has 29 days in a common
/// year) are rejected rather than rolled over into the next month.
public struct LocalDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public let kind: CalendarKind
    public let year: Int
    public let month: Int
    public let day: Int
    /// 12:00 UTC on this day: an instant inside the day whatever the calendar, from which other calendars and
    /// time zones are reached without another fallible `Calendar.date(from:)`.
    private let utcNoon: Date

    /// The day `year`/`month`/`day` in `kind`, if it exists.
    public init(year: Int, month: Int, day: Int, kind: CalendarKind) throws(DateInputError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year, kind) }
        let calendar = kind.calendar(in: .gmt)
        guard let months = calendar.maximumRange(of: .month), months.contains(month) else {
            throw .monthOutOfRange(month, kind)
        }
        let asked = DateComponents(year: year, month: month, day: day, hour: 12)
        guard let noon = calendar.date(from: asked) else { throw .monthOutOfRange(month, kind) }
        let found = calendar.dateComponents([.year, .month, .day], from: noon)
        guard found.year == year, found.month == month, found.day == day else {
            throw .dayOutOfRange(
                year: year, month: month, day: day,
                daysInMonth: kind.numberOfDays(inMonth: month, year: year) ?? 0, kind)
        }
        self.init(kind: kind, year: year, month: month, day: day, utcNoon: noon)
    }

    /// The day `date` falls on in `timeZone`, written in `kind`.
    public init(_ date: Date, kind: CalendarKind, timeZone: TimeZone = .tehran) {
        // The wall-clock time in `timeZone`, read as if it were UTC, names the same day.
        let wallClock = date.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: date)))
        let utc = kind.calendar(in: .gmt)
        self.init(utcNoon: utc.startOfDay(for: wallClock).addingTimeInterval(12 * 3600), kind: kind)
    }

    private init(utcNoon: Date, kind: CalendarKind) {
        let calendar = kind.calendar(in: .gmt)
        self.init(
            kind: kind,
            year: calendar.component(.year, from: utcNoon),
            month: calendar.component(.month, from: utcNoon),
            day: calendar.component(.day, from: utcNoon),
            utcNoon: utcNoon)
    }

    private init(kind: CalendarKind, year: Int, month: Int, day: Int, utcNoon: Date) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.utcNoon = utcNoon
    }

    /// The first instant of this day in `timeZone` (midnight, or the first hour after a midnight DST jump).
    public func startOfDay(in timeZone: TimeZone = .tehran) -> Date {
        let localNoon = utcNoon.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: utcNoon)))
        return kind.calendar(in: timeZone).startOfDay(for: localNoon)
    }

    /// The same day written in `other`: 1403/01/01 Jalali is 2024-03-20 Gregorian.
    public func converted(to other: CalendarKind) -> LocalDate {
        LocalDate(utcNoon: utcNoon, kind: other)
    }

    /// The date in `language`, e.g. `1403/05/15` or `۱۵ مرداد ۱۴۰۳`, `2024-08-05` or `5 August 2024`.
    public func formatted(_ style: DateTextStyle = .numeric, in language: Language) -> String {
        let text: String
        switch style {
        case .numeric:
            let separator = kind == .jalali ? "/" : "-"
            text = [padded(year, 4), padded(month, 2), padded(day, 2)].joined(separator: separator)
        case .long:
            text = "\(day) \(kind.monthName(month, in: language) ?? String(month)) \(year)"
        }
        return PersianDigits.digits(text, for: language)
    }

    /// `1403/05/15` (Jalali) or `2024-08-05` (Gregorian).
    public var description: String { formatted(in: .en) }

    /// Reads year, month and day in `kind`: `1403/05/15`, `۱۴۰۳/۰۵/۱۵`, `1403-5-15`, `2024-08-05`.
    ///
    /// The year has four digits and comes first; `/` or `-` separates the parts (the same one both times);
    /// digits may be Latin, Persian or Arabic-Indic. A year outside `kind.plausibleYears` is taken to be a
    /// date of the other calendar and rejected with that hint.
    public static func parse(_ text: String, as kind: CalendarKind) throws(DateInputError) -> LocalDate {
        let cleaned = PersianDigits.toLatin(text.removingFormatCharacters).trimmingWhitespace
        guard !cleaned.isEmpty else { throw .empty }
        guard let separator = cleaned.first(where: { $0 == "/" || $0 == "-" }) else {
            throw .malformed(cleaned, kind)
        }
        let parts = cleaned.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw .malformed(cleaned, kind) }
        guard kind.plausibleYears.contains(year) else { throw .implausibleYear(year, kind) }
        return try LocalDate(year: year, month: month, day: day, kind: kind)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, year, month, day
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            year: container.decode(Int.self, forKey: .year),
            month: container.decode(Int.self, forKey: .month),
            day: container.decode(Int.self, forKey: .day),
            kind: container.decode(CalendarKind.self, forKey: .kind))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(year, forKey: .year)
        try container.encode(month, forKey: .month)
        try container.encode(day, forKey: .day)
    }

    private func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension LocalDate: Comparable {
    /// Days compare as days, whichever calendar each is written in.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        let a = lhs.converted(to: .gregorian)
        let b = rhs.converted(to: .gregorian)
        return (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
