import Foundation
import Localization
import PropertyBased
import ReferenceCRM
import Testing

/// Random inputs for working-time properties: instants from 2000 to 2030 (whole seconds), durations up to 60
/// hours, and working hours with up to three openings a day on whole minutes, in time zones that change their
/// clocks at midnight (Tehran until 2022, São Paulo until 2019), at 02:00 (New York) or by half an hour (Lord
/// Howe), with one holiday near the start in either calendar.
enum RandomHours {
    static let instant = Gen.int(in: 946_684_800...1_893_456_000).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    static let seconds = Gen.int(in: 0...(60 * 3600)).map { TimeInterval($0) }
    static let span = Gen.int(in: 0...(21 * 24 * 3600)).map { TimeInterval($0) }
    static let boundaries = Gen.int(in: 0...WorkingHours.minutesPerDay).array(of: 42)
    static let openingsPerDay = Gen.int(in: 0...3).array(of: 7)
    static let zones = ["Asia/Tehran", "UTC", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kathmandu"]
        .compactMap(TimeZone.init(identifier:))
    static let zone = Gen.int(in: 0...(zones.count - 1)).map { zones[$0] }
    static let holidayOffset = Gen.int(in: 0...14)
    static let jalaliHoliday = Gen.bool

    /// Openings for each weekday from six random boundaries each: the first `count × 2` distinct ones, paired.
    static func hours(_ boundaries: [Int], _ counts: [Int], _ zone: TimeZone) throws -> WorkingHours {
        var openings: [WorkingHours.Weekday: [WorkingHours.Opening]] = [:]
        for (index, weekday) in WorkingHours.Weekday.allCases.enumerated() {
            let minutes = Array(Set(boundaries[index * 6..<index * 6 + 6])).sorted()
            let pairs = min(counts[index], minutes.count / 2)
            openings[weekday] = (0..<pairs).map { WorkingHours.Opening(start: minutes[2 * $0], end: minutes[2 * $0 + 1]) }
        }
        return try WorkingHours(openings: openings, timeZone: zone)
    }

    /// The day `offset` days after `start` in `hours`' time zone, written in either calendar.
    static func holiday(after start: Date, offset: Int, jalali: Bool, in hours: WorkingHours) -> LocalDate {
        LocalDate(
            start.addingTimeInterval(TimeInterval(offset) * 86_400), kind: jalali ? .jalali : .gregorian, timeZone: hours.timeZone
        )
    }
}

/// `a` and `b` agree to a millisecond: sums of a few dozen `Date` differences, exact to well under that.
private func same(_ a: TimeInterval, _ b: TimeInterval) -> Bool { abs(a - b) < 0.001 }

@Suite("Working time properties")
struct ServiceLevelWorkingTimePropertyTests {
    @Test func theWorkingTimeUntilTheDueDateIsTheAmountAdded() async {
        await propertyCheck(
            input: RandomHours.boundaries, RandomHours.openingsPerDay, RandomHours.zone, RandomHours.instant, RandomHours.seconds
        ) { boundaries, counts, zone, start, seconds throws in
            let hours = try RandomHours.hours(boundaries, counts, zone)
            guard let due = hours.dueDate(adding: seconds, to: start) else {
                #expect(!hours.hasOpenings)
                return
            }
            #expect(same(hours.workingTime(from: start, to: due), seconds), "\(hours) from \(start) + \(seconds)")
            #expect(due >= start)
            // The earliest such instant: the half second before it is working time.
            if seconds > 0 { #expect(hours.isOpen(at: due.addingTimeInterval(-0.5)), "\(hours) due \(due)") }
        }
    }

    @Test func theOfficeRoundTripsAsWell() async {
        await propertyCheck(input: RandomHours.instant, RandomHours.seconds) { start, seconds throws in
            let hours = WorkingHours.iranianOffice
            let due = try #require(hours.dueDate(adding: seconds, to: start))
            #expect(same(hours.workingTime(from: start, to: due), seconds))
        }
    }

    @Test func moreTimeIsNeverDueEarlier() async {
        await propertyCheck(
            input: RandomHours.boundaries, RandomHours.openingsPerDay, RandomHours.zone, RandomHours.instant, RandomHours.seconds,
            RandomHours.seconds
        ) { boundaries, counts, zone, start, first, second throws in
            let hours = try RandomHours.hours(boundaries, counts, zone)
            guard hours.hasOpenings else { return }
            let earlier = try #require(hours.dueDate(adding: min(first, second), to: start))
            let later = try #require(hours.dueDate(adding: max(first, second), to: start))
            #expect(earlier <= later)
        }
    }

    @Test func workingTimeAddsUp() async {
        await propertyCheck(
            input: RandomHours.boundaries, RandomHours.openingsPerDay, RandomHours.zone, RandomHours.instant, RandomHours.span,
            RandomHours.span
        ) { boundaries, counts, zone, a, first, second throws in
            let hours = try RandomHours.hours(boundaries, counts, zone)
            let b = a.addingTimeInterval(first)
            let c = b.addingTimeInterval(second)
            let whole = hours.workingTime(from: a, to: c)
            #expect(same(hours.workingTime(from: a, to: b) + hours.workingTime(from: b, to: c), whole))
            #expect(whole <= c.timeIntervalSince(a))
            #expect(hours.workingTime(from: c, to: a) == 0)
        }
    }

    @Test func aroundTheClockWorkingTimeIsElapsedTime() async {
        await propertyCheck(input: RandomHours.zone, RandomHours.instant, RandomHours.span) { zone, start, span throws in
            let hours = WorkingHours.allDay.with(timeZone: zone)
            let end = start.addingTimeInterval(span)
            #expect(same(hours.workingTime(from: start, to: end), span))
            #expect(hours.dueDate(adding: span, to: start).map { same($0.timeIntervalSince(end), 0) } == true)
            #expect(hours.isOpen(at: start))
        }
    }

    @Test func aHolidayAddsNoWorkingTime() async {
        await propertyCheck(
            input: RandomHours.boundaries, RandomHours.openingsPerDay, RandomHours.zone, RandomHours.instant, RandomHours.span,
            RandomHours.holidayOffset, RandomHours.jalaliHoliday
        ) { boundaries, counts, zone, start, span, offset, jalali throws in
            let open = try RandomHours.hours(boundaries, counts, zone)
            let day = RandomHours.holiday(after: start, offset: offset, jalali: jalali, in: open)
            let closed = open.with(holidays: [day])
            let dayStart = day.startOfDay(in: zone)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let nextDay = try #require(calendar.date(byAdding: .day, value: 1, to: dayStart).map(calendar.startOfDay))
            #expect(closed.workingTime(from: dayStart, to: nextDay) == 0)
            // Outside the holiday nothing changes; inside it, all the open hours' time is taken away.
            let end = start.addingTimeInterval(span)
            let lost = open.workingTime(from: max(start, dayStart), to: min(end, nextDay))
            #expect(same(closed.workingTime(from: start, to: end), open.workingTime(from: start, to: end) - lost))
        }
    }

    @Test func theNextOpeningIsOpenAndNothingComesBefore() async {
        await propertyCheck(
            input: RandomHours.boundaries, RandomHours.openingsPerDay, RandomHours.zone, RandomHours.instant
        ) { boundaries, counts, zone, date throws in
            let hours = try RandomHours.hours(boundaries, counts, zone)
            guard let next = hours.nextOpening(after: date) else {
                #expect(!hours.hasOpenings)
                return
            }
            #expect(hours.isOpen(at: next))
            #expect(hours.workingTime(from: date, to: next) == 0)
            #expect(hours.isOpen(at: date) == (next == date))
            #expect(hours.dueDate(adding: 1, to: date) == next.addingTimeInterval(1))
        }
    }
}
