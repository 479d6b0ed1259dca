import Foundation
import Localization

/// How urgent a case is; its priority chooses the case's service-level targets.
public enum CasePriority: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case low, normal, high, urgent

    /// The priority's name: Urgent / فوری.
    public var name: LocalizedText {
        switch self {
        case .low: LocalizedText(fa: "کم", en: "Low")
        case .normal: LocalizedText(fa: "عادی", en: "Normal")
        case .high: LocalizedText(fa: "بالا", en: "High")
        case .urgent: LocalizedText(fa: "فوری", en: "Urgent")
        }
    }

    /// Less urgent first: low < normal < high < urgent.
    public static func < (lhs: CasePriority, rhs: CasePriority) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The two things a service level promises about a case: a first answer, then a resolution.
public enum ServiceLevelMetric: String, Sendable, Hashable, CaseIterable, Codable {
    /// From the case's creation to the first reply to the customer (or the resolution, if that comes first).
    case firstResponse
    /// From the case's creation to its resolution.
    case resolution

    public var name: LocalizedText {
        switch self {
        case .firstResponse: LocalizedText(fa: "اولین پاسخ", en: "First response")
        case .resolution: LocalizedText(fa: "حل", en: "Resolution")
        }
    }
}

/// Which time a service-level target counts.
public enum ServiceLevelTime: String, Sendable, Hashable, CaseIterable, Codable {
    /// Only working time (`WorkingHours`): nights, closed weekdays and holidays do not count.
    case workingHours
    /// Every second: nights, weekends and holidays count as much as office hours.
    case aroundTheClock

    public var name: LocalizedText {
        switch self {
        case .workingHours: LocalizedText(fa: "ساعت کاری", en: "Working hours")
        case .aroundTheClock: LocalizedText(fa: "شبانه‌روزی", en: "Around the clock")
        }
    }
}

/// What one case priority promises: how long until the first response and until the resolution, in seconds
/// of `time` (working time or elapsed time).
public struct ServiceLevelTarget: Sendable, Hashable, Codable {
    public var firstResponse: TimeInterval
    public var resolution: TimeInterval
    public var time: ServiceLevelTime

    public init(firstResponse: TimeInterval, resolution: TimeInterval, time: ServiceLevelTime) {
        self.firstResponse = firstResponse
        self.resolution = resolution
        self.time = time
    }

    /// The target for `metric`, in seconds of `time`.
    public func duration(of metric: ServiceLevelMetric) -> TimeInterval {
        switch metric {
        case .firstResponse: firstResponse
        case .resolution: resolution
        }
    }
}

/// The service-level targets of every case priority.
public struct ServiceLevelTargets: Sendable, Hashable {
    /// An hour, in seconds.
    public static let hour: TimeInterval = 3600
    /// A working day as targets count it: 8 working hours, one Saturday-to-Wednesday day of
    /// `WorkingHours.iranianOffice`. "Two working days" is 16 working hours whatever days they fall on.
    public static let workingDay: TimeInterval = 8 * hour

    public let urgent: ServiceLevelTarget
    public let high: ServiceLevelTarget
    public let normal: ServiceLevelTarget
    public let low: ServiceLevelTarget

    /// Targets for each priority. Every duration must be positive, and a priority's first response may not be
    /// due after its resolution (a resolution is also an answer, so that first-response target could never bite).
    public init(
        urgent: ServiceLevelTarget, high: ServiceLevelTarget, normal: ServiceLevelTarget, low: ServiceLevelTarget
    ) throws(ServiceLevelTargetsError) {
        for (priority, target) in [(CasePriority.urgent, urgent), (.high, high), (.normal, normal), (.low, low)] {
            for metric in ServiceLevelMetric.allCases {
                let duration = target.duration(of: metric)
                guard duration.isFinite, duration > 0 else { throw .notPositive(priority, metric, duration) }
            }
            guard target.firstResponse <= target.resolution else {
                throw .firstResponseAfterResolution(priority, target.firstResponse, target.resolution)
            }
        }
        self.init(checked: urgent, high, normal, low)
    }

    private init(
        checked urgent: ServiceLevelTarget, _ high: ServiceLevelTarget, _ normal: ServiceLevelTarget, _ low: ServiceLevelTarget
    ) {
        self.urgent = urgent
        self.high = high
        self.normal = normal
        self.low = low
    }

    /// The targets of `priority`.
    public subscript(priority: CasePriority) -> ServiceLevelTarget {
        switch priority {
        case .urgent: urgent
        case .high: high
        case .normal: normal
        case .low: low
        }
    }

    /// The targets of a new deployment, which a team tunes to what it can keep:
    ///
    /// | priority | first response | resolution | counted in |
    /// |---|---|---|---|
    /// | urgent | 1 h | 8 h | around the clock |
    /// | high | 4 h | 2 working days (16 h) | working hours |
    /// | normal | 8 h (1 working day) | 5 working days (40 h) | working hours |
    /// | low | 2 working days (16 h) | 10 working days (80 h) | working hours |
    ///
    /// Why: an urgent case is one that cannot wait for the next morning (a customer's service is down), so its
    /// clock runs at night and on Fridays too and it is resolved within a shift; a team without anyone on call
    /// should count it in working hours instead. A high case is answered the same working day and fixed within
    /// two; a normal one is answered by the next working day and fixed within a working week; a low one (a
    /// question, a wish) can wait two days for an answer and two weeks for the change. Each step down doubles the
    /// first-response time, and resolution stays four to eight times the first response, so a case is answered
    /// long before its resolution is at risk.
    public static let standard = ServiceLevelTargets(
        checked: ServiceLevelTarget(firstResponse: hour, resolution: 8 * hour, time: .aroundTheClock),
        ServiceLevelTarget(firstResponse: 4 * hour, resolution: 2 * workingDay, time: .workingHours),
        ServiceLevelTarget(firstResponse: workingDay, resolution: 5 * workingDay, time: .workingHours),
        ServiceLevelTarget(firstResponse: 2 * workingDay, resolution: 10 * workingDay, time: .workingHours))
}
