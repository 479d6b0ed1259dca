import Foundation
import Localization

/// Why a weekday's openings cannot be working hours; each message names the weekday and what to change.
public enum WorkingHoursError: BilingualError, Equatable {
    /// The opening starts before 00:00 or ends after 24:00.
    case outsideDay(WorkingHours.Weekday, WorkingHours.Opening)
    /// The opening ends at or before its start.
    case endsBeforeStart(WorkingHours.Weekday, WorkingHours.Opening)
    /// Two openings of the same day share some minutes.
    case overlapping(WorkingHours.Weekday, WorkingHours.Opening, WorkingHours.Opening)
    /// An opening is listed after one that starts later.
    case outOfOrder(WorkingHours.Weekday, WorkingHours.Opening, WorkingHours.Opening)

    public var message: LocalizedText {
        let persianDay = weekday.name.text(in: .fa)
        let englishDay = weekday.name.text(in: .en)
        func fa(_ opening: WorkingHours.Opening) -> String { opening.formatted(in: .fa) }
        switch self {
        case .outsideDay(_, let opening):
            return LocalizedText(
                fa:
                    "ساعت کاری \(persianDay) (\(fa(opening))) بیرون از شبانه‌روز است. ساعت‌ها باید بین ۰۰:۰۰ و ۲۴:۰۰ باشند، مثلاً ۰۸:۰۰–۱۶:۰۰.",
                en: "The \(englishDay) opening \(opening) lies outside the day. Times run from 00:00 to 24:00, e.g. 08:00–16:00.")
        case .endsBeforeStart(_, let opening):
            return LocalizedText(
                fa:
                    "ساعت کاری \(persianDay) (\(fa(opening))) پیش از آغازش یا همان لحظه پایان می‌یابد. ساعت آغاز را پیش از پایان بنویسید، مثلاً ۰۸:۰۰–۱۶:۰۰؛ برای کار پس از نیمه‌شب آن را دو بخش کنید: ۲۰:۰۰–۲۴:۰۰ و ۰۰:۰۰–۰۲:۰۰ روز بعد.",
                en:
                    "The \(englishDay) opening \(opening) ends at or before its start. Write the start first, e.g. 08:00–16:00; for work past midnight, split it into 20:00–24:00 and 00:00–02:00 of the next day."
            )
        case .overlapping(_, let first, let second):
            return LocalizedText(
                fa:
                    "ساعت‌های کاری \(persianDay)، \(fa(first)) و \(fa(second))، روی هم می‌افتند. آن‌ها را یکی کنید یا دومی را از پایان اولی آغاز کنید.",
                en:
                    "On \(englishDay), the openings \(first) and \(second) overlap. Merge them into one, or start the second when the first ends."
            )
        case .outOfOrder(_, let first, let second):
            return LocalizedText(
                fa:
                    "ساعت‌های کاری \(persianDay) به ترتیب زمان نیستند: \(fa(second)) پس از \(fa(first)) آمده است. \(fa(second)) را پیش از \(fa(first)) بنویسید.",
                en:
                    "The \(englishDay) openings are not in order of time: \(second) comes after \(first). List \(second) before \(first)."
            )
        }
    }

    /// The weekday whose openings are wrong.
    public var weekday: WorkingHours.Weekday {
        switch self {
        case .outsideDay(let day, _), .endsBeforeStart(let day, _), .overlapping(let day, _, _), .outOfOrder(let day, _, _):
            day
        }
    }
}
