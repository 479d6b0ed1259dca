import Foundation
import Localization

/// When a service desk works: the time that service-level targets counted in working hours consume.
///
/// Conventions, which the arithmetic in `ServiceLevelWorkingTime.swift` follows:
/// - **Working time** is every instant inside an opening of its weekday, on a day that is not a holiday. Each
///   opening is half-open: 08:00–16:00 includes 08:00 and excludes 16:00, so a desk is closed at 16:00 sharp.
/// - **Days are local to `timeZone`.** Openings are wall-clock minutes from that zone's midnight (0…1440, where
///   1440 is the next midnight), and the weekday is the weekday there, whatever zone a user or server sits in.
/// - **Holidays are whole days** in `timeZone`, from its midnight to the next, whichever calendar they are
///   written in: 1405/01/01 (Jalali) and 2026-03-21 (Gregorian) close the same day.
/// - On a day a clock change skips or repeats an hour, an opening runs between the wall-clock times as
///   Foundation's `Calendar` places them, so it may be an hour shorter or longer that day.
public struct WorkingHours: Sendable, Hashable {
    /// A day of the week, Saturday first, as Iranian weeks start.
    public enum Weekday: String, Sendable, Hashable, CaseIterable, Codable {
        case saturday, sunday, monday, tuesday, wednesday, thursday, friday

        /// The day's name: Saturday / شنبه.
        public var name: LocalizedText {
            switch self {
            case .saturday: LocalizedText(fa: "شنبه", en: "Saturday")
            case .sunday: LocalizedText(fa: "یکشنبه", en: "Sunday")
            case .monday: LocalizedText(fa: "دوشنبه", en: "Monday")
            case .tuesday: LocalizedText(fa: "سه‌شنبه", en: "Tuesday")
            case .wednesday: LocalizedText(fa: "چهارشنبه", en: "Wednesday")
            case .thursday: LocalizedText(fa: "پنجشنبه", en: "Thursday")
            case .friday: LocalizedText(fa: "جمعه", en: "Friday")
            }
        }

        /// The day Foundation's Gregorian calendar numbers `weekday` (1 is Sunday, 7 is Saturday).
        init?(calendarWeekday weekday: Int) {
            guard (1...7).contains(weekday) else { return nil }
            self = Self.allCases[weekday % 7]
        }
    }

    /// One stretch of a day when the desk is open, in minutes from local midnight: 480–960 is 08:00–16:00.
    ///
    /// Any two numbers make an `Opening`; `WorkingHours.init` checks that it lies within the day, starts before
    /// it ends and does not overlap its neighbours.
    public struct Opening: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Minutes from midnight of the first open minute.
        public var start: Int
        /// Minutes from midnight at which the desk closes; 1440 is the next midnight.
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        /// From `startHour`:00 to `endHour`:00: `.hours(8, 16)` is 08:00–16:00.
        public static func hours(_ startHour: Int, _ endHour: Int) -> Opening {
            Opening(start: startHour * 60, end: endHour * 60)
        }

        /// The opening's length in minutes.
        public var minutes: Int { end - start }

        /// `08:00–16:00`.
        public var description: String { "\(Self.clock(start))–\(Self.clock(end))" }

        /// The opening in `language`'s digits: `08:00–16:00`, `۰۸:۰۰–۱۶:۰۰`.
        public func formatted(in language: Language) -> String { PersianDigits.digits(description, for: language) }

        private static func clock(_ minutes: Int) -> String {
            let sign = minutes < 0 ? "-" : ""
            let hours = String(abs(minutes) / 60)
            let rest = String(abs(minutes) % 60)
            return sign + String(repeating: "0", count: max(0, 2 - hours.count)) + hours + ":"
                + String(repeating: "0", count: 2 - rest.count) + rest
        }
    }

    /// The minutes in a day, and the latest an opening may end.
    public static let minutesPerDay = 1440

    /// The openings of each weekday, in order; a day that is not a key is closed.
    public let openings: [Weekday: [Opening]]
    /// Where the days, weekdays and holidays begin and end.
    public let timeZone: TimeZone
    /// Days closed whatever their weekday says: Nowruz, religious and national holidays.
    public let holidays: Set<LocalDate>
    /// `holidays` as Gregorian year, month and day, as the calendar names the days it walks through.
    let closedDays: Set<DayKey>

    /// Hours with `openings` per weekday, in `timeZone`, closed on `holidays`.
    ///
    /// Each weekday's openings must lie within 00:00–24:00, start before they end, and be listed in order of
    /// time without overlapping (one may start where the previous ends). Weekdays left out, or given no
    /// openings, are closed.
    public init(
        openings: [Weekday: [Opening]], timeZone: TimeZone = .tehran, holidays: Set<LocalDate> = []
    ) throws(WorkingHoursError) {
        for weekday in Weekday.allCases {
            try Self.check(openings[weekday] ?? [], on: weekday)
        }
        self.init(checked: openings, timeZone: timeZone, holidays: holidays)
    }

    private init(checked openings: [Weekday: [Opening]], timeZone: TimeZone, holidays: Set<LocalDate>) {
        self.openings = openings.filter { !$0.value.isEmpty }
        self.timeZone = timeZone
        self.holidays = holidays
        closedDays = Set(holidays.map { DayKey($0.converted(to: .gregorian)) })
    }

    /// An Iranian office: Saturday to Wednesday 08:00–16:00, Thursday 08:00–13:00, Friday closed, Tehran time,
    /// no holidays (add the year's official holidays with `with(holidays:)`).
    public static let iranianOffice = WorkingHours(
        checked: Dictionary(
            uniqueKeysWithValues: [Weekday.saturday, .sunday, .monday, .tuesday, .wednesday].map {
                ($0, [.hours(8, 16)])
            } + [(.thursday, [.hours(8, 13)])]),
        timeZone: .tehran, holidays: [])

    /// A desk staffed around the clock, every day of the year: working time is elapsed time.
    public static let allDay = WorkingHours(
        checked: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [Opening(start: 0, end: minutesPerDay)]) }),
        timeZone: .tehran, holidays: [])

    /// The openings of `weekday`, in order; empty when the desk is closed that day.
    public func openings(on weekday: Weekday) -> [Opening] { openings[weekday] ?? [] }

    /// `true` when some weekday has an opening, so that working time passes at all (holidays aside).
    public var hasOpenings: Bool { !openings.isEmpty }

    /// `true` when `date` falls on a holiday, as a day in `timeZone`.
    public func isHoliday(_ date: LocalDate) -> Bool { closedDays.contains(DayKey(date.converted(to: .gregorian))) }

    /// The same openings in another time zone.
    public func with(timeZone: TimeZone) -> WorkingHours {
        WorkingHours(checked: openings, timeZone: timeZone, holidays: holidays)
    }

    /// The same openings and time zone, closed on `holidays` instead.
    public func with(holidays: Set<LocalDate>) -> WorkingHours {
        WorkingHours(checked: openings, timeZone: timeZone, holidays: holidays)
    }

    private static func check(_ openings: [Opening], on weekday: Weekday) throws(WorkingHoursError) {
        for opening in openings {
            guard opening.start >= 0, opening.end <= minutesPerDay else { throw .outsideDay(weekday, opening) }
            guard opening.start < opening.end else { throw .endsBeforeStart(weekday, opening) }
        }
        // Overlaps first: putting overlapping openings in order would still leave them wrong.
        let inOrder = openings.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (earlier, later) in zip(inOrder, inOrder.dropFirst()) where later.start < earlier.end {
            throw .overlapping(weekday, earlier, later)
        }
        for (earlier, later) in zip(openings, openings.dropFirst()) where later.start < earlier.start {
            throw .outOfOrder(weekday, earlier, later)
        }
    }
}

extension WorkingHours {
    /// A Gregorian day as year, month and day: how holidays are matched against the days a calendar walks through.
    struct DayKey: Sendable, Hashable {
        let year: Int
        let month: Int
        let day: Int

        init(_ date: LocalDate) {
            year = date.year
            month = date.month
            day = date.day
        }

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
    }
}
