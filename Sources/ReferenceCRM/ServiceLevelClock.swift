import Foundation
import Localization

/// One service-level clock of a case — first response or resolution — as a page shows it: when it is due, how
/// much of its target is used, how much is left, and whether it is running, at risk, breached or met.
///
/// Conventions:
/// - **Counted time** is working time of the case's `WorkingHours` for targets counted in working hours, every
///   second for targets counted around the clock; from the case's creation to the clock's completion, or to
///   `now` while it runs.
/// - **A pause** (the case waits on the customer) does not count: the time inside a pause is taken out of the
///   counted time, so the due date moves later by the counted time the pause covers. A pause on a Friday of
///   an office desk moves nothing; a pause from 10:00 to 12:00 on a Saturday moves the due date two working
///   hours. Overlapping pauses count once; a pause still going on is passed as ending at `now`, so the due date
///   shown is the one that holds if the customer answers now.
/// - **Due** is the earliest instant at which the counted time reaches the target: an amount that runs out at
///   closing time is due at closing time.
/// - **States**: `met` when completed by the due date; `breached` when completed after it, or not completed and
///   `now` is past it; `atRisk` when not completed, not past due, and at least `atRiskThreshold` (by default
///   80 %) of the target is used; `running` otherwise.
/// - `remaining` is the target minus the counted time, negative once more than the target is used. Outside
///   working hours a clock past due stops at zero remaining until the desk opens again, while its state is
///   already `breached`: read the state, not the sign.
public struct ServiceLevelClock: Sendable, Hashable {
    /// Where a clock stands.
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        case running, atRisk, breached, met

        public var name: LocalizedText {
            switch self {
            case .running: LocalizedText(fa: "در جریان", en: "Running")
            case .atRisk: LocalizedText(fa: "در خطر", en: "At risk")
            case .breached: LocalizedText(fa: "نقض‌شده", en: "Breached")
            case .met: LocalizedText(fa: "رعایت‌شده", en: "Met")
            }
        }
    }

    /// The share of a target used at which a running clock is at risk, unless told otherwise.
    public static let defaultAtRiskThreshold = 0.8

    public let metric: ServiceLevelMetric
    /// The target, in seconds of `time`.
    public let target: TimeInterval
    public let time: ServiceLevelTime
    /// When the target runs out; `nil` when it never does (working hours without any opening).
    public let dueDate: Date?
    /// When the case was answered (first response) or resolved (resolution); `nil` while the clock runs.
    public let completedAt: Date?
    /// The counted time used so far, or until completion.
    public let consumed: TimeInterval
    public let state: State

    /// The counted time left before the due date; negative once more than the target is used.
    public var remaining: TimeInterval { target - consumed }

    /// The share of the target used (1 is all of it), for a progress bar; may exceed 1.
    public var fractionConsumed: Double { target > 0 ? consumed / target : 1 }

    /// The clock of `metric` for a case created at `start`, completed at `completedAt` (if it is), with `pauses`,
    /// `target` seconds of `time` counted in `hours`, as it stands at `now`.
    public init(
        metric: ServiceLevelMetric, target: TimeInterval, time: ServiceLevelTime, start: Date, completedAt: Date?,
        pauses: [DateInterval] = [], hours: WorkingHours, now: Date,
        atRiskThreshold: Double = ServiceLevelClock.defaultAtRiskThreshold
    ) {
        let counted = PausedTime(hours: time == .workingHours ? hours : .allDay, pauses: pauses, from: start)
        self.metric = metric
        self.target = target
        self.time = time
        self.completedAt = completedAt
        dueDate = counted.dueDate(adding: target, to: start)
        consumed = counted.time(from: start, to: completedAt ?? now)
        state =
            if let completedAt {
                (dueDate.map { completedAt <= $0 } ?? true) ? .met : .breached
            } else if let dueDate, now > dueDate {
                .breached
            } else if consumed >= atRiskThreshold * target {
                .atRisk
            } else {
                .running
            }
    }
}

/// The service level of one case: its first-response and resolution clocks.
///
/// Both clocks start when the case is created and share its pauses. A resolution also answers the customer,
/// so a case resolved before anyone replied has its first response completed at the resolution.
public struct CaseServiceLevel: Sendable, Hashable {
    public let priority: CasePriority
    public let firstResponse: ServiceLevelClock
    public let resolution: ServiceLevelClock

    public init(
        createdAt: Date, priority: CasePriority, firstRespondedAt: Date?, resolvedAt: Date?,
        pauses: [DateInterval] = [], targets: ServiceLevelTargets, hours: WorkingHours, now: Date,
        atRiskThreshold: Double = ServiceLevelClock.defaultAtRiskThreshold
    ) {
        let target = targets[priority]
        let answeredAt = [firstRespondedAt, resolvedAt].compactMap { $0 }.min()
        func clock(_ metric: ServiceLevelMetric, completedAt: Date?) -> ServiceLevelClock {
            ServiceLevelClock(
                metric: metric, target: target.duration(of: metric), time: target.time, start: createdAt,
                completedAt: completedAt, pauses: pauses, hours: hours, now: now, atRiskThreshold: atRiskThreshold)
        }
        self.priority = priority
        firstResponse = clock(.firstResponse, completedAt: answeredAt)
        resolution = clock(.resolution, completedAt: resolvedAt)
    }

    /// The clock of `metric`.
    public func clock(_ metric: ServiceLevelMetric) -> ServiceLevelClock {
        switch metric {
        case .firstResponse: firstResponse
        case .resolution: resolution
        }
    }

    /// `true` when either clock is breached: the case's breach flag.
    public var isBreached: Bool { firstResponse.state == .breached || resolution.state == .breached }
}

/// Counted time with pauses taken out: `hours`' working time, except inside any pause.
private struct PausedTime {
    let hours: WorkingHours
    /// The pauses that end after `start`, merged where they overlap or touch, in order.
    let pauses: [DateInterval]

    init(hours: WorkingHours, pauses: [DateInterval], from start: Date) {
        self.hours = hours
        var merged: [DateInterval] = []
        for pause in pauses.sorted(by: { $0.start < $1.start }) where pause.end > start {
            if let last = merged.last, pause.start <= last.end {
                merged[merged.count - 1] = DateInterval(start: last.start, end: max(last.end, pause.end))
            } else {
                merged.append(pause)
            }
        }
        self.pauses = merged
    }

    func time(from start: Date, to end: Date) -> TimeInterval {
        pauses.reduce(hours.workingTime(from: start, to: end)) { total, pause in
            total - hours.workingTime(from: max(pause.start, start), to: min(pause.end, end))
        }
    }

    /// The earliest instant at which `seconds` of counted time have passed since `start`: the working hours'
    /// due date, moved past each pause it reaches with what the time before that pause left over.
    func dueDate(adding seconds: TimeInterval, to start: Date) -> Date? {
        var remaining = seconds
        var cursor = start
        for pause in pauses where pause.end > cursor {
            let pauseStart = max(pause.start, cursor)
            guard let due = hours.dueDate(adding: remaining, to: cursor) else { return nil }
            if due <= pauseStart { return due }
            remaining -= hours.workingTime(from: cursor, to: pauseStart)
            cursor = pause.end
        }
        return hours.dueDate(adding: remaining, to: cursor)
    }
}
