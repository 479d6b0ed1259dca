import Foundation
import Testing

@testable import Scoring

/// `value` rounded to `places` decimals, as the sources print them.
func rounded(_ value: Double, _ places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
}

/// Published AHP examples, reproduced to the precision they were printed with. Each source's RI table is
/// the one its author used.
@Suite("AHP: published examples")
struct AHPPublishedExampleTests {
    /// Saaty, "How to make a decision: the analytic hierarchy process", European Journal of Operational
    /// Research 48 (1990) 9–26, the house example: the family's eight criteria (level 2). Printed: priorities
    /// .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (Saaty's 1980 RI,
    /// 1.41 for n = 8).
    @Test func saatyHouseCriteria() throws {
        let items = ["size", "transportation", "neighborhood", "age", "yard", "modern", "condition", "financing"]
        let matrix = try PairwiseMatrix(
            items: items,
            entries: [
                [1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4],
                [1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7],
                [1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5],
                [1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8],
                [1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6],
                [1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6],
                [3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2],
                [4, 7, 5, 8, 6, 6, 2, 1],
            ])
        let result = try AHP.analyze(matrix)
        #expect(result.weights.map { rounded($0, 3) } == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333])
        #expect(rounded(result.lambdaMax, 3) == 9.669)
        #expect(rounded(result.consistencyIndex, 3) == 0.238)
        #expect(rounded(result.consistencyRatio, 3) == 0.169)
        #expect(result.randomIndex == 1.41)
        #expect(!result.isConsistent)
        #expect(abs(result.weights.reduce(0, +) - 1) < 1e-12)
        // The worst judgment is the most out of line with the priorities; revisiting it lowers the CR.
        let worst = try #require(result.worstJudgments.first)
        var rows = matrix.entries
        rows[worst.row][worst.column] = worst.suggested
        rows[worst.column][worst.row] = 1 / worst.suggested
        let revised = try AHP.analyze(PairwiseMatrix(items: items, entries: rows))
        #expect(revised.consistencyRatio < result.consistencyRatio)
    }

    /// Saaty, "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1), 2008:
    /// relative consumption of drinks in the United States, as reproduced in the AHPy README
    /// (PhilipGriffith/AHPy): weights .177 .019 .042 .116 .190 .129 .327 and CR 0.022 with Saaty's 2005 RI.
    @Test func saatyDrinks() throws {
        let items = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"]
        let matrix = try PairwiseMatrix(
            items: items,
            judgments: [
                ("coffee", "wine", 9), ("coffee", "tea", 5), ("coffee", "beer", 2), ("coffee", "soda", 1),
                ("coffee", "milk", 1), ("coffee", "water", 1.0 / 2),
                ("wine", "tea", 1.0 / 3), ("wine", "beer", 1.0 / 9), ("wine", "soda", 1.0 / 9), ("wine", "milk", 1.0 / 9),
                ("wine", "water", 1.0 / 9),
                ("tea", "beer", 1.0 / 3), ("tea", "soda", 1.0 / 4), ("tea", "milk", 1.0 / 3), ("tea", "water", 1.0 / 9),
                ("beer", "soda", 1.0 / 2), ("beer", "milk", 1), ("beer", "water", 1.0 / 3),
                ("soda", "milk", 2), ("soda", "water", 1.0 / 2),
                ("milk", "water", 1.0 / 3),
            ])
        let result = try AHP.analyze(matrix, options: AHPOptions(randomIndex: .saaty2005))
        #expect(result.weights.map { rounded($0, 3) } == [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327])
        #expect(rounded(result.consistencyRatio, 3) == 0.022)
        #expect(result.isConsistent)
        #expect(result.worstJudgments.isEmpty)
    }

    /// Wikipedia, "Analytic hierarchy process – leader example", the criteria (experience, education,
    /// charisma, age) and the candidates on experience, as computed by the AHPy README with Saaty's 2005 RI:
    /// criteria .548 .127 .270 .056 with CR 0.044; experience .217 .717 .066 (Moll, Nell, Sue) with CR 0.035.
    /// Wikipedia itself prints .547 for experience: its numbers come from an online demonstration that, in its
    /// own words, "is designed for convenience, not accuracy" — the eigenvector gives .548.
    @Test func wikipediaLeader() throws {
        let criteria = try PairwiseMatrix(
            items: ["experience", "education", "charisma", "age"],
            judgments: [
                ("experience", "education", 4), ("experience", "charisma", 3), ("experience", "age", 7),
                ("education", "charisma", 1.0 / 3), ("education", "age", 3), ("charisma", "age", 5),
            ])
        let result = try AHP.analyze(criteria, options: AHPOptions(randomIndex: .saaty2005))
        #expect(result.weights.map { rounded($0, 3) } == [0.548, 0.127, 0.270, 0.056])
        #expect(rounded(result.consistencyRatio, 3) == 0.044)
        #expect(abs(result.weights[0] - 0.547) < 0.0015, "Wikipedia's approximate value")

        let experience = try PairwiseMatrix(
            items: ["Moll", "Nell", "Sue"], judgments: [("Moll", "Nell", 1.0 / 4), ("Moll", "Sue", 4), ("Nell", "Sue", 9)])
        let byExperience = try AHP.analyze(experience, options: AHPOptions(randomIndex: .saaty2005))
        #expect(byExperience.weights.map { rounded($0, 3) } == [0.217, 0.717, 0.066])
        #expect(rounded(byExperience.consistencyRatio, 3) == 0.035)
    }

    static let carOptions = AHPOptions(randomIndex: .doneganDodd)

    static func carCriteria() throws -> AHPResult {
        try AHP.analyze(
            PairwiseMatrix(
                items: ["cost", "safety", "style", "capacity"],
                judgments: [
                    ("cost", "safety", 3), ("cost", "style", 7), ("cost", "capacity", 3), ("safety", "style", 9),
                    ("safety", "capacity", 1), ("style", "capacity", 1.0 / 7),
                ]), options: carOptions)
    }

    static func carCost() throws -> AHPResult {
        try AHP.analyze(
            PairwiseMatrix(
                items: ["price", "fuel", "maintenance", "resale"],
                judgments: [
                    ("price", "fuel", 2), ("price", "maintenance", 5), ("price", "resale", 3), ("fuel", "maintenance", 2),
                    ("fuel", "resale", 2), ("maintenance", "resale", 1.0 / 2),
                ]), options: carOptions)
    }

    /// Wikipedia, "Analytic hierarchy process – car example", as computed by the AHPy README with Donegan &
    /// Dodd's RI: criteria cost .51, safety .234, style .041, capacity .215, CR 0.08; cost's sub-criteria price
    /// .488, fuel .252, maintenance .1, resale .161, CR 0.016; six cars on price, CR 0.072.
    @Test func wikipediaCar() throws {
        let criteria = try Self.carCriteria()
        #expect(criteria.weights.map { rounded($0, 3) } == [0.510, 0.234, 0.041, 0.215])
        #expect(rounded(criteria.consistencyRatio, 3) == 0.080)
        #expect(criteria.randomIndex == 0.8286)

        let cost = try Self.carCost()
        #expect(cost.weights.map { rounded($0, 3) } == [0.488, 0.252, 0.100, 0.161])
        #expect(rounded(cost.consistencyRatio, 3) == 0.016)

        let cars = ["Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"]
        let priceValues: [Double] = [9, 9, 1, 1.0 / 2, 5, 1, 1.0 / 9, 1.0 / 9, 1.0 / 7, 1.0 / 9, 1.0 / 9, 1.0 / 7, 1.0 / 2, 5, 6]
        var judgments: [(String, String, Double)] = []
        var values = priceValues.makeIterator()
        for i in cars.indices {
            for j in (i + 1)..<cars.count { judgments.append((cars[i], cars[j], values.next() ?? 1)) }
        }
        let price = try AHP.analyze(PairwiseMatrix(items: cars, judgments: judgments), options: Self.carOptions)
        #expect(price.weights.map { rounded($0, 3) } == [0.246, 0.025, 0.025, 0.246, 0.366, 0.093])
        #expect(rounded(price.consistencyRatio, 3) == 0.072)
    }

    /// The car example's hierarchy (AHPy README): global weight = product of the local weights down the path —
    /// price .249, fuel .129, resale .082, maintenance .051; cargo 0.0358 (capacity × cargo's 1/6). AHPy
    /// multiplies the weights after rounding them to its precision: fuel is .51 × .252 = .1285 there, but
    /// .51008 × .25154 = .1283 unrounded, so crmkit's .128 is the right third decimal.
    @Test func wikipediaCarGlobalWeights() throws {
        let criteria = try Self.carCriteria().weights
        let cost = try Self.carCost().weights
        let tree = [
            CriteriaTree(
                "cost", points: criteria[0],
                children: zip(["price", "fuel", "maintenance", "resale"], cost).map { CriteriaTree($0, points: $1) }),
            CriteriaTree("safety", points: criteria[1]), CriteriaTree("style", points: criteria[2]),
            CriteriaTree(
                "capacity", points: criteria[3],
                children: [CriteriaTree("cargo", points: 1), CriteriaTree("passenger", points: 5)]),
        ]
        let weights = try CriteriaTree.weights(of: tree)
        let global = Dictionary(uniqueKeysWithValues: weights.map { ($0.id, $0.global) })
        #expect(
            weights.map(\.id) == [
                "cost", "price", "fuel", "maintenance", "resale", "safety", "style", "capacity", "cargo", "passenger",
            ])
        #expect(rounded(try #require(global["price"]), 3) == 0.249)
        #expect(rounded(try #require(global["fuel"]), 3) == 0.128)
        #expect(rounded(rounded(criteria[0], 3) * rounded(cost[1], 3), 3) == 0.129, "AHPy's rounded product")
        #expect(rounded(try #require(global["resale"]), 3) == 0.082)
        #expect(rounded(try #require(global["maintenance"]), 3) == 0.051)
        #expect(rounded(try #require(global["cargo"]), 4) == 0.0358)
        #expect(abs(weights.filter(\.isLeaf).map(\.global).reduce(0, +) - 1) < 1e-12)
    }

    /// The AHPy README's "missing pairwise comparisons" example (Donegan & Dodd RI): the complete matrix gives
    /// b .3917, a .3742, d .1349, c .0991 and CR 0.0372; without (c, d) the optimal completion computes
    /// c/d = 0.7302971068355002 and gives b .392, a .3738, d .1357, c .0985, CR 0.0372.
    @Test func ahpyMissingComparison() throws {
        let options = AHPOptions(randomIndex: .doneganDodd)
        var judgments: [(String, String, Double)] = [
            ("a", "b", 1), ("a", "c", 5), ("a", "d", 2), ("b", "c", 3), ("b", "d", 4), ("c", "d", 3.0 / 4),
        ]
        let complete = try AHP.analyze(PairwiseMatrix(items: ["a", "b", "c", "d"], judgments: judgments), options: options)
        #expect(complete.weights.map { rounded($0, 4) } == [0.3742, 0.3917, 0.0991, 0.1349])
        #expect(rounded(complete.consistencyRatio, 4) == 0.0372)

        judgments.removeLast()
        let partial = try AHP.analyze(PairwiseMatrix(items: ["a", "b", "c", "d"], judgments: judgments), options: options)
        let filled = try #require(partial.filled.first)
        #expect(partial.filled.count == 1)
        #expect((filled.row, filled.column) == (2, 3))
        // AHPy stops its cycles at a tolerance of 1e-4, so it agrees to about that.
        #expect(abs(filled.value - 0.7302971068355002) < 1e-4)
        #expect(partial.weights.map { rounded($0, 4) } == [0.3738, 0.3920, 0.0985, 0.1357])
        #expect(rounded(partial.consistencyRatio, 4) == 0.0372)
        // The filled value is not a judgment anyone made, so it is never offered for revision.
        #expect(!partial.judgmentErrors.contains { $0.row == 2 && $0.column == 3 })
    }
}
