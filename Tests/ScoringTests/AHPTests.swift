import Foundation
import Testing

@testable import Scoring

@Suite("AHP: priorities, consistency, structure")
struct AHPTests {
    static let threeItems = ["a", "b", "c"]

    /// Worked by hand: row products 8, 3/2, 1/12, cube roots 2, 1.14471, 0.43679, sum 3.58150; every error
    /// ratio of a 3×3 matrix under RGMM has |ln e| = ⅓ ln(a12·a23/a13) = ⅓ ln 1.5, so
    /// GCI = 2/(2·1) · 3 · (⅓ ln 1.5)² = ln²1.5 / 3 = 0.0548007.
    @Test func rowGeometricMeanAndGCIByHand() throws {
        let matrix = try PairwiseMatrix(items: Self.threeItems, entries: [[1, 2, 4], [0.5, 1, 3], [0.25, 1.0 / 3, 1]])
        let result = try AHP.analyze(matrix, options: AHPOptions(method: .geometric))
        #expect(result.weights.map { rounded($0, 5) } == [0.55842, 0.31962, 0.12196])
        #expect(abs(result.geometricConsistencyIndex - log(1.5) * log(1.5) / 3) < 1e-12)
        #expect(rounded(result.geometricConsistencyIndex, 7) == 0.0548007)
        #expect(result.geometricThreshold == 0.31)
        #expect(result.isConsistent)
        for error in result.judgmentErrors { #expect(abs(abs(error.logError) - log(1.5) / 3) < 1e-12) }
        // For n = 3 the eigenvector and the row geometric mean coincide.
        let eigen = try AHP.analyze(matrix)
        for (x, y) in zip(eigen.weights, result.weights) { #expect(abs(x - y) < 1e-10) }
    }

    @Test func gciThresholdsFollowTheSize() {
        #expect(AHP.geometricThreshold(for: 3) == 0.31)
        #expect(AHP.geometricThreshold(for: 4) == 0.35)
        #expect(AHP.geometricThreshold(for: 5) == 0.37)
        #expect(AHP.geometricThreshold(for: 12) == 0.37)
    }

    @Test func geometricVerdictUsesTheGCI() throws {
        // A 3-cycle: a over b 3, b over c 3, c over a 3 — as inconsistent as three judgments get.
        let cycle = try PairwiseMatrix(items: Self.threeItems, entries: [[1, 3, 1.0 / 3], [1.0 / 3, 1, 3], [3, 1.0 / 3, 1]])
        let result = try AHP.analyze(cycle, options: AHPOptions(method: .geometric))
        #expect(result.weights.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
        #expect(result.geometricConsistencyIndex > 0.31)
        #expect(!result.isConsistent)
        #expect(result.worstJudgments.count == 3)
    }

    @Test(arguments: RandomIndexTable.allCases)
    func everyTableNamesItselfAndCoversFifteen(_ table: RandomIndexTable) throws {
        #expect(table.maximumCount == 15)
        #expect(table.value(for: 1) == 0 && table.value(for: 2) == 0)
        #expect(table.value(for: 16) == nil)
        #expect(RandomIndexTable(rawValue: table.rawValue) == table)
        let result = try AHP.analyze(
            PairwiseMatrix(
                items: ["a", "b", "c", "d"],
                entries: [[1, 2, 3, 4], [0.5, 1, 2, 3], [1.0 / 3, 0.5, 1, 2], [0.25, 1.0 / 3, 0.5, 1]]),
            options: AHPOptions(randomIndex: table))
        #expect(result.options.randomIndex == table)
        #expect(result.randomIndex == table.values[3])
        #expect(abs(result.consistencyRatio - result.consistencyIndex / table.values[3]) < 1e-15)
    }

    @Test func classicTableIsTheDefault() {
        #expect(AHPOptions().randomIndex == .saaty1980)
        #expect(RandomIndexTable.saaty1980.value(for: 9) == 1.45)
        #expect(RandomIndexTable.doneganDodd.value(for: 15) == 1.4969)
    }

    @Test func twoItemsAreAlwaysConsistent() throws {
        let result = try AHP.analyze(PairwiseMatrix(items: ["a", "b"], entries: [[1, 7], [1.0 / 7, 1]]))
        #expect(result.weights.map { rounded($0, 12) } == [0.875, 0.125])
        #expect(result.consistencyRatio == 0 && result.consistencyIndex == 0 && result.geometricConsistencyIndex == 0)
        #expect(result.isConsistent)
        let one = try AHP.analyze(PairwiseMatrix(items: ["only"], entries: [[1]]))
        #expect(one.weights == [1])
    }

    @Test func moreItemsThanTheTableIsAClearError() throws {
        let items = (1...16).map { "c\($0)" }
        let matrix = try PairwiseMatrix(items: items, entries: items.map { _ in items.map { _ in 1 } })
        #expect(throws: AHPError.tooManyItems(count: 16, table: .saaty1980)) { try AHP.analyze(matrix) }
    }

    /// A CI divided by a constant instead of n − 1 was a real bug elsewhere (airicyu/ahp issue #4): check n = 5.
    @Test func consistencyIndexDividesByNMinusOne() throws {
        let a: [[Double?]] = [
            [1, 3, 5, 7, 9], [1.0 / 3, 1, 3, 5, 7], [1.0 / 5, 1.0 / 3, 1, 3, 5], [1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3],
            [1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1],
        ]
        let result = try AHP.analyze(PairwiseMatrix(items: ["a", "b", "c", "d", "e"], entries: a))
        #expect(abs(result.consistencyIndex - (result.lambdaMax - 5) / 4) < 1e-15)
        #expect(abs(result.consistencyRatio - result.consistencyIndex / 1.12) < 1e-15)
    }

    @Test func eigenvectorSatisfiesItsEquation() throws {
        let a: [[Double]] = [[1, 4, 3, 7], [0.25, 1, 1.0 / 3, 3], [1.0 / 3, 3, 1, 5], [1.0 / 7, 1.0 / 3, 0.2, 1]]
        let (w, lambda) = try AHP.principalEigenvector(a)
        for i in 0..<4 {
            let row = (0..<4).reduce(0.0) { $0 + a[i][$1] * w[$1] }
            #expect(abs(row - lambda * w[i]) < 1e-11)
        }
    }

    @Test func nearestScaleValueIsLogarithmic() {
        #expect(SaatyScale.nearest(to: 2.1) == 2)
        #expect(SaatyScale.nearest(to: 0.3) == 1.0 / 3)
        #expect(SaatyScale.nearest(to: 40) == 9)
        #expect(SaatyScale.nearest(to: 1.4) == 1)  // √2 ≈ 1.414 is the midpoint of 1 and 2
        #expect(SaatyScale.values.count == 17)
    }

    // MARK: Structure

    @Test func structuralProblemsNameEveryCell() {
        let error = #expect(throws: PairwiseMatrixError.self) {
            try PairwiseMatrix(items: ["a", "b", "c"], entries: [[2, 3, -1], [0.5, 1, 2], [1, 0.5, 1]])
        }
        // The negative cell is reported and its pair not checked further; the diagonal still is.
        #expect(
            error?.problems == [
                .notPositive(row: 0, column: 2, value: -1), .diagonal(index: 0, value: 2),
                .notReciprocal(row: 1, column: 0, value: 0.5, mirror: 3),
            ])
        let second = #expect(throws: PairwiseMatrixError.self) {
            try PairwiseMatrix(items: ["a", "b", "c"], entries: [[2, 3, 4], [0.5, 1, 2], [1, 0.5, 1]])
        }
        #expect(
            second?.problems == [
                .diagonal(index: 0, value: 2), .notReciprocal(row: 1, column: 0, value: 0.5, mirror: 3),
                .notReciprocal(row: 2, column: 0, value: 1, mirror: 4),
            ])
    }

    @Test func shapeProblems() {
        let error = #expect(throws: PairwiseMatrixError.self) {
            try PairwiseMatrix(items: ["a", "b", "a"], entries: [[1, 2, 3], [0.5, 1]])
        }
        #expect(
            error?.problems == [
                .duplicateItem("a", first: 0, second: 2), .rowCount(expected: 3, found: 2),
                .rowLength(row: 1, expected: 3, found: 2),
            ])
        #expect(throws: PairwiseMatrixError(problems: [.noItems])) { try PairwiseMatrix(items: [], entries: []) }
    }

    @Test func oneSideOfAPairIsEnough() throws {
        let matrix = try PairwiseMatrix(items: ["a", "b", "c"], entries: [[nil, 3, 5], [nil, 1, nil], [nil, 0.5, nil]])
        #expect(matrix.entries == [[1, 3, 5], [1.0 / 3, 1, 2], [0.2, 0.5, 1]])
        #expect(matrix.isComplete)
        // Given on both sides, the side at least 1 is kept exactly and the other is its reciprocal.
        let both = try PairwiseMatrix(items: ["a", "b"], entries: [[1, 1.0 / 3], [3, 1]])
        #expect(both[0, 1] == 1.0 / 3 && both[1, 0] == 3)
    }

    @Test func judgmentsNameUnknownAndRepeatedPairs() {
        let error = #expect(throws: PairwiseMatrixError.self) {
            try PairwiseMatrix(items: ["a", "b"], judgments: [("a", "x", 3), ("b", "b", 1), ("a", "b", 2), ("a", "b", 3)])
        }
        #expect(error?.problems == [.unknownItem("x"), .selfComparison("b"), .repeatedPair("a", "b")])
    }

    @Test func offScaleJudgmentsAreListed() throws {
        let matrix = try PairwiseMatrix(items: ["a", "b", "c"], entries: [[1, 12, 9], [nil, 1, 1.0 / 9], [nil, nil, 1]])
        #expect(matrix.offScalePairs.map { [$0.row, $0.column] } == [[0, 1]])
    }
}
