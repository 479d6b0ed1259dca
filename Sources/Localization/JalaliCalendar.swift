import Foundation

/// The Iranian solar (Jalali, Shamsi) calendar, as Foundation's `Calendar(identifier: .persian)` computes it.
///
/// A front door for the common cases; `CalendarKind.jalali` and `LocalDate` do the work.
public enum JalaliCalendar {
    /// Foundation's Persian calendar, computing days in `timeZone`.
    public static func calendar(in timeZone: TimeZone = .tehran) -> Calendar {
        CalendarKind.jalali.calendar(in: timeZone)
    }

    /// The Jalali day `date` falls on in `timeZone`: `1403/05/15` / `۱۴۰۳/۰۵/۱۵`, or in the long style
    /// `15 Mordad 1403` / `۱۵ مرداد ۱۴۰۳`.
    public static func format(
        _ date: Date, style: DateTextStyle = .numeric, in language: Language, timeZone: TimeZone = .tehran
    ) -> String {
        LocalDate(date, kind: .jalali, timeZone: timeZone).formatted(style, in: language)
    }

    /// The start, in `timeZone`, of the Jalali day `text` names: `1403/05/15`, `۱۴۰۳/۰۵/۱۵`, `1403-05-15`.
    public static func parse(_ text: String, timeZone: TimeZone = .tehran) throws(DateInputError) -> Date {
        try CalendarKind.jalali.parse(text, timeZone: timeZone)
    }

    /// The Jalali month's name: Farvardin … Esfand, فروردین … اسفند.
    public static func monthName(_ month: Int, in language: Language) -> String? {
        CalendarKind.jalali.monthName(month, in: language)
    }

    /// `true` when Esfand of `year` has 30 days, as Foundation's calendar says (1403 does, 1402 does not).
    public static func isLeapYear(_ year: Int) -> Bool {
        CalendarKind.jalali.numberOfDays(inMonth: 12, year: year) == 30
    }
}
