import PropertyBased
import Scoring
import Testing

/// Random matrices: up to 7 alternatives × 6 criteria, values on a 0…10 scale (so `none` can reverse cost
/// criteria), weights from 0.01 to 1, each criterion a cost with probability ½.
enum RandomMatrix {
    static let alternatives = Gen.int(in: 2...7)
    static let criteria = Gen.int(in: 1...6)
    static let values = Gen.double(in: 0.5...10).array(of: 42)
    static let weights = Gen.double(in: 0.01...1).array(of: 6)
    static let costs = Gen.bool.array(of: 6)

    static func make(_ m: Int, _ n: Int, _ values: [Double], _ weights: [Double], _ costs: [Bool]) throws -> DecisionMatrix {
        try DecisionMatrix(
            alternatives: (0..<m).map { "A\($0)" },
            criteria: (0..<n).map { j in
                .init(
                    name: "c\(j)", weight: weights[j], kind: costs[j] ? .cost : .benefit, scale: 0...10,
                    values: (0..<m).map { values[j * 7 + $0] })
            })
    }

    /// `matrix` with criterion k's weight set to t and the others rescaled proportionally.
    static func moving(_ matrix: DecisionMatrix, criterion k: Int, to t: Double) throws -> DecisionMatrix {
        let rest = matrix.weights.indices.reduce(0) { $1 == k ? $0 : $0 + matrix.weights[$1] }
        return try DecisionMatrix(
            alternatives: matrix.alternatives,
            criteria: matrix.criteria.indices.map { j in
                var criterion = matrix.criteria[j]
                criterion.weight = j == k ? t : matrix.weights[j] * (1 - t) / rest
                return criterion
            })
    }
}

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * Swift.max(1, abs(a), abs(b))
}

@Suite("Scoring properties")
struct ScoringPropertyTests {
    @Test func reorderingAlternativesChangesNoScoreOrRank() async {
        await propertyCheck(
            count: 200, input: RandomMatrix.alternatives, RandomMatrix.criteria, RandomMatrix.values,
            RandomMatrix.weights, RandomMatrix.costs, Gen.shuffled(Array(0..<7))
        ) { m, n, values, weights, costs, shuffled throws in
            let matrix = try RandomMatrix.make(m, n, values, weights, costs)
            let order = shuffled.filter { $0 < m }
            let reordered = try matrix.reordered(order)
            for method in ScoringMethod.allCases {
                for normalization in Normalization.allCases {
                    let original = try method.evaluate(matrix, normalization: normalization)
                    let moved = try method.evaluate(reordered, normalization: normalization)
                    for (position, index) in order.enumerated() {
                        #expect(close(moved.scores[position], original.scores[index]), "\(method) \(normalization)")
                        #expect(moved.ranking.ranks[position] == original.ranking.ranks[index], "\(method) \(normalization)")
                    }
                }
            }
        }
    }

    @Test func scalingAllWeightsChangesNothing() async {
        await propertyCheck(
            count: 200, input: RandomMatrix.alternatives, RandomMatrix.criteria, RandomMatrix.values,
            RandomMatrix.weights, RandomMatrix.costs, Gen.double(in: 0.001...1000)
        ) { m, n, values, weights, costs, factor throws in
            let matrix = try RandomMatrix.make(m, n, values, weights, costs)
            let scaled = try RandomMatrix.make(m, n, values, weights.map { $0 * factor }, costs)
            for method in ScoringMethod.allCases {
                for normalization in Normalization.allCases {
                    let original = try method.evaluate(matrix, normalization: normalization)
                    let other = try method.evaluate(scaled, normalization: normalization)
                    #expect(zip(original.scores, other.scores).allSatisfy { close($0, $1) }, "\(method) \(normalization)")
                    #expect(original.ranking == other.ranking, "\(method) \(normalization)")
                }
            }
        }
    }

    @Test func minMaxColumnsLieInTheUnitInterval() async {
        await propertyCheck(
            count: 300, input: RandomMatrix.alternatives, Gen.double(in: -1e6...1e6).array(of: 7), Gen.bool
        ) { m, values, cost throws in
            let matrix = try DecisionMatrix(
                alternatives: (0..<m).map { "A\($0)" },
                criteria: [.init(name: "c", weight: 1, kind: cost ? .cost : .benefit, values: Array(values.prefix(m)))])
            let column = try Normalization.minmax.normalize(matrix)[0]
            #expect(column.allSatisfy { (0...1).contains($0) })
            #expect(column.contains(1))
        }
    }

    @Test func closedFormThresholdsAgreeWithBisection() async {
        await propertyCheck(
            count: 200, input: RandomMatrix.alternatives, RandomMatrix.criteria, RandomMatrix.values,
            RandomMatrix.weights, RandomMatrix.costs, Gen<Normalization>.case
        ) { m, n, values, weights, costs, normalization throws in
            let matrix = try RandomMatrix.make(m, n, values, weights, costs)
            let exact = try Sensitivity.analyze(matrix, method: .wsm, normalization: normalization)
            let searched = try Sensitivity.analyze(
                matrix, method: .wsm, normalization: normalization, solver: .gridBisection(steps: 1000))
            #expect(exact.winner == searched.winner)
            for (a, b) in zip(exact.criteria, searched.criteria) {
                #expect(close(a.stableFrom, b.stableFrom, 1e-7), "\(a) vs \(b)")
                #expect(close(a.stableTo, b.stableTo, 1e-7), "\(a) vs \(b)")
                #expect(a.below?.newWinner == b.below?.newWinner)
                #expect(a.above?.newWinner == b.above?.newWinner)
            }
        }
    }

    /// Each flip is checked by scoring the matrix again with the moved weights: just inside the stability
    /// interval the winner still leads, just beyond it the reported new winner does.
    @Test func flipsHoldWhenTheMatrixIsScoredAgain() async {
        await propertyCheck(
            count: 100, input: RandomMatrix.alternatives, RandomMatrix.criteria, RandomMatrix.values,
            RandomMatrix.weights, RandomMatrix.costs, Gen<ScoringMethod>.case
        ) { m, n, values, weights, costs, method throws in
            let matrix = try RandomMatrix.make(m, n, values, weights, costs)
            let report = try Sensitivity.analyze(matrix, method: method, normalization: .minmax)
            let epsilon = 1e-6
            for criterion in report.criteria {
                for (flip, direction) in [(criterion.below, -1.0), (criterion.above, 1.0)] {
                    guard let flip else { continue }
                    let inside = flip.weight - direction * epsilon
                    let outside = flip.weight + direction * epsilon
                    // A flip at the current weight (a tie at the top) has no inside to check.
                    guard (0...1).contains(outside), abs(flip.weight - criterion.weight) > 2 * epsilon else { continue }
                    let before = try method.evaluate(
                        try RandomMatrix.moving(matrix, criterion: criterion.criterion, to: inside), normalization: .minmax)
                    let after = try method.evaluate(
                        try RandomMatrix.moving(matrix, criterion: criterion.criterion, to: outside), normalization: .minmax)
                    #expect(before.ranking.ranks[report.winner] == 1, "\(method) \(criterion)")
                    #expect(after.ranking.order[0] == flip.newWinner, "\(method) \(criterion)")
                }
            }
        }
    }
}
