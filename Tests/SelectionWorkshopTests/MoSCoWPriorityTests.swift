import Testing

@testable import SelectionWorkshop

@Suite struct MoSCoWPriorityTests {
    @Test func mustComesFirstAndWontLast() {
        #expect(MoSCoWPriority.must < .should)
        #expect(MoSCoWPriority.should < .could)
        #expect(MoSCoWPriority.could < .wont)
        #expect(!(MoSCoWPriority.wont < .must))
        #expect(!(MoSCoWPriority.must < .must))
    }

    @Test func sortingPutsPrioritiesInMoSCoWOrderNotAlphabetically() {
        let priorities: [MoSCoWPriority] = [.wont, .could, .must, .should, .must]
        #expect(priorities.sorted() == [.must, .must, .should, .could, .wont])
        #expect(MoSCoWPriority.allCases.map(\.rank) == [0, 1, 2, 3])
    }

    @Test func rawValuesAreTheFileWords() {
        #expect(MoSCoWPriority.allCases.map(\.rawValue) == ["must", "should", "could", "wont"])
    }
}
