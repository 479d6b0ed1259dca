import PropertyBased
import Testing

@testable import Scoring

@Suite struct ScoreSpreadTests {
    /// The textbook set 2, 4, 4, 4, 5, 5, 7, 9 (Wikipedia, "Standard deviation", first example): mean 40 / 8 = 5;
    /// squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; population σ = √(32 / 8) = 2; sample
    /// s = √(32 / 7) ≈ 2.13809; median (4 + 5) / 2 = 4.5; range 9 − 2 = 7.
    @Test func textbookSet() throws {
        let spread = try #require(ScoreSpread([9, 2, 4, 5, 4, 7, 4, 5]))
        #expect(spread.scores == [2, 4, 4, 4, 5, 5, 7, 9])
        #expect(spread.mean == 5)
        #expect(spread.median == 4.5)
        #expect(spread.populationStandardDeviation == 2)
        #expect(abs((spread.sampleStandardDeviation ?? 0) - (32.0 / 7).squareRoot()) < 1e-12)
        #expect(spread.range == 7)
        #expect(spread.coefficientOfVariation == 0.4)
        #expect(spread.consensus(.mean) == 5)
        #expect(spread.consensus(.median) == 4.5)
    }

    @Test func oneScoreAndNone() throws {
        let one = try #require(ScoreSpread([3]))
        #expect(one.populationStandardDeviation == 0)
        #expect(one.sampleStandardDeviation == nil)
        #expect(one.median == 3)
        #expect(ScoreSpread([]) == nil)
        #expect(ScoreSpread([1, .nan]) == nil)
    }

    /// The mean and the squared deviations are summed from the smallest up, as `orderIndependentSum` sums them:
    /// sevenths are not exact in binary, so another order would show in the last bits.
    @Test func sumsRunFromTheSmallestUp() async {
        await propertyCheck(count: 300, input: Gen.int(in: -50...50).array(of: 1...12)) { values in
            let scores = values.map { Double($0) / 7 }
            let mean = orderIndependentSum(scores) / Double(scores.count)
            let squares = orderIndependentSum(scores.map { ($0 - mean) * ($0 - mean) })
            let spread = ScoreSpread(scores)
            #expect(spread?.mean == mean)
            #expect(spread?.populationStandardDeviation == (squares / Double(scores.count)).squareRoot())
            #expect(ScoreSpread(scores.reversed()) == spread)
        }
    }
}

@Suite struct EvaluatorPanelTests {
    typealias Sheet = ScoreSheet<String, String, String>

    /// Three evaluators, two vendors, two criteria (`functional` benefit, `cost` scored 0 cheap … 5 dear).
    static func panel() throws -> EvaluatorPanel<String, String, String> {
        try EvaluatorPanel([
            Sheet(evaluator: "maryam", scores: ["acme": ["functional": 1, "cost": 3], "abrak": ["functional": 2]]),
            Sheet(evaluator: "reza", scores: ["acme": ["functional": 3, "cost": 3], "abrak": ["functional": 4]]),
            Sheet(evaluator: "sara", scores: ["acme": ["functional": 5, "cost": 4]]),
        ])
    }

    /// acme/functional: 1, 3, 5 → mean 3, σ = √(8/3) ≈ 1.633 > 1 → disputed; range 4.
    /// acme/cost: 3, 3, 4 → mean 10/3, median 3, σ = √(2/9) ≈ 0.471 → not disputed.
    /// abrak/functional: 2, 4 → mean 3, σ = 1 exactly → not disputed (the flag is strictly above).
    /// abrak/cost: nobody → left out.
    @Test func cellsByMeanWithTheirDisagreement() throws {
        let cells = try Self.panel().agreement(vendors: ["acme", "abrak"], criteria: ["functional", "cost"])
        #expect(cells.map { "\($0.vendor)/\($0.criterion)" } == ["acme/functional", "acme/cost", "abrak/functional"])
        #expect(cells.map(\.consensus) == [3, 10.0 / 3, 3])
        #expect(cells.map(\.isDisputed) == [true, false, false])
        #expect(cells.map(\.spread.range) == [4, 1, 2])
        #expect(abs(cells[0].spread.populationStandardDeviation - (8.0 / 3).squareRoot()) < 1e-12)
        #expect(cells[2].spread.populationStandardDeviation == 1)
        #expect(cells[0].scores.map(\.evaluator) == ["maryam", "reza", "sara"])
    }

    @Test func medianRuleAndThreshold() throws {
        let panel = try Self.panel()
        let cells = panel.agreement(
            vendors: ["acme"], criteria: ["cost"], rule: .median, disagreementThreshold: 0.4)
        #expect(cells.map(\.consensus) == [3])
        #expect(cells.map(\.isDisputed) == [true])
        #expect(panel.consensus(.median)["acme"]?["cost"] == 3)
        #expect(panel.consensus()["abrak"]?["cost"] == nil)
    }

    @Test func aSecondSheetOfOneEvaluatorIsRefused() {
        #expect(throws: EvaluatorPanelError.duplicateEvaluator("reza")) {
            try EvaluatorPanel([Sheet(evaluator: "reza", scores: [:]), Sheet(evaluator: "reza", scores: [:])])
        }
        #expect(throws: EvaluatorPanelError.notFinite(evaluator: "reza", vendor: "acme", criterion: "cost")) {
            try EvaluatorPanel([Sheet(evaluator: "reza", scores: ["acme": ["cost": .infinity]])])
        }
    }

    /// `panel()`'s scores laid out flat, with a vendor nobody scored: rows acme, abrak, zenith; columns
    /// functional, cost; per evaluator maryam, reza, sara.
    static func flatPanel() throws -> EvaluatorPanel<String, String, String> {
        let n = Double.nan
        return try EvaluatorPanel(
            evaluators: ["maryam", "reza", "sara"], vendors: ["acme", "abrak", "zenith"], criteria: ["functional", "cost"],
            scores: [1, 3, 2, n, n, n] + [3, 3, 4, n, n, n] + [5, 4, n, n, n, n])
    }

    @Test func flatScoresGiveTheSameCells() throws {
        let flat = try Self.flatPanel()
        let panel = try Self.panel()
        #expect(flat.consensus() == panel.consensus())
        #expect(
            flat.agreement(vendors: ["acme", "abrak", "zenith"], criteria: ["functional", "cost"])
                == panel.agreement(vendors: ["acme", "abrak", "zenith"], criteria: ["functional", "cost"]))
        #expect(flat.spread(vendor: "zenith", criterion: "cost") == nil)
        #expect(flat.spread(vendor: "abrak", criterion: "functional")?.scores == [2, 4])
    }

    /// The consensus grid of `flatPanel()`: acme 3 and 10/3 (median 3), abrak 3 and none, zenith none.
    @Test func gridSubscriptsAndDictionary() throws {
        let grid = try Self.flatPanel().consensusGrid()
        #expect(grid.vendors == ["acme", "abrak", "zenith"])
        #expect(grid.criteria == ["functional", "cost"])
        #expect(grid.vendorIndex == ["acme": 0, "abrak": 1, "zenith": 2])
        #expect(grid.criterionIndex == ["functional": 0, "cost": 1])
        #expect(grid[0, 0] == 3)
        #expect(grid[0, 1] == 10.0 / 3)
        #expect(grid[1, 0] == 3)
        #expect(grid[1, 1] == nil)
        #expect(grid[2, 0] == nil)
        #expect(grid[vendor: "acme", criterion: "cost"] == 10.0 / 3)
        #expect(grid[vendor: "abrak", criterion: "cost"] == nil)
        #expect(grid[vendor: "nobody", criterion: "cost"] == nil)
        #expect(grid[vendor: "acme", criterion: "nothing"] == nil)
        // zenith, scored by nobody, is left out.
        #expect(grid.dictionary == ["acme": ["functional": 3, "cost": 10.0 / 3], "abrak": ["functional": 3]])
        #expect(try Self.flatPanel().consensusGrid(.median)[0, 1] == 3)
    }

    @Test func flatScoresThatDoNotFitAreRefused() throws {
        typealias Panel = EvaluatorPanel<String, String, String>
        #expect(throws: EvaluatorPanelError.scoreCount(expected: 4, actual: 3)) {
            try Panel(evaluators: ["e1", "e2"], vendors: ["A", "B"], criteria: ["c"], scores: [1, 2, 3])
        }
        #expect(throws: EvaluatorPanelError.duplicateEvaluator("e1")) {
            try Panel(evaluators: ["e1", "e1"], vendors: ["A"], criteria: ["c"], scores: [1, 2])
        }
        #expect(throws: EvaluatorPanelError.duplicateVendor("A")) {
            try Panel(evaluators: ["e1"], vendors: ["A", "A"], criteria: ["c"], scores: [1, 2])
        }
        #expect(throws: EvaluatorPanelError.duplicateCriterion("c")) {
            try Panel(evaluators: ["e1"], vendors: ["A"], criteria: ["c", "c"], scores: [1, 2])
        }
        // Index 6 is the second evaluator's (6 / 4 = 1), second vendor's (6 % 4 = 2 → 2 / 2 = 1), first criterion's.
        #expect(throws: EvaluatorPanelError.notFinite(evaluator: "e2", vendor: "B", criterion: "c")) {
            try Panel(
                evaluators: ["e1", "e2"], vendors: ["A", "B"], criteria: ["c", "d"],
                scores: [1, 2, 3, 4, 5, 6, -.infinity, 8])
        }
        #expect(throws: EvaluatorPanelError.notFinite(evaluator: "e1", vendor: "A", criterion: "d")) {
            try Panel(evaluators: ["e1"], vendors: ["A"], criteria: ["c", "d"], scores: [1, .infinity])
        }
        // NaN is no score, not a refusal.
        let panel = try Panel(evaluators: ["e1", "e2"], vendors: ["A", "B"], criteria: ["c"], scores: [1, .nan, 3, .nan])
        #expect(panel.consensus() == ["A": ["c": 2]])
    }

    /// Weights functional 0.6, cost 0.4 (given as 3 and 2) on 0–5; cost counts as 5 − score.
    /// functional 4, cost 1 → 0.6 × 4 + 0.4 × (5 − 1) = 2.4 + 1.6 = 4.0.
    @Test func weightedTotalReversesCostCriteria() throws {
        let total = try WeightedScoreTotal<String, String>(
            weights: [(criterion: "functional", weight: 3), (criterion: "cost", weight: 2)], costCriteria: ["cost"],
            scale: 0...5)
        let totals = total.totals(["acme": ["functional": 4, "cost": 1], "abrak": ["functional": 5]])
        #expect(abs((totals["acme"] ?? 0) - 4.0) < 1e-12)
        #expect(totals["abrak"] == nil)  // no cost score: no total
        let grid = try EvaluatorPanel<String, String, String>(
            evaluators: ["e"], vendors: ["acme", "abrak"], criteria: ["functional", "cost"], scores: [4, 1, 5, .nan]
        ).consensusGrid()
        #expect(total.totals(grid) == totals)
        let other = try WeightedScoreTotal<String, String>(
            weights: [(criterion: "functional", weight: 1), (criterion: "speed", weight: 1)], scale: 0...5)
        #expect(other.totals(grid).isEmpty)  // no vendor has a score on speed
        #expect(throws: EvaluatorPanelError.weightsSumToZero) {
            try WeightedScoreTotal<String, String>(weights: [(criterion: "x", weight: 0)], scale: 0...5)
        }
        #expect(throws: EvaluatorPanelError.duplicateCriterion("x")) {
            try WeightedScoreTotal<String, String>(
                weights: [(criterion: "x", weight: 1), (criterion: "x", weight: 1)], scale: 0...5)
        }
    }

    /// One criterion, two vendors, scores by evaluator e1, e2, e3:
    ///   A: 5, 4, 2 → mean 11/3 ≈ 3.67;  B: 3, 3, 4 → mean 10/3 ≈ 3.33  → A wins.
    ///   without e1: A (4 + 2)/2 = 3,   B (3 + 4)/2 = 3.5 → B wins (changes).
    ///   without e2: A (5 + 2)/2 = 3.5, B (3 + 4)/2 = 3.5 → A and B tie (changes).
    ///   without e3: A (5 + 4)/2 = 4.5, B (3 + 3)/2 = 3   → A wins.
    @Test func leaveOneEvaluatorOut() throws {
        let panel = try EvaluatorPanel([
            Sheet(evaluator: "e1", scores: ["A": ["c": 5], "B": ["c": 3]]),
            Sheet(evaluator: "e2", scores: ["A": ["c": 4], "B": ["c": 3]]),
            Sheet(evaluator: "e3", scores: ["A": ["c": 2], "B": ["c": 4]]),
        ])
        let total = try WeightedScoreTotal<String, String>(weights: [(criterion: "c", weight: 1)], scale: 0...5)
        let check = panel.leaveOneOut(vendors: ["A", "B"], total: total.totals)
        #expect(check.winners == ["A"])
        #expect(check.withoutEach.map(\.evaluator) == ["e1", "e2", "e3"])
        #expect(check.withoutEach.map(\.winners) == [["B"], ["A", "B"], ["A"]])
        #expect(check.withoutEach.map(\.changesWinner) == [true, true, false])
        #expect(check.pivotalEvaluators == ["e1", "e2"])
        #expect(!check.isRobust)
        #expect(check.withoutEach[0].totals == ["A": 3, "B": 3.5])
    }

    @Test func leaveOneOutWithAClosureAndTheMedian() throws {
        // The median of A is 4 and of B 3 with everyone; without anyone, two scores remain and the median is
        // their mean, as above. A closure that counts only A's score shows the function is the caller's.
        let panel = try EvaluatorPanel([
            Sheet(evaluator: "e1", scores: ["A": ["c": 5], "B": ["c": 3]]),
            Sheet(evaluator: "e2", scores: ["A": ["c": 4], "B": ["c": 3]]),
            Sheet(evaluator: "e3", scores: ["A": ["c": 2], "B": ["c": 4]]),
        ])
        let check = panel.leaveOneOut(vendors: ["A", "B"], rule: .median) { grid in
            grid.dictionary.compactMapValues { $0["c"] }
        }
        #expect(check.totals == ["A": 4, "B": 3])
        #expect(check.withoutEach.map(\.winners) == [["B"], ["A", "B"], ["A"]])
        let robust = panel.leaveOneOut(vendors: ["A", "B"]) { _ in ["A": 1, "B": 0] }
        #expect(robust.isRobust)
    }

    @Test func oneEvaluatorLeavesNoWinnerWithoutThem() throws {
        let panel = try EvaluatorPanel([Sheet(evaluator: "e1", scores: ["A": ["c": 5]])])
        let check = panel.leaveOneOut(vendors: ["A"]) { grid in grid.dictionary.compactMapValues { $0["c"] } }
        #expect(check.winners == ["A"])
        #expect(check.withoutEach.map(\.winners) == [[]])
    }

    /// Rankings from each evaluator's own totals: maryam and reza put A over B over C, sara C over B over A.
    /// Rank sums A 1+1+3 = 5, B 6, C 7; mean 6; S = 1 + 0 + 1 = 2; W = 12 × 2 / (9 × 24) = 1/9.
    @Test func concordanceOfTheEvaluatorsRankings() throws {
        let panel = try EvaluatorPanel([
            Sheet(evaluator: "maryam", scores: ["A": ["c": 5], "B": ["c": 4], "C": ["c": 1]]),
            Sheet(evaluator: "reza", scores: ["A": ["c": 3], "B": ["c": 2], "C": ["c": 1]]),
            Sheet(evaluator: "sara", scores: ["A": ["c": 0], "B": ["c": 2], "C": ["c": 4]]),
            Sheet(evaluator: "leila", scores: ["A": ["c": 0]]),
        ])
        let concordance = panel.concordance(vendors: ["A", "B", "C"]) { grid in
            grid.dictionary.compactMapValues { $0["c"] }
        }
        #expect(concordance.incomplete == ["leila"])
        #expect(concordance.rankings.map(\.evaluator) == ["maryam", "reza", "sara"])
        #expect(concordance.rankings[0].ranks == ["A": 1, "B": 2, "C": 3])
        let w = try #require(concordance.kendallW)
        #expect(w.s == 2)
        #expect(abs(w.w - 1.0 / 9) < 1e-12)
    }

    // MARK: Properties

    /// Up to 5 evaluators × 4 vendors × 3 criteria of scores 0…5 in thirds (−1: not scored), and sort keys to
    /// shuffle the evaluators and the vendors. Thirds are not exact in binary, so a sum taken in another order
    /// shows in the last bits; and equal scores are common.
    static let panels = zip(
        Gen.int(in: 2...5), Gen.int(in: -1...15).array(of: 60), Gen.int(in: 0...1_000).array(of: 5),
        Gen.int(in: 0...1_000).array(of: 4))

    static func sheets(_ evaluators: Int, _ grid: [Int]) -> [Sheet] {
        (0..<evaluators).map { e in
            var scores: [String: [String: Double]] = [:]
            for v in 0..<4 {
                for c in 0..<3 where grid[e * 12 + v * 3 + c] >= 0 {
                    scores["v\(v)", default: [:]]["c\(c)"] = Double(grid[e * 12 + v * 3 + c]) / 3
                }
            }
            return Sheet(evaluator: "e\(e)", scores: scores)
        }
    }

    /// The scores of `sheets(evaluators, grid)` laid out flat for `vendors` and `criteria`; NaN: not scored.
    static func flat(_ evaluators: Int, _ grid: [Int]) -> [Double] {
        grid.prefix(evaluators * 12).map { $0 >= 0 ? Double($0) / 3 : .nan }
    }

    static func total() throws -> WeightedScoreTotal<String, String> {
        try WeightedScoreTotal<String, String>(
            weights: [(criterion: "c0", weight: 5), (criterion: "c1", weight: 3), (criterion: "c2", weight: 2)],
            costCriteria: ["c2"], scale: 0...5)
    }

    static func shuffled<T>(_ items: [T], by keys: [Int]) -> [T] {
        items.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { items[$0] }
    }

    static let vendors = ["v0", "v1", "v2", "v3"]
    static let criteria = ["c0", "c1", "c2"]

    @Test func reorderingEvaluatorsOrVendorsChangesNoResult() async {
        await propertyCheck(count: 200, input: Self.panels) { evaluators, grid, evaluatorKeys, vendorKeys throws in
            let sheets = Self.sheets(evaluators, grid)
            let panel = try EvaluatorPanel(sheets)
            let other = try EvaluatorPanel(Self.shuffled(sheets, by: evaluatorKeys))
            let otherVendors = Self.shuffled(Self.vendors, by: vendorKeys)
            let total = try Self.total()

            for rule in ConsensusRule.allCases {
                let cells = panel.agreement(vendors: Self.vendors, criteria: Self.criteria, rule: rule)
                let otherCells = other.agreement(vendors: otherVendors, criteria: Self.criteria, rule: rule)
                func keyed(_ list: [CellAgreement<String, String, String>]) -> [String: ScoreSpread] {
                    Dictionary(uniqueKeysWithValues: list.map { ("\($0.vendor)/\($0.criterion)", $0.spread) })
                }
                #expect(keyed(cells) == keyed(otherCells))
                #expect(panel.consensus(rule) == other.consensus(rule))

                let check = panel.leaveOneOut(vendors: Self.vendors, rule: rule, total: total.totals)
                let otherCheck = other.leaveOneOut(vendors: otherVendors, rule: rule, total: total.totals)
                #expect(check.totals == otherCheck.totals)
                #expect(Set(check.winners) == Set(otherCheck.winners))
                for without in check.withoutEach {
                    let match = otherCheck.withoutEach.first { $0.evaluator == without.evaluator }
                    #expect(Set(without.winners) == Set(match?.winners ?? ["?"]))
                    #expect(without.changesWinner == match?.changesWinner)
                }
            }

            let w = panel.concordance(vendors: Self.vendors, total: total.totals).kendallW
            let otherW = other.concordance(vendors: otherVendors, total: total.totals).kendallW
            #expect(w == otherW)
        }
    }

    @Test func flatScoresMakeTheSamePanelAsSheets() async {
        await propertyCheck(count: 200, input: Self.panels) { evaluators, grid, _, _ throws in
            let sheets = Self.sheets(evaluators, grid)
            let panel = try EvaluatorPanel(sheets)
            let flat = try EvaluatorPanel(
                evaluators: sheets.map(\.evaluator), vendors: Self.vendors, criteria: Self.criteria,
                scores: Self.flat(evaluators, grid))
            let total = try Self.total()
            #expect(flat.evaluators == panel.evaluators)
            #expect(flat.vendors == Self.vendors)
            for rule in ConsensusRule.allCases {
                #expect(
                    flat.agreement(vendors: Self.vendors, criteria: Self.criteria, rule: rule)
                        == panel.agreement(vendors: Self.vendors, criteria: Self.criteria, rule: rule))
                #expect(flat.consensus(rule) == panel.consensus(rule))
                #expect(flat.consensusGrid(rule).dictionary == panel.consensus(rule))
                #expect(
                    flat.leaveOneOut(vendors: Self.vendors, rule: rule, total: total.totals)
                        == panel.leaveOneOut(vendors: Self.vendors, rule: rule, total: total.totals))
            }
            #expect(
                flat.concordance(vendors: Self.vendors, total: total.totals)
                    == panel.concordance(vendors: Self.vendors, total: total.totals))
            for vendor in Self.vendors {
                for criterion in Self.criteria {
                    #expect(
                        flat.spread(vendor: vendor, criterion: criterion) == panel.spread(vendor: vendor, criterion: criterion))
                }
            }
        }
    }

    /// The consensus without an evaluator, read off the sorted scores, is to the last bit the consensus of a panel
    /// without their sheet; and each evaluator's own grid holds their sheet.
    @Test func leavingOneOutIsAPanelWithoutTheirSheet() async {
        await propertyCheck(count: 200, input: Self.panels) { evaluators, grid, _, _ throws in
            let sheets = Self.sheets(evaluators, grid)
            let panel = try EvaluatorPanel(sheets)
            let total = try Self.total()
            for rule in ConsensusRule.allCases {
                var given: [[String: [String: Double]]] = []
                _ = panel.leaveOneOut(vendors: Self.vendors, rule: rule) { grid in
                    given.append(grid.dictionary)
                    #expect(total.totals(grid) == total.totals(grid.dictionary))
                    return total.totals(grid)
                }
                #expect(given.count == evaluators + 1)
                #expect(given.first == panel.consensus(rule))
                for left in sheets.indices {
                    var others = sheets
                    others.remove(at: left)
                    #expect(given[left + 1] == (try EvaluatorPanel(others)).consensus(rule))
                }
            }
            var own: [[String: [String: Double]]] = []
            _ = panel.concordance(vendors: Self.vendors) { grid in
                own.append(grid.dictionary)
                return [:]
            }
            #expect(own == sheets.map { $0.scores.filter { !$0.value.isEmpty } })
        }
    }

    /// Past 64 scores in a cell the sort is the standard library's; equal scores must still keep the panel's
    /// order and leaving one out must still match a panel without them.
    @Test func manyEvaluatorsInOneCell() throws {
        let sheets = (0..<70).map { e in Sheet(evaluator: "e\(e)", scores: ["A": ["c": Double(e * 37 % 11) / 3]]) }
        let panel = try EvaluatorPanel(sheets)
        let spread = try #require(panel.spread(vendor: "A", criterion: "c"))
        #expect(spread == ScoreSpread(sheets.map { $0.scores["A"]?["c"] ?? 0 }))
        for rule in ConsensusRule.allCases {
            var given: [[String: [String: Double]]] = []
            _ = panel.leaveOneOut(vendors: ["A"], rule: rule) { grid in
                given.append(grid.dictionary)
                return [:]
            }
            for left in [0, 11, 35, 69] {
                var others = sheets
                others.remove(at: left)
                #expect(given[left + 1] == (try EvaluatorPanel(others)).consensus(rule))
            }
        }
    }
}

@Suite struct KendallWTests {
    /// The `anxiety` data of the R package irr (Gamer et al.; also in DescTools' `KendallW` examples): 3 raters
    /// score 20 subjects 1–6, with many ties. `kendall(anxiety, correct = TRUE)` prints Wt = 0.54 and
    /// χ²(19) = 30.8 (the pyirr port tests the same: 0.54, 30.8), and 0.502 without the correction. By hand:
    /// rank sums give S = 3004; tie groups Σ(t³ − t) = 1674; W = 12 × 3004 / (3² × (20³ − 20) − 3 × 1674)
    /// = 36048 / (71820 − 5022) = 36048 / 66798 ≈ 0.539657; χ² = 3 × 19 × W ≈ 30.7604; uncorrected
    /// 36048 / 71820 ≈ 0.501921.
    static let anxiety: [[Double]] = [
        [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
        [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
        [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
    ]

    @Test func irrAnxietyExampleWithTies() throws {
        let w = try #require(KendallW(rankings: Self.anxiety))
        #expect(w.raters == 3)
        #expect(w.objects == 20)
        #expect(w.s == 3004)
        #expect(w.tieCorrection == 1674)
        #expect(abs(w.w - 36048.0 / 66798) < 1e-12)
        #expect((w.w * 100).rounded() / 100 == 0.54)
        #expect((w.chiSquare * 10).rounded() / 10 == 30.8)
        #expect(w.degreesOfFreedom == 19)
        #expect((w.uncorrected * 1000).rounded() / 1000 == 0.502)
    }

    /// Siegel & Castellan (1988), as reproduced in DescTools' `KendallW` examples: three judges rank eight
    /// attributes without ties. Rank sums 10, 18, 14, 6, 7, 16, 13, 24; mean 3 × 9 / 2 = 13.5;
    /// S = 12.25 + 20.25 + 0.25 + 56.25 + 42.25 + 6.25 + 0.25 + 110.25 = 248;
    /// W = 12 × 248 / (9 × 504) = 124/189 ≈ 0.656085; χ² = 3 × 7 × W ≈ 13.78, as `friedman.test` gives.
    @Test func siegelCastellanExampleWithoutTies() throws {
        let judges: [[Double]] = [[5, 6, 7, 1, 2, 4, 3, 8], [1, 7, 6, 2, 3, 5, 4, 8], [4, 5, 1, 3, 2, 7, 6, 8]]
        let w = try #require(KendallW(rankings: judges))
        #expect(w.s == 248)
        #expect(w.tieCorrection == 0)
        #expect(abs(w.w - 124.0 / 189) < 1e-12)
        #expect(w.w == w.uncorrected)
        #expect(abs(w.chiSquare - 13.777_777_777_78) < 1e-9)
    }

    /// ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1": four judges rank three
    /// competitors; rank sums 7, 9, 8; S = 1 + 1 + 0 = 2; W = 12 × 2 / (16 × 3 × 8) = 1/16.
    @Test func proofWikiExample() throws {
        let judges: [[Double]] = [[1, 3, 2], [1, 2, 3], [2, 3, 1], [3, 1, 2]]
        let w = try #require(KendallW(rankings: judges))
        #expect(w.w == 1.0 / 16)
    }

    @Test func extremesAndUndefinedCases() throws {
        #expect(try #require(KendallW(rankings: [[1, 2, 3], [1, 2, 3]])).w == 1)
        #expect(try #require(KendallW(rankings: [[1, 2, 3], [3, 2, 1]])).w == 0)
        // Scores or ranks, high or low best: the same W.
        #expect(KendallW(rankings: [[5, 3, 1], [4, 4, 0]]) == KendallW(rankings: [[1, 2, 3], [1.5, 1.5, 3]]))
        #expect(KendallW(rankings: [[1, 2, 3]]) == nil)  // one rater
        #expect(KendallW(rankings: [[1], [1]]) == nil)  // one object
        #expect(KendallW(rankings: [[1, 2], [1, 2, 3]]) == nil)  // ragged
        #expect(KendallW(rankings: [[2, 2, 2], [1, 1, 1]]) == nil)  // nobody separates anything
        #expect(KendallW(rankings: [[1, .nan], [1, 2]]) == nil)
    }

    @Test func wLiesBetweenZeroAndOne() async {
        let rankings = zip(Gen.int(in: 2...6), Gen.int(in: 2...7), Gen.int(in: 0...4).array(of: 42))
        await propertyCheck(count: 500, input: rankings) { raters, objects, values in
            let rows = (0..<raters).map { r in (0..<objects).map { Double(values[r * 7 + $0]) } }
            guard let w = KendallW(rankings: rows) else {
                // Only when every row ties every object.
                #expect(rows.allSatisfy { Set($0).count == 1 })
                return
            }
            #expect(w.w >= 0 && w.w <= 1)
            #expect(w.uncorrected <= w.w + 1e-12)
            #expect(abs(w.chiSquare - Double(raters * (objects - 1)) * w.w) < 1e-9)
        }
    }

    @Test func reorderingRatersOrObjectsKeepsW() async {
        let rankings = zip(Gen.int(in: 0...4).array(of: 20), Gen.int(in: 0...100).array(of: 4), Gen.int(in: 0...100).array(of: 5))
        await propertyCheck(count: 300, input: rankings) { values, raterKeys, objectKeys in
            let rows = (0..<4).map { r in (0..<5).map { Double(values[r * 5 + $0]) } }
            let raters = EvaluatorPanelTests.shuffled(Array(0..<4), by: raterKeys)
            let objects = EvaluatorPanelTests.shuffled(Array(0..<5), by: objectKeys)
            let moved = raters.map { r in objects.map { rows[r][$0] } }
            #expect(KendallW(rankings: rows) == KendallW(rankings: moved))
        }
    }
}
