import Foundation
import Localization

/// Why a set of service-level targets cannot be used; each message names the priority and what to change.
public enum ServiceLevelTargetsError: BilingualError, Equatable {
    /// A target of zero, a negative or a non-finite duration (seconds).
    case notPositive(CasePriority, ServiceLevelMetric, TimeInterval)
    /// The first response is due later than the resolution (first response, resolution, in seconds).
    case firstResponseAfterResolution(CasePriority, TimeInterval, TimeInterval)

    public var message: LocalizedText {
        switch self {
        case .notPositive(let priority, let metric, _):
            LocalizedText(
                fa:
                    "هدف «\(metric.name.text(in: .fa))» برای اولویت «\(priority.name.text(in: .fa))» باید مدتی بیش از صفر باشد، مثلاً ۴ ساعت.",
                en:
                    "The \(metric.name.text(in: .en).lowercased()) target of \(priority.name.text(in: .en).lowercased()) cases must be a duration above zero, e.g. 4 hours."
            )
        case .firstResponseAfterResolution(let priority, let firstResponse, let resolution):
            LocalizedText(
                fa:
                    "برای اولویت «\(priority.name.text(in: .fa))» هدف اولین پاسخ (\(Self.duration(firstResponse, in: .fa))) از هدف حل (\(Self.duration(resolution, in: .fa))) بیشتر است. اولین پاسخ را کوتاه‌تر یا حل را بلندتر کنید.",
                en:
                    "For \(priority.name.text(in: .en).lowercased()) cases the first-response target (\(Self.duration(firstResponse, in: .en))) is longer than the resolution target (\(Self.duration(resolution, in: .en))). Shorten the first response or lengthen the resolution."
            )
        }
    }

    /// `4 h`, `1 h 30 min`, `45 min` (`۴ ساعت`, `۱ ساعت و ۳۰ دقیقه`), rounded to the minute.
    static func duration(_ seconds: TimeInterval, in language: Language) -> String {
        let minutes = Int((seconds / 60).rounded())
        let hours = minutes / 60
        let rest = minutes % 60
        let text: String
        switch (hours, rest, language) {
        case (0, _, .fa): text = "\(rest) دقیقه"
        case (_, 0, .fa): text = "\(hours) ساعت"
        case (_, _, .fa): text = "\(hours) ساعت و \(rest) دقیقه"
        case (0, _, .en): text = "\(rest) min"
        case (_, 0, .en): text = "\(hours) h"
        case (_, _, .en): text = "\(hours) h \(rest) min"
        }
        return PersianDigits.digits(text, for: language)
    }
}
