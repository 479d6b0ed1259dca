import Foundation
import Localization
import PropertyBased
import ReferenceCRM
import Testing

private let hour: TimeInterval = 3600

/// A case of `priority` opened at `created` (Tehran wall clock) in `WorkingHours.iranianOffice` with the standard
/// targets, seen at `now`.
private func serviceLevel(
    _ priority: CasePriority, created: String, firstResponse: String? = nil, resolved: String? = nil,
    pauses: [(String, String)] = [], now: String, threshold: Double = ServiceLevelClock.defaultAtRiskThreshold
) throws -> CaseServiceLevel {
    try CaseServiceLevel(
        createdAt: tehranTime(created), priority: priority, firstRespondedAt: firstResponse.map(tehranTime),
        resolvedAt: resolved.map(tehranTime),
        pauses: pauses.map { try DateInterval(start: tehranTime($0.0), end: tehranTime($0.1)) },
        targets: .standard, hours: .iranianOffice, now: tehranTime(now), atRiskThreshold: threshold)
}

/// A high-priority case (4 h to first response, 16 h to resolution, in working hours) opened Saturday 2026-05-02
/// at 09:00 in the Iranian office:
/// - first response due Saturday 13:00 (09:00 + 4 h);
/// - resolution due Monday 09:00: 7 h Saturday (09:00–16:00), 8 h Sunday (15 h), 1 h Monday from 08:00.
@Suite("Service-level clocks")
struct ServiceLevelClockTests {
    @Test func dueDates() throws {
        let level = try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 09:00")
        #expect(level.firstResponse.dueDate == (try tehranTime("2026-05-02 13:00")))
        #expect(level.resolution.dueDate == (try tehranTime("2026-05-04 09:00")))
        #expect(level.firstResponse.target == 4 * hour)
        #expect(level.resolution.target == 16 * hour)
        #expect(level.firstResponse.time == .workingHours)
        #expect(level.firstResponse.metric == .firstResponse)
        #expect(level.resolution.metric == .resolution)
    }

    /// Saturday 11:00: 2 of 4 h used (50 %), running.
    @Test func running() throws {
        let clock = try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 11:00").firstResponse
        #expect(clock.state == .running)
        #expect(clock.consumed == 2 * hour)
        #expect(clock.remaining == 2 * hour)
        #expect(clock.fractionConsumed == 0.5)
        #expect(clock.completedAt == nil)
    }

    /// Saturday 12:30: 3 h 30 of 4 h used (87.5 %): at risk from 80 %, still running with a 90 % threshold.
    /// At 13:00 sharp all of it is used but the clock is not yet past due: still at risk.
    @Test func atRisk() throws {
        let risky = try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 12:30")
        #expect(risky.firstResponse.state == .atRisk)
        #expect(risky.firstResponse.remaining == 0.5 * hour)
        #expect(risky.resolution.state == .running)
        #expect(
            try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 12:30", threshold: 0.9).firstResponse.state
                == .running)
        // 80 % of 4 h is 3 h 12 min: 12:12 is the first at-risk minute.
        #expect(try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 12:11").firstResponse.state == .running)
        #expect(try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 12:12").firstResponse.state == .atRisk)
        let due = try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 13:00").firstResponse
        #expect(due.state == .atRisk)
        #expect(due.remaining == 0)
    }

    /// Saturday 14:00 without a reply: an hour past due, breached, −1 h remaining; the case is flagged.
    @Test func breachedWhileOpen() throws {
        let level = try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 14:00")
        #expect(level.firstResponse.state == .breached)
        #expect(level.firstResponse.remaining == -1 * hour)
        #expect(level.firstResponse.fractionConsumed == 1.25)
        #expect(level.resolution.state == .running)
        #expect(level.isBreached)
    }

    /// A normal case (8 h to first response) opened Saturday 08:00 is due at 16:00. At 20:00 nobody has replied:
    /// breached, though no working time has passed since 16:00, so the remaining time is zero, not negative.
    @Test func breachedAfterHoursStopsAtZeroRemaining() throws {
        let clock = try serviceLevel(.normal, created: "2026-05-02 08:00", now: "2026-05-02 20:00").firstResponse
        #expect(clock.dueDate == (try tehranTime("2026-05-02 16:00")))
        #expect(clock.state == .breached)
        #expect(clock.remaining == 0)
    }

    /// Replied Saturday 12:00 (3 h used): met, and stays met whenever it is looked at.
    @Test func met() throws {
        for now in ["2026-05-02 12:00", "2026-05-02 15:00", "2026-05-20 10:00"] {
            let level = try serviceLevel(.high, created: "2026-05-02 09:00", firstResponse: "2026-05-02 12:00", now: now)
            #expect(level.firstResponse.state == .met)
            #expect(level.firstResponse.consumed == 3 * hour)
            #expect(level.firstResponse.completedAt == (try tehranTime("2026-05-02 12:00")))
        }
        // Replied at 13:00 sharp, the due instant: met.
        #expect(
            try serviceLevel(.high, created: "2026-05-02 09:00", firstResponse: "2026-05-02 13:00", now: "2026-05-03 09:00")
                .firstResponse.state == .met)
    }

    /// Replied Saturday 13:30, half an hour late: breached, −30 min remaining, for good.
    @Test func breachedWhenDoneLate() throws {
        let level = try serviceLevel(
            .high, created: "2026-05-02 09:00", firstResponse: "2026-05-02 13:30", now: "2026-05-03 09:00")
        #expect(level.firstResponse.state == .breached)
        #expect(level.firstResponse.remaining == -0.5 * hour)
        #expect(level.isBreached)
        // Done after the due date even though no working time passed between: 20:00 after a 16:00 due date.
        let afterHours = try serviceLevel(
            .normal, created: "2026-05-02 08:00", firstResponse: "2026-05-02 20:00", now: "2026-05-03 09:00")
        #expect(afterHours.firstResponse.state == .breached)
        #expect(afterHours.firstResponse.remaining == 0)
    }

    /// Resolved Saturday 12:00 with no reply before: the resolution is the first response; both met.
    @Test func aResolutionAnswersTheCustomer() throws {
        let level = try serviceLevel(.high, created: "2026-05-02 09:00", resolved: "2026-05-02 12:00", now: "2026-05-05 12:00")
        #expect(level.firstResponse.state == .met)
        #expect(level.firstResponse.completedAt == (try tehranTime("2026-05-02 12:00")))
        #expect(level.resolution.state == .met)
        #expect(level.resolution.consumed == 3 * hour)
        #expect(!level.isBreached)
        // A reply recorded after the resolution changes nothing: the customer was answered at 12:00.
        let late = try serviceLevel(
            .high, created: "2026-05-02 09:00", firstResponse: "2026-05-02 15:00", resolved: "2026-05-02 12:00",
            now: "2026-05-05 12:00")
        #expect(late.firstResponse.completedAt == (try tehranTime("2026-05-02 12:00")))
    }

    /// Waiting on the customer Saturday 10:00–12:00 takes 2 working hours out: the first response is due 15:00
    /// instead of 13:00 (1 h before the pause, 3 h from 12:00), the resolution Monday 11:00 instead of 09:00.
    /// At 14:00, 3 of the 4 h are used (75 %, below 80 %): running, where without the pause it is breached.
    @Test func aPauseMovesTheDueDate() throws {
        let level = try serviceLevel(
            .high, created: "2026-05-02 09:00", pauses: [("2026-05-02 10:00", "2026-05-02 12:00")], now: "2026-05-02 14:00")
        #expect(level.firstResponse.dueDate == (try tehranTime("2026-05-02 15:00")))
        #expect(level.resolution.dueDate == (try tehranTime("2026-05-04 11:00")))
        #expect(level.firstResponse.consumed == 3 * hour)
        #expect(level.firstResponse.state == .running)
        // Without the pause, the same moment is an hour past due.
        #expect(try serviceLevel(.high, created: "2026-05-02 09:00", now: "2026-05-02 14:00").firstResponse.state == .breached)
    }

    /// A high case opened Thursday 2026-05-07 09:00: first response due Thursday 13:00; resolution due Sunday
    /// 12:00 (4 h Thursday, 8 h Saturday, 4 h Sunday).
    /// - A pause from Thursday 13:00 to Saturday 08:00 covers no working time and moves nothing.
    /// - A pause from Thursday 12:00 to Saturday 10:00 covers 1 h Thursday and 2 h Saturday: the first response
    ///   is due Saturday 11:00 (3 h Thursday, 1 h from 10:00), the resolution Sunday 15:00 (3 h Thursday, 6 h
    ///   Saturday from 10:00, 7 h Sunday).
    /// - A pause that began before the case only counts from its creation; overlapping pauses count once.
    @Test func pausesOnlyMoveWhatTheyCover() throws {
        let plain = try serviceLevel(.high, created: "2026-05-07 09:00", now: "2026-05-07 09:00")
        #expect(plain.firstResponse.dueDate == (try tehranTime("2026-05-07 13:00")))
        #expect(plain.resolution.dueDate == (try tehranTime("2026-05-10 12:00")))

        let weekend = try serviceLevel(
            .high, created: "2026-05-07 09:00", pauses: [("2026-05-07 13:00", "2026-05-09 08:00")], now: "2026-05-07 09:00")
        #expect(weekend.resolution.dueDate == plain.resolution.dueDate)

        let across = try serviceLevel(
            .high, created: "2026-05-07 09:00", pauses: [("2026-05-07 12:00", "2026-05-09 10:00")], now: "2026-05-09 09:00")
        #expect(across.firstResponse.dueDate == (try tehranTime("2026-05-09 11:00")))
        #expect(across.resolution.dueDate == (try tehranTime("2026-05-10 15:00")))
        #expect(across.firstResponse.consumed == 3 * hour)

        let overlapping = try serviceLevel(
            .high, created: "2026-05-07 09:00",
            pauses: [
                ("2026-05-07 11:00", "2026-05-07 12:30"), ("2026-05-06 10:00", "2026-05-07 10:00"),
                ("2026-05-07 12:00", "2026-05-07 12:45"),
            ],
            now: "2026-05-09 09:00")
        // Paused 09:00–10:00 and 11:00–12:45: 1 h Thursday (10–11), 15 min (12:45–13:00), 2 h 45 Saturday;
        // by Saturday 09:00, 1 h 15 Thursday and 1 h Saturday are used.
        #expect(overlapping.firstResponse.dueDate == (try tehranTime("2026-05-09 10:45")))
        #expect(overlapping.firstResponse.consumed == 2.25 * hour)
    }

    /// An urgent case counts around the clock: opened Thursday 20:00, its first response is due 21:00 and its
    /// resolution Friday 04:00, though the office is closed then.
    @Test func urgentCasesCountAroundTheClock() throws {
        let level = try serviceLevel(.urgent, created: "2026-05-07 20:00", now: "2026-05-08 03:00")
        #expect(level.firstResponse.time == .aroundTheClock)
        #expect(level.firstResponse.dueDate == (try tehranTime("2026-05-07 21:00")))
        #expect(level.resolution.dueDate == (try tehranTime("2026-05-08 04:00")))
        #expect(level.firstResponse.state == .breached)
        #expect(level.resolution.state == .atRisk)
        #expect(level.resolution.consumed == 7 * hour)
    }

    /// Hours that never open never make a working-hours clock due; it runs without using any time.
    @Test func neverDue() throws {
        let closed = try WorkingHours(openings: [:])
        let created = try tehranTime("2026-05-02 09:00")
        let later = try tehranTime("2026-06-02 09:00")
        let level = CaseServiceLevel(
            createdAt: created, priority: .low, firstRespondedAt: nil, resolvedAt: nil, targets: .standard, hours: closed,
            now: later)
        #expect(level.resolution.dueDate == nil)
        #expect(level.resolution.state == .running)
        #expect(level.resolution.consumed == 0)
        let done = CaseServiceLevel(
            createdAt: created, priority: .low, firstRespondedAt: later, resolvedAt: nil, targets: .standard, hours: closed,
            now: later)
        #expect(done.firstResponse.state == .met)
    }

    @Test func stateNamesAreBilingual() {
        for state in ServiceLevelClock.State.allCases { #expect(state.name.isBilingual) }
        for metric in ServiceLevelMetric.allCases { #expect(metric.name.isBilingual) }
        for time in ServiceLevelTime.allCases { #expect(time.name.isBilingual) }
    }

    /// With random pauses, the counted time at the due date is the target, and pauses never bring it earlier.
    @Test func pausedTimeRoundTrips() async {
        await propertyCheck(
            input: RandomHours.instant, Gen.int(in: 0...(2 * 24 * 3600)).array(of: 0...4),
            Gen.int(in: 0...(3 * 24 * 3600)).array(of: 4),
            Gen.int(in: 1...(40 * 3600))
        ) { created, starts, lengths, target throws in
            let pauses = starts.enumerated().map { index, offset in
                DateInterval(
                    start: created.addingTimeInterval(TimeInterval(offset) - 3600), duration: TimeInterval(lengths[index]))
            }
            let unpaused = ServiceLevelClock(
                metric: .resolution, target: TimeInterval(target), time: .workingHours, start: created, completedAt: nil,
                hours: .iranianOffice, now: created)
            let due = try #require(
                ServiceLevelClock(
                    metric: .resolution, target: TimeInterval(target), time: .workingHours, start: created, completedAt: nil,
                    pauses: pauses, hours: .iranianOffice, now: created
                ).dueDate)
            let atDue = ServiceLevelClock(
                metric: .resolution, target: TimeInterval(target), time: .workingHours, start: created, completedAt: nil,
                pauses: pauses, hours: .iranianOffice, now: due)
            #expect(abs(atDue.remaining) < 0.001)
            #expect(atDue.state == .atRisk)
            #expect(try #require(unpaused.dueDate) <= due)
            let justAfter = ServiceLevelClock(
                metric: .resolution, target: TimeInterval(target), time: .workingHours, start: created, completedAt: nil,
                pauses: pauses, hours: .iranianOffice, now: due.addingTimeInterval(1))
            #expect(justAfter.state == .breached)
        }
    }
}
