import PropertyBased
import Testing

@testable import SelectionWorkshop

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("stakeholder", ["stakeholders", "requirements", "vendors"], "stakeholders"),
        ("sara", ["sarah", "maryam", "ali"], "sarah"),
        ("Sarah", ["sarah", "reza"], "sarah"),  // ids are case-sensitive, the likeness is not
        ("maryan", ["mary", "maryam"], "maryam"),  // the fewest edits win
        ("abcdefghijklmXYZ", ["abcdefghijklmnop"], "abcdefghijklmnop"),  // three edits in a long name
    ])
    func suggestsTheLikelyTypo(text: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: text, among: candidates) == expected)
    }

    @Test(arguments: [
        ("zebra", ["sarah", "maryam"]),
        ("ab", ["xy"]),  // two edits in a two-letter name is a different name
        ("abcdefghijklWXYZ", ["abcdefghijklmnop"]),  // four edits are too many whatever the length
        ("sarah", []),
        ("", ["sarah"]),
    ])
    func suggestsNothingForAFarName(text: String, candidates: [String]) {
        #expect(Suggestion.closest(to: text, among: candidates) == nil)
    }

    @Test func neverSuggestsTheNameItself() {
        #expect(Suggestion.closest(to: "sarah", among: ["sarah"]) == nil)
        #expect(Suggestion.closest(to: "sarah", among: ["sarah", "sarahs"]) == "sarahs")
    }

    @Test func aLongInputGetsNoSuggestionAndCostsNothing() {
        let text = String(repeating: "stakeholder", count: 91).prefix(1000)
        #expect(text.count == 1000)
        let candidates = (0..<Suggestion.maximumCandidates).map { String(text.dropLast(1)) + String($0) }
        let clock = ContinuousClock()
        var suggestion: String?
        let elapsed = clock.measure { suggestion = Suggestion.closest(to: String(text), among: candidates) }
        #expect(suggestion == nil)
        #expect(elapsed < .milliseconds(500))
    }

    @Test func tooManyCandidatesGetNoSuggestion() {
        let others = (0..<(Suggestion.maximumCandidates - 1)).map { "person-\($0)" }
        #expect(Suggestion.closest(to: "sara", among: others + ["sarah"]) == "sarah")
        #expect(Suggestion.closest(to: "sara", among: others + ["sarah", "one-too-many"]) == nil)
        // Repeated names count once.
        #expect(Suggestion.closest(to: "sara", among: others + ["sarah", "sarah"]) == "sarah")
    }

    @Test func aLongCandidateIsSkipped() {
        let name = String(repeating: "a", count: 64)
        #expect(Suggestion.closest(to: name, among: [name + "a"]) == nil)
        #expect(Suggestion.closest(to: name, among: [name + "a", String(name.dropLast())]) == String(name.dropLast()))
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("flaw", "lawn", 2), ("same", "same", 0)])
    func editDistanceOfKnownPairs(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a), Array(b)) == distance)
    }

    // Short strings over a small alphabet, so that random pairs share letters and the properties bite.
    static let word = Gen.character(in: "a"..."d").string(of: 0...8)

    @Test func editDistanceIsSymmetric() async {
        await propertyCheck(count: 300, input: Gen.ascii.string(of: 0...10), Gen.ascii.string(of: 0...10)) { a, b in
            #expect(Suggestion.editDistance(Array(a), Array(b)) == Suggestion.editDistance(Array(b), Array(a)))
        }
    }

    @Test func editDistanceIsZeroExactlyForEqualStrings() async {
        await propertyCheck(count: 300, input: Self.word, Self.word) { a, b in
            #expect((Suggestion.editDistance(Array(a), Array(b)) == 0) == (a == b))
            #expect(Suggestion.editDistance(Array(a), Array(a)) == 0)
        }
    }

    @Test func editDistanceIsBoundedByTheLengths() async {
        await propertyCheck(count: 300, input: Gen.ascii.string(of: 0...10), Gen.ascii.string(of: 0...10)) { a, b in
            let (a, b) = (Array(a), Array(b))
            let distance = Suggestion.editDistance(a, b)
            #expect(distance <= max(a.count, b.count))
            #expect(distance >= abs(a.count - b.count))
        }
    }

    @Test func editDistanceObeysTheTriangleInequality() async {
        await propertyCheck(count: 300, input: Self.word, Self.word, Self.word) { a, b, c in
            let (a, b, c) = (Array(a), Array(b), Array(c))
            #expect(Suggestion.editDistance(a, c) <= Suggestion.editDistance(a, b) + Suggestion.editDistance(b, c))
        }
    }

    @Test func editDistanceMatchesTheFullTable() async {
        await propertyCheck(count: 300, input: Self.word, Self.word) { a, b in
            #expect(Suggestion.editDistance(Array(a), Array(b)) == Self.levenshtein(Array(a), Array(b)))
        }
    }

    /// The textbook Levenshtein table, kept whole: the reference the one-row version must agree with.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                table[i][j] = min(substitution, table[i - 1][j] + 1, table[i][j - 1] + 1)
            }
        }
        return table[a.count][b.count]
    }
}
