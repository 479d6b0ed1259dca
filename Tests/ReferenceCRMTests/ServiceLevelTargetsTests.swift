import Foundation
import Localization
import ReferenceCRM
import Testing

private let hour: TimeInterval = 3600

@Suite("Service-level targets")
struct ServiceLevelTargetsTests {
    @Test func theStandardTargets() {
        let targets = ServiceLevelTargets.standard
        #expect(targets[.urgent] == ServiceLevelTarget(firstResponse: 1 * hour, resolution: 8 * hour, time: .aroundTheClock))
        #expect(targets[.high] == ServiceLevelTarget(firstResponse: 4 * hour, resolution: 16 * hour, time: .workingHours))
        #expect(targets[.normal] == ServiceLevelTarget(firstResponse: 8 * hour, resolution: 40 * hour, time: .workingHours))
        #expect(targets[.low] == ServiceLevelTarget(firstResponse: 16 * hour, resolution: 80 * hour, time: .workingHours))
        #expect(ServiceLevelTargets.workingDay == 8 * hour)
        // The more urgent the case, the sooner each promise falls due.
        let byUrgency = CasePriority.allCases.sorted()
        for (less, more) in zip(byUrgency, byUrgency.dropFirst()) {
            #expect(targets[more].firstResponse < targets[less].firstResponse)
            #expect(targets[more].resolution < targets[less].resolution)
        }
    }

    @Test func theStandardTargetsAreValid() throws {
        let standard = ServiceLevelTargets.standard
        #expect(
            try ServiceLevelTargets(urgent: standard.urgent, high: standard.high, normal: standard.normal, low: standard.low)
                == standard)
    }

    @Test func prioritiesAreOrderedByUrgency() {
        #expect(CasePriority.allCases.sorted() == [.low, .normal, .high, .urgent])
        #expect(CasePriority.urgent > .high)
        for priority in CasePriority.allCases { #expect(priority.name.isBilingual) }
    }

    @Test(arguments: [
        (
            ServiceLevelTarget(firstResponse: 0, resolution: 8 * hour, time: .workingHours),
            ServiceLevelTargetsError.notPositive(.high, .firstResponse, 0)
        ),
        (
            ServiceLevelTarget(firstResponse: hour, resolution: -hour, time: .workingHours),
            .notPositive(.high, .resolution, -hour)
        ),
        (
            ServiceLevelTarget(firstResponse: hour, resolution: .infinity, time: .workingHours),
            .notPositive(.high, .resolution, .infinity)
        ),
        (
            ServiceLevelTarget(firstResponse: 9 * hour, resolution: 90 * 60, time: .aroundTheClock),
            .firstResponseAfterResolution(.high, 9 * hour, 90 * 60)
        ),
    ])
    func refused(_ high: ServiceLevelTarget, _ error: ServiceLevelTargetsError) {
        let standard = ServiceLevelTargets.standard
        #expect(throws: error) {
            try ServiceLevelTargets(urgent: standard.urgent, high: high, normal: standard.normal, low: standard.low)
        }
        #expect(error.message.isBilingual)
        #expect(error.description(in: .en).contains("high"))
        #expect(error.description(in: .fa).contains("بالا"))
    }

    @Test func refusalsShowTheDurations() {
        let error = ServiceLevelTargetsError.firstResponseAfterResolution(.normal, 9 * hour, 90 * 60)
        #expect(
            error.description(in: .en)
                == "For normal cases the first-response target (9 h) is longer than the resolution target (1 h 30 min). Shorten the first response or lengthen the resolution."
        )
        #expect(error.description(in: .fa).contains("۱ ساعت و ۳۰ دقیقه"))
        #expect(error.description(in: .fa).contains("۹ ساعت"))
    }
}
