import Foundation
import PropertyBased
import Testing

@testable import Localization

/// The Gregorian day `date` falls on in Tehran, as `yyyy-MM-dd`, computed without the code under test.
private func tehranISODay(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .tehran
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return [parts.year ?? 0, parts.month ?? 0, parts.day ?? 0]
        .map { String($0) }
        .enumerated()
        .map { index, text in String(repeating: "0", count: max(0, (index == 0 ? 4 : 2) - text.count)) + text }
        .joined(separator: "-")
}

@Suite struct JalaliAnchorTests {
    /// Nowruz, 1 Farvardin, by the Gregorian date it fell or falls on in Iran.
    @Test(arguments: [
        (1398, "2019-03-21"), (1399, "2020-03-20"), (1400, "2021-03-21"), (1401, "2022-03-21"),
        (1402, "2023-03-21"), (1403, "2024-03-20"), (1404, "2025-03-21"), (1405, "2026-03-21"),
    ])
    func nowruz(_ year: Int, _ gregorian: String) throws {
        let nowruz = try LocalDate(year: year, month: 1, day: 1, kind: .jalali)
        #expect(nowruz.converted(to: .gregorian).description == gregorian)
        #expect(try LocalDate.parse(gregorian, as: .gregorian).converted(to: .jalali) == nowruz)
        #expect(tehranISODay(try JalaliCalendar.parse("\(year)/01/01")) == gregorian)
    }

    @Test func parsedDayStartsAtTehranMidnight() throws {
        let nowruz = try JalaliCalendar.parse("1403/01/01")
        // 2024-03-20 00:00 at UTC+03:30 is 2024-03-19 20:30 UTC.
        #expect(nowruz == Date(timeIntervalSince1970: 1_710_880_200))
        #expect(try JalaliCalendar.parse("1403/01/01", timeZone: .gmt) == Date(timeIntervalSince1970: 1_710_892_800))
    }

    @Test func midsummerDay() throws {
        let date = try CalendarKind.gregorian.parse("2024-08-05")
        #expect(JalaliCalendar.format(date, in: .en) == "1403/05/15")
        #expect(JalaliCalendar.format(date, in: .fa) == "۱۴۰۳/۰۵/۱۵")
        #expect(JalaliCalendar.format(date, style: .long, in: .en) == "15 Mordad 1403")
        #expect(JalaliCalendar.format(date, style: .long, in: .fa) == "۱۵ مرداد ۱۴۰۳")
        #expect(CalendarKind.gregorian.format(date, in: .en) == "2024-08-05")
        #expect(CalendarKind.gregorian.format(date, in: .fa) == "۲۰۲۴-۰۸-۰۵")
        #expect(LocalDate(date, kind: .gregorian).formatted(.long, in: .en) == "5 August 2024")
        #expect(LocalDate(date, kind: .gregorian).formatted(.long, in: .fa) == "۵ اوت ۲۰۲۴")
    }

    @Test func theDayDependsOnTheTimeZone() {
        // 21:00 UTC on 2024-03-19 is already 00:30 on Nowruz 1403 in Tehran.
        let instant = Date(timeIntervalSince1970: 1_710_882_000)
        #expect(JalaliCalendar.format(instant, in: .en) == "1403/01/01")
        #expect(JalaliCalendar.format(instant, in: .en, timeZone: .gmt) == "1402/12/29")
    }

    @Test func leapYears() throws {
        #expect(JalaliCalendar.isLeapYear(1403))
        #expect(!JalaliCalendar.isLeapYear(1402))
        #expect(!JalaliCalendar.isLeapYear(1404))
        #expect(JalaliCalendar.isLeapYear(1399))
        let esfand30 = try LocalDate(year: 1403, month: 12, day: 30, kind: .jalali)
        #expect(esfand30.converted(to: .gregorian).description == "2025-03-20")
        #expect(CalendarKind.jalali.numberOfDays(inMonth: 12, year: 1403) == 30)
        #expect(CalendarKind.jalali.numberOfDays(inMonth: 12, year: 1402) == 29)
        #expect(CalendarKind.gregorian.numberOfDays(inMonth: 2, year: 2024) == 29)
        #expect(CalendarKind.gregorian.numberOfDays(inMonth: 13, year: 2024) == nil)
    }

    @Test(arguments: 1300...1500)
    func monthLengths(_ year: Int) {
        let lengths = (1...12).map { CalendarKind.jalali.numberOfDays(inMonth: $0, year: year) }
        #expect(lengths.prefix(6).allSatisfy { $0 == 31 })
        #expect(lengths.dropFirst(6).prefix(5).allSatisfy { $0 == 30 })
        #expect(lengths.last == (JalaliCalendar.isLeapYear(year) ? 30 : 29))
    }

    @Test func eightLeapYearsInEveryThirtyThreeYears() {
        for start in stride(from: 1300, through: 1467, by: 1) {
            #expect((start..<start + 33).filter(JalaliCalendar.isLeapYear).count == 8, "from \(start)")
        }
    }

    @Test func monthNames() {
        #expect(JalaliCalendar.monthName(1, in: .fa) == "فروردین")
        #expect(JalaliCalendar.monthName(12, in: .fa) == "اسفند")
        #expect(JalaliCalendar.monthName(1, in: .en) == "Farvardin")
        #expect(JalaliCalendar.monthName(12, in: .en) == "Esfand")
        #expect(JalaliCalendar.monthName(13, in: .en) == nil)
        #expect(JalaliCalendar.monthName(0, in: .fa) == nil)
    }
}

@Suite struct JalaliParsingTests {
    @Test(arguments: [
        "1403/05/15", "۱۴۰۳/۰۵/۱۵", "١٤٠٣/٠٥/١٥", "1403-05-15", "1403/5/15", " 1403/05/15 ", "\u{200F}۱۴۰۳/۰۵/۱۵",
    ])
    func acceptedSpellings(_ text: String) throws {
        let date = try LocalDate.parse(text, as: .jalali)
        #expect((date.year, date.month, date.day) == (1403, 5, 15))
        #expect(date.converted(to: .gregorian).description == "2024-08-05")
    }

    @Test(arguments: [
        ("1403/13/01", DateInputError.monthOutOfRange(13, .jalali)),
        ("1403/00/10", .monthOutOfRange(0, .jalali)),
        ("1402/12/30", .dayOutOfRange(year: 1402, month: 12, day: 30, daysInMonth: 29, .jalali)),
        ("1403/12/31", .dayOutOfRange(year: 1403, month: 12, day: 31, daysInMonth: 30, .jalali)),
        ("1403/07/31", .dayOutOfRange(year: 1403, month: 7, day: 31, daysInMonth: 30, .jalali)),
        ("1403/01/00", .dayOutOfRange(year: 1403, month: 1, day: 0, daysInMonth: 31, .jalali)),
        ("2024/08/05", .implausibleYear(2024, .jalali)),
        ("", .empty),
        ("15/05/1403", .malformed("15/05/1403", .jalali)),
        ("1403/05-15", .malformed("1403/05-15", .jalali)),
        ("1403/05", .malformed("1403/05", .jalali)),
        ("03/05/15", .malformed("03/05/15", .jalali)),
        ("1403/005/15", .malformed("1403/005/15", .jalali)),
        ("yesterday", .malformed("yesterday", .jalali)),
        ("1403/5/15/1", .malformed("1403/5/15/1", .jalali)),
    ])
    func rejected(_ text: String, _ error: DateInputError) {
        #expect(throws: error) { try JalaliCalendar.parse(text) }
    }

    @Test(arguments: [
        ("2023-02-29", DateInputError.dayOutOfRange(year: 2023, month: 2, day: 29, daysInMonth: 28, .gregorian)),
        ("2024-13-01", .monthOutOfRange(13, .gregorian)),
        ("1403-05-15", .implausibleYear(1403, .gregorian)),
        ("5 Aug 2024", .malformed("5 Aug 2024", .gregorian)),
    ])
    func rejectedGregorian(_ text: String, _ error: DateInputError) {
        #expect(throws: error) { try CalendarKind.gregorian.parse(text) }
    }

    @Test func leapDayOfAGregorianLeapYear() throws {
        #expect(try LocalDate.parse("2024-02-29", as: .gregorian).converted(to: .jalali).description == "1402/12/10")
    }

    @Test func errorsSayWhatWasWrongInBothLanguages() {
        let error = DateInputError.dayOutOfRange(year: 1402, month: 12, day: 30, daysInMonth: 29, .jalali)
        #expect(error.localizedDescription == "Esfand 1402 has only 29 days; there is no day 30.")
        #expect(error.description(in: .fa) == "اسفند ۱۴۰۲ فقط ۲۹ روز دارد و روز ۳۰ ندارد.")
        let wrong = DateInputError.implausibleYear(2024, .jalali)
        #expect(wrong.description(in: .en).contains("Gregorian"))
        #expect(wrong.description(in: .en).contains("1403/05/15"))
        #expect(DateInputError.malformed("x", .gregorian).description(in: .fa).contains("۲۰۲۴-۰۸-۰۵"))
        let all: [DateInputError] = [
            .empty, .malformed("x", .jalali), .implausibleYear(1, .gregorian), .yearOutOfRange(0, .jalali),
            .monthOutOfRange(13, .jalali), error,
        ]
        #expect(all.allSatisfy { $0.message.isBilingual })
    }

    @Test func programmaticDatesAreValidatedToo() {
        #expect(throws: DateInputError.yearOutOfRange(0, .jalali)) {
            try LocalDate(year: 0, month: 1, day: 1, kind: .jalali)
        }
        #expect(throws: DateInputError.monthOutOfRange(14, .gregorian)) {
            try LocalDate(year: 2024, month: 14, day: 1, kind: .gregorian)
        }
    }

    @Test func codableValidates() throws {
        let date = try LocalDate(year: 1403, month: 12, day: 30, kind: .jalali)
        let data = try JSONEncoder().encode(date)
        #expect(try JSONDecoder().decode(LocalDate.self, from: data) == date)
        let invalid = Data(#"{"kind":"jalali","year":1402,"month":12,"day":30}"#.utf8)
        #expect(throws: DateInputError.self) { try JSONDecoder().decode(LocalDate.self, from: invalid) }
    }
}

@Suite struct JalaliRoundTripTests {
    @Test func formatThenParseGivesTheSameDay() async {
        await propertyCheck(count: 500, input: Gen.dateTime(inYear: 1900...2100), Gen<Language>.case) {
            date, language throws in
            let tehran = JalaliCalendar.calendar(in: .tehran)
            for kind in CalendarKind.allCases {
                let text = kind.format(date, in: language)
                #expect(try kind.parse(text) == tehran.startOfDay(for: date), "\(text)")
            }
            let long = JalaliCalendar.format(date, style: .long, in: language)
            #expect(long.contains(JalaliCalendar.monthName(tehran.component(.month, from: date), in: language) ?? "?"))
        }
    }

    @Test func convertingBetweenCalendarsRoundTrips() async {
        await propertyCheck(count: 500, input: Gen.date(inYear: 1900...2100)) { date throws in
            let jalali = LocalDate(date, kind: .jalali, timeZone: .gmt)
            let gregorian = jalali.converted(to: .gregorian)
            #expect(gregorian.converted(to: .jalali) == jalali)
            #expect(gregorian == LocalDate(date, kind: .gregorian, timeZone: .gmt))
            #expect(
                ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate])
                    == gregorian.description)
            #expect(jalali.startOfDay(in: .gmt) == date)
        }
    }

    @Test func validDaysAreExactlyThoseTheCalendarHas() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1300...1500), Gen.int(in: 1...12), Gen.int(in: 1...31)) {
            year, month, day throws in
            let days = CalendarKind.jalali.numberOfDays(inMonth: month, year: year) ?? 0
            let built = Result { () throws(DateInputError) in
                try LocalDate(year: year, month: month, day: day, kind: .jalali)
            }
            if day <= days {
                let date = try built.get()
                #expect(try LocalDate.parse(date.formatted(in: .fa), as: .jalali) == date)
                #expect(try LocalDate.parse(date.formatted(in: .en), as: .jalali) == date)
            } else {
                #expect(
                    throws: DateInputError.dayOutOfRange(year: year, month: month, day: day, daysInMonth: days, .jalali)
                ) {
                    try built.get()
                }
            }
        }
    }

    @Test func consecutiveDaysAreConsecutive() async {
        await propertyCheck(count: 300, input: Gen.date(inYear: 1950...2100)) { date throws in
            let today = LocalDate(date, kind: .jalali, timeZone: .gmt)
            let tomorrow = LocalDate(date.addingTimeInterval(86_400), kind: .jalali, timeZone: .gmt)
            let lastOfMonth = today.day == CalendarKind.jalali.numberOfDays(inMonth: today.month, year: today.year)
            if lastOfMonth {
                #expect(tomorrow.day == 1)
                #expect(tomorrow.month == today.month % 12 + 1)
            } else {
                #expect((tomorrow.year, tomorrow.month, tomorrow.day) == (today.year, today.month, today.day + 1))
            }
        }
    }
}
