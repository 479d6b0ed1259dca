import Localization

extension DurationRange {
    /// The duration as people say it: "1–3 hours", "45 minutes", «۱ تا ۳ ساعت».
    public func text(in language: Language) -> String {
        func unit(_ minutes: Int) -> (size: Int, en: String, fa: String) {
            if minutes % 10080 == 0, minutes > 0 { return (10080, "weeks", "هفته") }
            if minutes % 1440 == 0, minutes > 0 { return (1440, "days", "روز") }
            if minutes % 60 == 0, minutes > 0 { return (60, "hours", "ساعت") }
            return (1, "minutes", "دقیقه")
        }
        let low = unit(minimumMinutes)
        let high = unit(maximumMinutes)
        // One unit for both ends: the larger one that divides both.
        let shared = [low, high].min { $0.size < $1.size } ?? low
        let a = PersianDigits.digits(String(minimumMinutes / shared.size), for: language)
        let b = PersianDigits.digits(String(maximumMinutes / shared.size), for: language)
        switch language {
        case .en:
            let name =
                minimumMinutes == maximumMinutes && minimumMinutes == shared.size ? String(shared.en.dropLast()) : shared.en
            return minimumMinutes == maximumMinutes ? "\(a) \(name)" : "\(a)–\(b) \(shared.en)"
        case .fa:
            return minimumMinutes == maximumMinutes ? "\(a) \(shared.fa)" : "\(a) تا \(b) \(shared.fa)"
        }
    }
}
