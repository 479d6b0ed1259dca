import Foundation

/// Why a date could not be read or built. Each message shows a date that would have worked.
public enum DateInputError: BilingualError, Equatable {
    /// The text was empty or only spaces.
    case empty
    /// The text is not year, month and day separated by `/` or `-`.
    case malformed(String, CalendarKind)
    /// The year belongs to the other calendar (a Jalali date typed as 2024, a Gregorian one as 1403).
    case implausibleYear(Int, CalendarKind)
    /// The year cannot be written with four digits.
    case yearOutOfRange(Int, CalendarKind)
    /// There is no such month (the calendars here have months 1 to 12).
    case monthOutOfRange(Int, CalendarKind)
    /// The month has fewer days, e.g. 1403/12/31 or Esfand 30 in a common year such as 1402/12/30.
    case dayOutOfRange(year: Int, month: Int, day: Int, daysInMonth: Int, CalendarKind)

    public var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(
                fa: "تاریخ خالی است. تاریخ را به صورت سال/ماه/روز بنویسید، مثلاً ۱۴۰۳/۰۵/۱۵.",
                en: "The date is empty. Write it as year/month/day, e.g. 1403/05/15 (Jalali) or 2024-08-05 (Gregorian)."
            )
        case .malformed(let text, let kind):
            LocalizedText(
                fa:
                    "«\(text)» تاریخ \(kind.name.text(in: .fa)) خوانا نیست. سال چهاررقمی، ماه و روز را به ترتیب با / یا - جدا کنید، مثلاً \(kind.example(in: .fa)).",
                en:
                    "\"\(text)\" is not a \(kind.name.text(in: .en)) date. Write a four-digit year, the month and the day, separated by / or -, e.g. \(kind.example(in: .en))."
            )
        case .implausibleYear(let year, let kind):
            LocalizedText(
                fa:
                    "سال \(PersianDigits.toPersian(String(year))) برای تاریخ \(kind.name.text(in: .fa)) نادرست به نظر می‌رسد؛ شاید تاریخ \(kind.other.name.text(in: .fa)) نوشته شده است. تاریخ \(kind.name.text(in: .fa)) بنویسید، مثلاً \(kind.example(in: .fa)).",
                en:
                    "The year \(year) does not look like a \(kind.name.text(in: .en)) year; is this a \(kind.other.name.text(in: .en)) date? Write the \(kind.name.text(in: .en)) date, e.g. \(kind.example(in: .en))."
            )
        case .yearOutOfRange(let year, let kind):
            LocalizedText(
                fa:
                    "سال \(PersianDigits.toPersian(String(year))) پذیرفته نیست؛ سال باید بین ۱ و ۹۹۹۹ باشد، مثلاً \(kind.example(in: .fa)).",
                en: "The year \(year) is out of range; years run from 1 to 9999, e.g. \(kind.example(in: .en))."
            )
        case .monthOutOfRange(let month, let kind):
            LocalizedText(
                fa:
                    "ماه \(PersianDigits.toPersian(String(month))) وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ هستند، مثلاً \(kind.example(in: .fa)).",
                en: "There is no month \(month); months run from 1 to 12, e.g. \(kind.example(in: .en))."
            )
        case .dayOutOfRange(let year, let month, let day, let daysInMonth, let kind):
            LocalizedText(
                fa:
                    "\(kind.monthName(month, in: .fa) ?? PersianDigits.toPersian(String(month))) \(PersianDigits.toPersian(String(year))) فقط \(PersianDigits.toPersian(String(daysInMonth))) روز دارد و روز \(PersianDigits.toPersian(String(day))) ندارد.",
                en:
                    "\(kind.monthName(month, in: .en) ?? String(month)) \(year) has only \(daysInMonth) days; there is no day \(day)."
            )
        }
    }
}
