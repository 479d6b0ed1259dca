import Foundation
import Testing

@testable import SelectionWorkshop

@Suite struct RatioTests {
    static let examples: [(Double, String)] = [
        (3, "3"), (1.0 / 3, "1/3"), (2.5, "2.5"), (1, "1"), (9, "9"), (1.0 / 9, "1/9"), (0.5, "1/2"), (0.4, "0.4"),
        (2.0 / 3, "0.6667"),
    ]

    @Test(arguments: examples)
    func writesARatioAsAPersonWould(value: Double, text: String) {
        #expect(WorkspaceValidator.ratio(value) == text)
    }

    @Test func aHugeRatioIsWrittenWithoutCrashing() async {
        await #expect(processExitsWith: .success) {
            _ = WorkspaceValidator.ratio(1e300)
        }
        #expect(WorkspaceValidator.ratio(1e300) == "1e+300")
        #expect(WorkspaceValidator.ratio(1e-12) != "0")
    }
}
