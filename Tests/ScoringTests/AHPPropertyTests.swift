import Foundation
import PropertyBased
import Testing

@testable import Scoring

@Suite("AHP: properties")
struct AHPPropertyTests {
    /// A random reciprocal matrix of `n` items whose upper triangle takes Saaty's scale values by index.
    static func matrix(_ n: Int, scale indices: [Int]) throws -> PairwiseMatrix {
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: n)
        var next = indices.makeIterator()
        for i in 0..<n {
            for j in (i + 1)..<n { rows[i][j] = SaatyScale.values[(next.next() ?? 8) % SaatyScale.values.count] }
        }
        return try PairwiseMatrix(items: (0..<n).map { "c\($0)" }, entries: rows)
    }

    static let sizes = Gen.int(in: 1...10)
    static let judgments = Gen.int(in: 0...16).array(of: 45)

    @Test func weightsArePositiveAndSumToOne() async {
        await propertyCheck(count: 200, input: Self.sizes, Self.judgments) { n, indices in
            for method in PriorityMethod.allCases {
                let result = try AHP.analyze(Self.matrix(n, scale: indices), options: AHPOptions(method: method))
                #expect(abs(result.weights.reduce(0, +) - 1) < 1e-12)
                #expect(result.weights.allSatisfy { $0 > 0 })
                #expect(result.lambdaMax >= Double(n) - 1e-9, "λmax ≥ n for every reciprocal matrix")
                #expect(result.consistencyRatio >= 0)
            }
        }
    }

    @Test func consistentMatrixHasNoInconsistencyAndGivesBackItsValues() async {
        await propertyCheck(count: 200, input: Gen.double(in: 0.05...20).array(of: 2...12)) { values in
            let rows: [[Double?]] = values.map { vi in values.map { vj in vi / vj } }
            let matrix = try PairwiseMatrix(items: values.indices.map { "c\($0)" }, entries: rows)
            let total = values.reduce(0, +)
            for method in PriorityMethod.allCases {
                let result = try AHP.analyze(matrix, options: AHPOptions(method: method))
                #expect(abs(result.consistencyRatio) < 1e-9)
                #expect(result.geometricConsistencyIndex < 1e-20)
                #expect(result.isConsistent)
                for (w, v) in zip(result.weights, values) { #expect(abs(w - v / total) < 1e-10) }
            }
        }
    }

    @Test func permutingTheItemsPermutesTheWeights() async {
        await propertyCheck(count: 150, input: Gen.int(in: 2...9), Self.judgments, Gen.shuffled(Array(0..<9))) {
            n, indices, shuffled in
            let original = try Self.matrix(n, scale: indices)
            let order = shuffled.filter { $0 < n }  // position k of the permuted matrix holds item order[k]
            let permuted = try PairwiseMatrix(
                items: order.map { original.items[$0] }, entries: order.map { i in order.map { j in original[i, j] } })
            for method in PriorityMethod.allCases {
                let before = try AHP.analyze(original, options: AHPOptions(method: method))
                let after = try AHP.analyze(permuted, options: AHPOptions(method: method))
                for (k, item) in order.enumerated() { #expect(abs(after.weights[k] - before.weights[item]) < 1e-10) }
                #expect(abs(after.lambdaMax - before.lambdaMax) < 1e-9)
            }
        }
    }

    /// Any connected subset of a consistent matrix's judgments (here: a spanning star plus random extras) is
    /// completed back to the whole consistent matrix.
    @Test func completionRecoversAConsistentMatrix() async {
        await propertyCheck(count: 60, input: Gen.double(in: 0.1...10).array(of: 3...7), Gen.int(in: 0...1).array(of: 21)) {
            values, keep in
            let n = values.count
            var rows: [[Double?]] = values.map { vi in values.map { vj in vi / vj } }
            var bits = keep.makeIterator()
            for i in 1..<n {
                for j in (i + 1)..<n where bits.next() == 0 {
                    rows[i][j] = nil
                    rows[j][i] = nil
                }
            }
            let matrix = try PairwiseMatrix(items: values.indices.map { "c\($0)" }, entries: rows)
            let result = try AHP.analyze(matrix)
            let total = values.reduce(0, +)
            for (w, v) in zip(result.weights, values) { #expect(abs(w - v / total) < 1e-8) }
            for filled in result.filled {
                #expect(abs(filled.value / (values[filled.row] / values[filled.column]) - 1) < 1e-8)
            }
        }
    }

    @Test func directAndRankWeightsSumToOne() async {
        await propertyCheck(count: 200, input: Gen.double(in: 0...1000).array(of: 1...20), Gen.int(in: 1...20)) {
            points, n in
            if points.contains(where: { $0 > 0 }) {
                let weights = try DirectWeighting.points.weights(points)
                #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
            }
            for method in RankWeighting.allCases {
                let weights = method.weights(count: n)
                #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
                #expect(zip(weights, weights.dropFirst()).allSatisfy { $0 >= $1 }, "a better rank never weighs less")
            }
        }
    }
}
