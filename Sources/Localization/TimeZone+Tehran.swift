import Foundation

extension TimeZone {
    /// Iran's time zone, where crmkit's users' days begin and end.
    ///
    /// Falls back to the fixed UTC+03:30 offset (Iran's standard time, and all-year time since 2022) if the
    /// system has no `Asia/Tehran` zone data, and to UTC if it cannot even make that.
    public static var tehran: TimeZone {
        TimeZone(identifier: "Asia/Tehran") ?? TimeZone(secondsFromGMT: 12_600) ?? .gmt
    }
}
