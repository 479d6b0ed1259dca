import Foundation
import Localization

// Working-time arithmetic: how much working time lies between two instants, and when an amount of it will have
// passed. Days are found with Foundation's Gregorian calendar in the hours' time zone; the only arithmetic done
// here is within one open period of one day.

extension WorkingHours {
    /// How many days in a row may go by without an opening before a search for the next one gives up: three
    /// years, longer than any run of holidays, so only hours that never open stop there.
    static let closedDaysLimit = 3 * 366

    /// `true` when `date` is working time: inside an opening of its weekday (start included, end excluded), on a
    /// day that is not a holiday.
    public func isOpen(at date: Date) -> Bool {
        let calendar = calendar
        guard let day = day(startingAt: calendar.startOfDay(for: date), in: calendar) else { return false }
        return day.periods.contains { $0.start <= date && date < $0.end }
    }

    /// The first instant at or after `date` that is working time: `date` itself when the desk is open then, the
    /// start of the next opening otherwise; `nil` when none comes within three years of closed days.
    public func nextOpening(after date: Date) -> Date? {
        var found: Date?
        forEachOpenPeriod(from: date) { period in
            found = max(period.start, date)
            return false
        }
        return found
    }

    /// The instant at which `seconds` of working time will have passed since `start`.
    ///
    /// A start outside working time counts from the next opening, and the result is the earliest such instant,
    /// so an amount that runs out exactly at closing time is due at closing time (16:00), not at the next
    /// opening. No time (zero or less) is due at `start`. `nil` when the time never passes: the hours have no
    /// opening on any weekday, three years of days in a row are closed, or `seconds` is not finite.
    public func dueDate(adding seconds: TimeInterval, to start: Date) -> Date? {
        guard seconds.isFinite else { return nil }
        guard seconds > 0 else { return start }
        var remaining = seconds
        var due: Date?
        forEachOpenPeriod(from: start) { period in
            let from = max(period.start, start)
            let available = period.end.timeIntervalSince(from)
            guard remaining > available else {
                due = from.addingTimeInterval(remaining)
                return false
            }
            remaining -= available
            return true
        }
        return due
    }

    /// The working time between `start` and `end`, in seconds; 0 when `end` is not after `start`.
    public func workingTime(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        var total: TimeInterval = 0
        forEachOpenPeriod(from: start, before: end) { period in
            guard period.start < end else { return false }
            total += min(period.end, end).timeIntervalSince(max(period.start, start))
            return true
        }
        return total
    }

    /// The Gregorian calendar in the hours' time zone, which finds days, weekdays and wall-clock times.
    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Calls `visit` with each open period that ends after `start`, in order, until it returns `false`, a day
    /// begins at or after `limit`, or — without a limit — `closedDaysLimit` days in a row have had no open period.
    private func forEachOpenPeriod(from start: Date, before limit: Date? = nil, _ visit: (DateInterval) -> Bool) {
        guard hasOpenings else { return }
        let calendar = calendar
        var dayStart = calendar.startOfDay(for: start)
        var closedDaysInARow = 0
        while limit.map({ dayStart < $0 }) ?? (closedDaysInARow < Self.closedDaysLimit) {
            guard let day = day(startingAt: dayStart, in: calendar) else { return }
            var wasOpen = false
            for period in day.periods where period.end > start {
                wasOpen = true
                guard visit(period) else { return }
            }
            closedDaysInARow = wasOpen ? 0 : closedDaysInARow + 1
            dayStart = day.end
        }
    }

    /// One local day: from its first instant to the next day's, and the instants it is open.
    private struct Day {
        let end: Date
        let periods: [DateInterval]
    }

    /// The day that begins at `start` (a `startOfDay`), or `nil` if the calendar cannot find the next one.
    private func day(startingAt start: Date, in calendar: Calendar) -> Day? {
        guard let next = calendar.date(byAdding: .day, value: 1, to: start).map(calendar.startOfDay), next > start
        else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: start)
        guard let year = parts.year, let month = parts.month, let dayOfMonth = parts.day,
            let weekday = parts.weekday.flatMap(Weekday.init(calendarWeekday:)),
            !closedDays.contains(DayKey(year: year, month: month, day: dayOfMonth))
        else { return Day(end: next, periods: []) }

        /// The instant the wall clock shows `minute` that day; the day's bounds for 00:00 and 24:00.
        func instant(_ minute: Int) -> Date {
            guard minute > 0 else { return start }
            guard minute < Self.minutesPerDay else { return next }
            let wallClock = DateComponents(
                year: year, month: month, day: dayOfMonth, hour: minute / 60, minute: minute % 60)
            return calendar.date(from: wallClock).map { min(max($0, start), next) } ?? next
        }
        var periods: [DateInterval] = []
        for opening in openings(on: weekday) {
            // A clock change can move a wall-clock time; keep the periods in order and apart regardless.
            let from = max(instant(opening.start), periods.last?.end ?? start)
            let to = instant(opening.end)
            if from < to { periods.append(DateInterval(start: from, end: to)) }
        }
        return Day(end: next, periods: periods)
    }
}
