import Foundation
import Localization
import ReferenceCRM
import Testing

/// The instant a wall clock in Tehran shows `text` (`2026-05-06 15:00` or `2026-05-06 15:00:30`), read at Iran's
/// fixed UTC+03:30 — independently of the code under test, which finds Tehran's days through `Calendar`.
func tehranTime(_ text: String) throws -> Date {
    let seconds = text.filter { $0 == ":" }.count == 1 ? ":00" : ""
    let iso = text.replacingOccurrences(of: " ", with: "T") + seconds + "+03:30"
    return try #require(ISO8601DateFormatter().date(from: iso), "\(text)")
}

private let hour: TimeInterval = 3600

@Suite("Working hours")
struct ServiceLevelWorkingHoursTests {
    /// Hand-checked due dates with `WorkingHours.iranianOffice` (Saturday–Wednesday 08:00–16:00, Thursday
    /// 08:00–13:00, Friday closed), Tehran time. 2026-05-02 is a Saturday, and that week has no holidays.
    ///
    /// - Wednesday 15:00 + 4 h: 1 h to 16:00 Wednesday; 3 h from 08:00 Thursday → **Thursday 11:00**.
    /// - Thursday 12:30 + 4 h: 30 min to 13:00 Thursday; Friday closed; 3 h 30 from 08:00 Saturday →
    ///   **Saturday 11:30**.
    /// - Friday 20:00 + 1 h: Friday closed; 1 h from 08:00 Saturday → **Saturday 09:00**.
    /// - Tuesday 10:00 + 16 h (two working days): 6 h to 16:00 Tuesday; 8 h Wednesday (14 h); 2 h from 08:00
    ///   Thursday → **Thursday 10:00**. (Yes: 6 + 8 + 2 = 16.)
    /// - Wednesday 08:00 + 8 h: all of Wednesday, due at closing → **Wednesday 16:00**, not Thursday 08:00.
    /// - Wednesday 16:00 + 5 h: closed at 16:00 sharp; Thursday's 5 h → **Thursday 13:00**.
    /// - Thursday 13:00 + 1 s: closed until Saturday → **Saturday 08:00:01**.
    /// - Saturday 07:00 + 40 h (five working days): Saturday–Wednesday 8 h each → **Wednesday 16:00**.
    @Test(arguments: [
        ("2026-05-06 15:00", 4 * hour, "2026-05-07 11:00"),
        ("2026-05-07 12:30", 4 * hour, "2026-05-09 11:30"),
        ("2026-05-08 20:00", 1 * hour, "2026-05-09 09:00"),
        ("2026-05-05 10:00", 16 * hour, "2026-05-07 10:00"),
        ("2026-05-06 08:00", 8 * hour, "2026-05-06 16:00"),
        ("2026-05-06 16:00", 5 * hour, "2026-05-07 13:00"),
        ("2026-05-07 13:00", 1, "2026-05-09 08:00:01"),
        ("2026-05-02 07:00", 40 * hour, "2026-05-06 16:00"),
    ])
    func officeDueDates(_ start: String, _ seconds: TimeInterval, _ due: String) throws {
        let hours = WorkingHours.iranianOffice
        let opened = try tehranTime(start)
        let expected = try tehranTime(due)
        #expect(hours.dueDate(adding: seconds, to: opened) == expected)
        #expect(hours.workingTime(from: opened, to: expected) == seconds)
    }

    /// Nowruz 1405 begins on Saturday 2026-03-21. A case opened Thursday 2026-03-19 at 12:30 with 4 h:
    /// - without holidays, as above: 30 min Thursday, Friday closed, 3 h 30 Saturday → Saturday 11:30;
    /// - with 1405/01/01 a holiday: 30 min Thursday, Friday closed, Saturday closed, 3 h 30 from 08:00 Sunday →
    ///   **Sunday 2026-03-22 11:30**;
    /// - with the four days of Nowruz, 1405/01/01–04 (Saturday to Tuesday): → **Wednesday 2026-03-25 11:30**.
    @Test func nowruzClosesTheOffice() throws {
        let opened = try tehranTime("2026-03-19 12:30")
        let nowruz = try LocalDate(year: 1405, month: 1, day: 1, kind: .jalali)
        let office = WorkingHours.iranianOffice
        #expect(office.dueDate(adding: 4 * hour, to: opened) == (try tehranTime("2026-03-21 11:30")))

        let firstDay = office.with(holidays: [nowruz])
        #expect(firstDay.dueDate(adding: 4 * hour, to: opened) == (try tehranTime("2026-03-22 11:30")))
        #expect(firstDay.workingTime(from: opened, to: try tehranTime("2026-03-22 11:30")) == 4 * hour)
        #expect(!firstDay.isOpen(at: try tehranTime("2026-03-21 10:00")))
        #expect(firstDay.nextOpening(after: try tehranTime("2026-03-19 13:00")) == (try tehranTime("2026-03-22 08:00")))

        let fourDays = try office.with(holidays: Set((1...4).map { try LocalDate(year: 1405, month: 1, day: $0, kind: .jalali) }))
        #expect(fourDays.dueDate(adding: 4 * hour, to: opened) == (try tehranTime("2026-03-25 11:30")))
    }

    @Test func aHolidayIsTheSameDayInEitherCalendar() throws {
        let jalali = WorkingHours.iranianOffice.with(holidays: [try LocalDate(year: 1405, month: 1, day: 1, kind: .jalali)])
        let gregorian = WorkingHours.iranianOffice.with(holidays: [try LocalDate(year: 2026, month: 3, day: 21, kind: .gregorian)]
        )
        let opened = try tehranTime("2026-03-19 12:30")
        #expect(jalali.dueDate(adding: 4 * hour, to: opened) == gregorian.dueDate(adding: 4 * hour, to: opened))
        #expect(gregorian.isHoliday(try LocalDate(year: 1405, month: 1, day: 1, kind: .jalali)))
        #expect(jalali.isHoliday(try LocalDate(year: 2026, month: 3, day: 21, kind: .gregorian)))
        #expect(!jalali.isHoliday(try LocalDate(year: 2026, month: 3, day: 22, kind: .gregorian)))
    }

    /// A holiday is the whole day in the hours' time zone: 2026-03-21 in Tehran runs from 20:30 UTC on the 20th
    /// to 20:30 UTC on the 21st. Around the clock from 23:30 on the 20th to 00:30 on the 22nd (Tehran) is 25 h, of
    /// which the 24 h of the holiday do not count.
    @Test func holidaysAreWholeDaysInTheHoursTimeZone() throws {
        let hours = WorkingHours.allDay.with(holidays: [try LocalDate(year: 2026, month: 3, day: 21, kind: .gregorian)])
        let start = try tehranTime("2026-03-20 23:30")
        let end = try tehranTime("2026-03-22 00:30")
        #expect(hours.workingTime(from: start, to: end) == 1 * hour)
        #expect(hours.isOpen(at: try tehranTime("2026-03-20 23:59")))
        #expect(!hours.isOpen(at: try tehranTime("2026-03-21 00:00")))
        #expect(!hours.isOpen(at: try tehranTime("2026-03-21 23:59")))
        #expect(hours.isOpen(at: try tehranTime("2026-03-22 00:00")))
        // In UTC the same holiday is a different stretch of time: 00:00–24:00 UTC on the 21st.
        let utc = hours.with(timeZone: .gmt)
        #expect(utc.isOpen(at: try tehranTime("2026-03-21 03:00")))
        #expect(!utc.isOpen(at: try tehranTime("2026-03-21 04:00")))
    }

    @Test func openingsIncludeTheirStartAndExcludeTheirEnd() throws {
        let office = WorkingHours.iranianOffice
        #expect(office.isOpen(at: try tehranTime("2026-05-06 08:00")))
        #expect(!office.isOpen(at: try tehranTime("2026-05-06 08:00").addingTimeInterval(-1)))
        #expect(office.isOpen(at: try tehranTime("2026-05-06 15:59")))
        #expect(!office.isOpen(at: try tehranTime("2026-05-06 16:00")))
        #expect(office.isOpen(at: try tehranTime("2026-05-07 12:59")))
        #expect(!office.isOpen(at: try tehranTime("2026-05-07 13:00")))
        #expect(!office.isOpen(at: try tehranTime("2026-05-08 10:00")))
    }

    /// Openings are wall-clock times. In New York on Sunday 2026-03-08 clocks jump from 02:00 to 03:00: 08:00 is
    /// still 08:00 (12:00 UTC, not 13:00), and an opening 01:00–04:00 lasts 2 h that day. In São Paulo on
    /// 2018-11-04 they jumped from 00:00 to 01:00, so 00:00–02:00 that day is the hour from 01:00.
    @Test func openingsFollowTheWallClockWhenClocksChange() throws {
        func instant(_ text: String) throws -> Date { try #require(ISO8601DateFormatter().date(from: text)) }
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let office = try WorkingHours(openings: [.sunday: [.hours(1, 4), .hours(8, 16)]], timeZone: newYork)
        #expect(office.isOpen(at: try instant("2026-03-08T08:00:00-04:00")))
        #expect(!office.isOpen(at: try instant("2026-03-08T07:59:59-04:00")))
        #expect(
            office.workingTime(from: try instant("2026-03-08T00:00:00-05:00"), to: try instant("2026-03-09T00:00:00-04:00")) == 10
                * hour)
        #expect(
            office.dueDate(adding: 2 * hour, to: try instant("2026-03-08T00:00:00-05:00"))
                == (try instant("2026-03-08T04:00:00-04:00")))
        let saoPaulo = try #require(TimeZone(identifier: "America/Sao_Paulo"))
        let night = try WorkingHours(openings: [.sunday: [.hours(0, 2)]], timeZone: saoPaulo)
        #expect(night.nextOpening(after: try instant("2018-11-03T23:00:00-03:00")) == (try instant("2018-11-04T01:00:00-02:00")))
        #expect(
            night.workingTime(from: try instant("2018-11-03T23:00:00-03:00"), to: try instant("2018-11-05T00:00:00-02:00"))
                == hour)
    }

    @Test func nextOpening() throws {
        let office = WorkingHours.iranianOffice
        let open = try tehranTime("2026-05-06 10:15")
        #expect(office.nextOpening(after: open) == open)
        #expect(office.nextOpening(after: try tehranTime("2026-05-06 16:00")) == (try tehranTime("2026-05-07 08:00")))
        #expect(office.nextOpening(after: try tehranTime("2026-05-07 13:00")) == (try tehranTime("2026-05-09 08:00")))
        #expect(office.nextOpening(after: try tehranTime("2026-05-09 06:30")) == (try tehranTime("2026-05-09 08:00")))
    }

    @Test func hoursThatNeverOpenHaveNoDueDate() throws {
        let closed = try WorkingHours(openings: [:])
        let fridaysOnly = try WorkingHours(openings: [.friday: [.hours(9, 12)]])
        let start = try tehranTime("2026-05-06 10:00")
        #expect(!closed.hasOpenings)
        #expect(closed.dueDate(adding: hour, to: start) == nil)
        #expect(closed.nextOpening(after: start) == nil)
        #expect(closed.workingTime(from: start, to: start.addingTimeInterval(30 * 24 * hour)) == 0)
        #expect(!closed.isOpen(at: start))
        // Every Friday of three years and more a holiday: the search gives up instead of running forever.
        let start2026 = try LocalDate(year: 2026, month: 5, day: 8, kind: .gregorian).startOfDay()
        let fridays = Set(
            (0..<170).map { LocalDate(start2026.addingTimeInterval(Double($0) * 7 * 24 * hour + 12 * hour), kind: .gregorian) })
        #expect(fridaysOnly.with(holidays: fridays).dueDate(adding: hour, to: start) == nil)
        #expect(fridaysOnly.dueDate(adding: hour, to: start) == (try tehranTime("2026-05-08 10:00")))
    }

    @Test func noTimeIsDueAtOnce() throws {
        let friday = try tehranTime("2026-05-08 20:00")
        #expect(WorkingHours.iranianOffice.dueDate(adding: 0, to: friday) == friday)
        #expect(WorkingHours.iranianOffice.dueDate(adding: -hour, to: friday) == friday)
        #expect(WorkingHours.iranianOffice.dueDate(adding: .infinity, to: friday) == nil)
        #expect(WorkingHours.iranianOffice.workingTime(from: friday, to: friday.addingTimeInterval(-hour)) == 0)
    }

    @Test func theDefaultsAreValidHours() throws {
        let office = WorkingHours.iranianOffice
        #expect(try WorkingHours(openings: office.openings) == office)
        #expect(try WorkingHours(openings: WorkingHours.allDay.openings) == .allDay)
        #expect(office.openings(on: .saturday) == [.hours(8, 16)])
        #expect(office.openings(on: .wednesday) == [.hours(8, 16)])
        #expect(office.openings(on: .thursday) == [.hours(8, 13)])
        #expect(office.openings(on: .friday).isEmpty)
        #expect(office.timeZone == .tehran)
        #expect(WorkingHours.Weekday.allCases.first == .saturday)
        // A week of the office is 5 × 8 h + 5 h.
        #expect(office.workingTime(from: try tehranTime("2026-05-02 00:00"), to: try tehranTime("2026-05-09 00:00")) == 45 * hour)
    }

    @Test func closedDaysNeedNoKey() throws {
        #expect(
            try WorkingHours(openings: [.friday: [], .saturday: [.hours(8, 16)]])
                == (try WorkingHours(openings: [.saturday: [.hours(8, 16)]])))
    }

    @Test(arguments: [
        [WorkingHours.Weekday.saturday: [WorkingHours.Opening.hours(8, 12), .hours(12, 16)]],
        [.sunday: [.hours(0, 24)]],
        [.monday: [WorkingHours.Opening(start: 0, end: 1), WorkingHours.Opening(start: 1439, end: 1440)]],
        [:],
    ])
    func acceptedOpenings(_ openings: [WorkingHours.Weekday: [WorkingHours.Opening]]) throws {
        #expect(try WorkingHours(openings: openings).openings == openings.filter { !$0.value.isEmpty })
    }

    @Test(arguments: [
        (
            [WorkingHours.Weekday.saturday: [WorkingHours.Opening(start: -60, end: 480)]],
            WorkingHoursError.outsideDay(.saturday, WorkingHours.Opening(start: -60, end: 480))
        ),
        ([.saturday: [.hours(20, 25)]], .outsideDay(.saturday, .hours(20, 25))),
        ([.sunday: [.hours(16, 8)]], .endsBeforeStart(.sunday, .hours(16, 8))),
        ([.sunday: [.hours(8, 8)]], .endsBeforeStart(.sunday, .hours(8, 8))),
        ([.monday: [.hours(8, 12), .hours(11, 16)]], .overlapping(.monday, .hours(8, 12), .hours(11, 16))),
        ([.tuesday: [.hours(13, 16), .hours(8, 12)]], .outOfOrder(.tuesday, .hours(13, 16), .hours(8, 12))),
        ([.wednesday: [.hours(13, 16), .hours(8, 14)]], .overlapping(.wednesday, .hours(8, 14), .hours(13, 16))),
        (
            [.thursday: [.hours(8, 13)], .friday: [.hours(9, 12), .hours(9, 12)]],
            .overlapping(.friday, .hours(9, 12), .hours(9, 12))
        ),
    ])
    func refusedOpenings(_ openings: [WorkingHours.Weekday: [WorkingHours.Opening]], _ error: WorkingHoursError) {
        #expect(throws: error) { try WorkingHours(openings: openings) }
        #expect(error.message.isBilingual)
        #expect(error.description(in: .en).contains(error.weekday.name.text(in: .en)))
        #expect(error.description(in: .fa).contains(error.weekday.name.text(in: .fa)))
    }

    @Test func refusalsSayWhatToFix() {
        let overlap = WorkingHoursError.overlapping(.monday, .hours(8, 12), .hours(11, 16))
        #expect(
            overlap.description(in: .en)
                == "On Monday, the openings 08:00–12:00 and 11:00–16:00 overlap. Merge them into one, or start the second when the first ends."
        )
        #expect(overlap.description(in: .fa).contains("۰۸:۰۰–۱۲:۰۰"))
        #expect(overlap.description(in: .fa).contains("دوشنبه"))
        let order = WorkingHoursError.outOfOrder(.tuesday, .hours(13, 16), .hours(8, 12))
        #expect(order.description(in: .en).contains("List 08:00–12:00 before 13:00–16:00"))
        #expect(WorkingHoursError.outsideDay(.saturday, .hours(20, 25)).description(in: .en).contains("20:00–25:00"))
        #expect(WorkingHours.Opening(start: -60, end: 480).description == "-01:00–08:00")
        #expect(WorkingHours.Opening(start: 510, end: 1440).formatted(in: .fa) == "۰۸:۳۰–۲۴:۰۰")
    }
}
