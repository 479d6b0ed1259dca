import Foundation
import Testing

@testable import Scoring

@Suite("Incomplete matrices")
struct PairwiseCompletionTests {
    /// A consistent matrix a_ij = v_i / v_j with one entry removed: both completions give back v_i / v_j
    /// exactly, and the priorities are v normalized.
    @Test(arguments: CompletionMethod.allCases)
    func consistentMatrixWithOneEntryRemoved(_ method: CompletionMethod) throws {
        let v: [Double] = [6, 3, 2, 1]
        var rows: [[Double?]] = v.map { vi in v.map { vj in vi / vj } }
        rows[1][3] = nil
        rows[3][1] = nil
        let matrix = try PairwiseMatrix(items: ["a", "b", "c", "d"], entries: rows)
        #expect(matrix.missingPairs.map { [$0.row, $0.column] } == [[1, 3]])
        let result = try AHP.analyze(matrix, options: AHPOptions(completion: method))
        #expect(result.filled.count == 1)
        #expect(abs(try #require(result.filled.first).value - 3) < 1e-9)
        for (w, expected) in zip(result.weights, v.map { $0 / 12 }) { #expect(abs(w - expected) < 1e-10) }
        #expect(abs(result.consistencyRatio) < 1e-9)
    }

    @Test func optimalCompletionMinimizesLambdaMax() throws {
        // The AHPy example without (c, d): λmax at the filled value is below λmax a little either side.
        let matrix = try PairwiseMatrix(
            items: ["a", "b", "c", "d"], judgments: [("a", "b", 1), ("a", "c", 5), ("a", "d", 2), ("b", "c", 3), ("b", "d", 4)])
        let result = try AHP.analyze(matrix)
        let best = try #require(result.filled.first).value
        func lambda(_ x: Double) throws -> Double {
            var a = result.completedMatrix
            a[2][3] = x
            a[3][2] = 1 / x
            return try AHP.principalEigenvector(a).lambdaMax
        }
        #expect(try lambda(best) < lambda(best * 1.001))
        #expect(try lambda(best) < lambda(best / 1.001))
        // Here LLSM lands within 1e-6 of the optimum; λmax cannot tell them apart.
        let llsm = try AHP.analyze(matrix, options: AHPOptions(completion: .llsm))
        #expect(abs(try #require(llsm.filled.first).value - best) < 1e-5)
        #expect(try lambda(best) <= llsm.lambdaMax + 1e-12)
    }

    /// Saaty's house criteria (see the published examples) without neighborhood/condition and size/financing.
    /// Checked against an independent minimization of λmax (scipy Nelder–Mead on the logarithms of the two
    /// entries): 0.463294 and 0.621740, λmax 8.7267092; the LLSM completion 0.471387 and 0.629961 has
    /// λmax 8.7267549.
    @Test func optimalCompletionOfTwoEntries() throws {
        var rows: [[Double?]] = [
            [1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4], [1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7],
            [1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5], [1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8],
            [1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6], [1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6],
            [3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2], [4, 7, 5, 8, 6, 6, 2, 1],
        ]
        for (i, j) in [(2, 6), (0, 7)] {
            rows[i][j] = nil
            rows[j][i] = nil
        }
        let matrix = try PairwiseMatrix(items: (1...8).map { "c\($0)" }, entries: rows)
        let optimal = try AHP.analyze(matrix)
        #expect(optimal.filled.map { [$0.row, $0.column] } == [[0, 7], [2, 6]])
        #expect(optimal.filled.map { rounded($0.value, 6) } == [0.621740, 0.463294])
        #expect(rounded(optimal.lambdaMax, 7) == 8.7267092)
        let llsm = try AHP.analyze(matrix, options: AHPOptions(completion: .llsm))
        #expect(llsm.filled.map { rounded($0.value, 6) } == [0.629961, 0.471387])
        #expect(rounded(llsm.lambdaMax, 7) == 8.7267549)
    }

    @Test func manyMissingJudgmentsStillComplete() throws {
        // Only a spanning path is given: a chain is always completed consistently, so CR = 0.
        let matrix = try PairwiseMatrix(
            items: ["a", "b", "c", "d", "e"], judgments: [("a", "b", 2), ("b", "c", 3), ("c", "d", 1.0 / 2), ("d", "e", 4)])
        let result = try AHP.analyze(matrix)
        #expect(result.filled.count == 6)
        #expect(result.consistencyRatio < 1e-9)
        #expect(abs(result.completedMatrix[0][2] - 6) < 1e-8)
    }

    @Test func disconnectedJudgmentsNameTheGroups() throws {
        let matrix = try PairwiseMatrix(
            items: ["price", "support", "features", "vendor"], judgments: [("price", "features", 3), ("support", "vendor", 2)])
        #expect(throws: AHPError.disconnected(groups: [["price", "features"], ["support", "vendor"]])) {
            try AHP.analyze(matrix)
        }
    }

    @Test func logLeastSquaresOfACompleteMatrixIsTheRowGeometricMean() throws {
        let matrix = try PairwiseMatrix(
            items: ["a", "b", "c", "d"],
            entries: [[1, 4, 3, 7], [0.25, 1, 1.0 / 3, 3], [1.0 / 3, 3, 1, 5], [1.0 / 7, 1.0 / 3, 0.2, 1]])
        let llsm = PairwiseCompletion.logLeastSquares(matrix)
        let rgmm = AHP.rowGeometricMean(matrix.entries.map { $0.map { $0 ?? 1 } })
        for (x, y) in zip(llsm, rgmm) { #expect(abs(x - y) < 1e-12) }
    }
}

@Suite("Group AHP")
struct GroupAHPTests {
    static let items = ["a", "b", "c", "d"]
    let first: PairwiseMatrix
    let second: PairwiseMatrix
    /// Weights 2 : 1, renormalized to ⅔ and ⅓.
    let members: [GroupMember]

    init() throws {
        first = try PairwiseMatrix(
            items: Self.items,
            entries: [[1, 3, 5, 7], [1.0 / 3, 1, 2, 4], [1.0 / 5, 1.0 / 2, 1, 2], [1.0 / 7, 1.0 / 4, 1.0 / 2, 1]])
        second = try PairwiseMatrix(
            items: Self.items,
            entries: [[1, 1.0 / 2, 3, 5], [2, 1, 4, 6], [1.0 / 3, 1.0 / 4, 1, 2], [1.0 / 5, 1.0 / 6, 1.0 / 2, 1]])
        members = [
            GroupMember(name: "maryam", matrix: first, weight: 2), GroupMember(name: "reza", matrix: second, weight: 1),
        ]
    }

    /// Checked against an independent computation (numpy.linalg.eig on the element-wise weighted geometric
    /// mean of the two matrices, and on each member's matrix).
    @Test func aggregationOfIndividualJudgments() throws {
        let result = try GroupAHP.aggregate(members, by: .judgments)
        #expect(result.members.map(\.weight).map { rounded($0, 12) } == [rounded(2.0 / 3, 12), rounded(1.0 / 3, 12)])
        #expect(result.weights.map { rounded($0, 6) } == [0.492833, 0.311151, 0.126263, 0.069753])
        let group = try #require(result.groupMatrix)
        #expect(abs(group.completedMatrix[0][1] - pow(3, 2.0 / 3) * pow(0.5, 1.0 / 3)) < 1e-12)
        #expect(rounded(group.consistencyRatio, 6) == 0.003112)
        #expect(result.members.map { rounded($0.result.consistencyRatio, 6) } == [0.010488, 0.012581])
        #expect(result.members.allSatisfy { !$0.isFlagged })
    }

    @Test func aggregationOfIndividualPriorities() throws {
        let geometric = try GroupAHP.aggregate(members, by: .prioritiesGeometric)
        #expect(geometric.weights.map { rounded($0, 6) } == [0.493159, 0.311592, 0.125509, 0.069741])
        #expect(geometric.groupMatrix == nil)
        let arithmetic = try GroupAHP.aggregate(members, by: .prioritiesArithmetic)
        #expect(arithmetic.weights.map { rounded($0, 6) } == [0.492119, 0.320568, 0.120405, 0.066908])
    }

    /// Barzilai & Golany: with row-geometric-mean priorities, AIJ and geometric AIP are the same.
    @Test func judgmentsAndPrioritiesAgreeUnderTheGeometricMean() throws {
        let options = AHPOptions(method: .geometric)
        let aij = try GroupAHP.aggregate(members, by: .judgments, options: options)
        let aip = try GroupAHP.aggregate(members, by: .prioritiesGeometric, options: options)
        for (x, y) in zip(aij.weights, aip.weights) { #expect(abs(x - y) < 1e-12) }
    }

    @Test func inconsistentMembersAreFlaggedNotDropped() throws {
        let cycle = try PairwiseMatrix(items: ["a", "b", "c"], entries: [[1, 3, 1.0 / 3], [1.0 / 3, 1, 3], [3, 1.0 / 3, 1]])
        let calm = try PairwiseMatrix(items: ["a", "b", "c"], entries: [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]])
        let result = try GroupAHP.aggregate(
            [GroupMember(name: "ali", matrix: cycle), GroupMember(name: "sara", matrix: calm)], by: .judgments)
        #expect(result.members.map(\.isFlagged) == [true, false])
        #expect(result.members.map(\.name) == ["ali", "sara"])
        #expect(try #require(result.members.first).result.consistencyRatio > 0.10)
    }

    @Test func membersMustCompareTheSameItemsWithPositiveWeights() throws {
        let other = try PairwiseMatrix(items: ["x", "y"], entries: [[1, 2], [0.5, 1]])
        #expect(throws: GroupAHPError.differentItems(member: "omid")) {
            try GroupAHP.aggregate(
                [GroupMember(name: "maryam", matrix: first), GroupMember(name: "omid", matrix: other)], by: .judgments)
        }
        #expect(throws: GroupAHPError.invalidWeight(member: "reza", weight: 0)) {
            try GroupAHP.aggregate(
                [GroupMember(name: "maryam", matrix: first), GroupMember(name: "reza", matrix: second, weight: 0)],
                by: .prioritiesArithmetic)
        }
        #expect(throws: GroupAHPError.noMembers) { try GroupAHP.aggregate([], by: .judgments) }
    }

    @Test func aJudgmentSomeSkippedIsTheMeanOfThoseWhoGaveIt() throws {
        let partial = try PairwiseMatrix(items: ["a", "b", "c"], judgments: [("a", "b", 4), ("b", "c", 2)])
        let full = try PairwiseMatrix(items: ["a", "b", "c"], judgments: [("a", "b", 1), ("b", "c", 2), ("a", "c", 9)])
        let result = try GroupAHP.aggregate(
            [GroupMember(name: "p", matrix: partial), GroupMember(name: "f", matrix: full)], by: .judgments)
        let group = try #require(result.groupMatrix)
        #expect(abs(group.completedMatrix[0][1] - 2) < 1e-12)
        #expect(abs(group.completedMatrix[0][2] - 9) < 1e-12)
        #expect(group.filled.isEmpty)
    }
}

@Suite("Direct and rank-based weights")
struct DirectWeightingTests {
    /// Barron & Barrett (1996), table of ROC weights: n = 4 → .5208 .2708 .1458 .0625; n = 5 → .4567 .2567
    /// .1567 .0900 .0400. Rank sum and rank reciprocal by their formulas (§2.4), worked by hand:
    /// RS n = 4 → 4/10 3/10 2/10 1/10, n = 5 → 5/15 … 1/15; RR n = 4 → (1/r)/(25/12) = .48 .24 .16 .12,
    /// n = 5 → (1/r)/(137/60).
    @Test func rankWeightsForFourAndFive() {
        #expect(RankWeighting.rankOrderCentroid.weights(count: 4).map { rounded($0, 4) } == [0.5208, 0.2708, 0.1458, 0.0625])
        #expect(
            RankWeighting.rankOrderCentroid.weights(count: 5).map { rounded($0, 4) } == [0.4567, 0.2567, 0.1567, 0.0900, 0.0400])
        #expect(RankWeighting.rankSum.weights(count: 4).map { rounded($0, 12) } == [0.4, 0.3, 0.2, 0.1])
        #expect(
            RankWeighting.rankSum.weights(count: 5).map { rounded($0, 4) } == [0.3333, 0.2667, 0.2000, 0.1333, 0.0667])
        #expect(RankWeighting.rankReciprocal.weights(count: 4).map { rounded($0, 12) } == [0.48, 0.24, 0.16, 0.12])
        #expect(
            RankWeighting.rankReciprocal.weights(count: 5).map { rounded($0, 4) } == [0.4380, 0.2190, 0.1460, 0.1095, 0.0876])
    }

    @Test(arguments: RankWeighting.allCases)
    func tiedRanksShareTheirPositions(_ method: RankWeighting) throws {
        let positions = method.weights(count: 4)
        let weights = try method.weights(ranks: [2, 1, 2, 4])
        #expect(abs(weights[1] - positions[0]) < 1e-15)
        #expect(abs(weights[0] - (positions[1] + positions[2]) / 2) < 1e-15)
        #expect(weights[0] == weights[2])
        #expect(abs(weights[3] - positions[3]) < 1e-15)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        #expect(throws: DirectWeighting.Failure.negative(index: 1, value: 0)) { try method.weights(ranks: [1, 0]) }
    }

    @Test func pointsAndPercentagesAreRenormalized() throws {
        #expect(try DirectWeighting.points.weights([40, 30, 20]) == [40.0 / 90, 30.0 / 90, 20.0 / 90])
        #expect(try DirectWeighting.points.weights([0, 5]) == [0, 1])
        #expect(throws: DirectWeighting.Failure.negative(index: 1, value: -2)) { try DirectWeighting.points.weights([1, -2]) }
        #expect(throws: DirectWeighting.Failure.zeroSum) { try DirectWeighting.points.weights([0, 0]) }
        #expect(throws: DirectWeighting.Failure.empty) { try DirectWeighting.points.weights([]) }
        #expect(throws: DirectWeighting.Failure.notANumber(index: 0, value: .infinity)) {
            try DirectWeighting.points.weights([.infinity])
        }
    }

    /// SMART (Edwards 1977): 10, 20, 50 → 1/8, 2/8, 5/8. SWING (von Winterfeldt & Edwards 1986): 100, 60, 40 →
    /// ½, 0.3, 0.2.
    @Test func smartAndSwingKeepTheirAnchors() throws {
        #expect(try DirectWeighting.smart.weights([10, 20, 50]) == [0.125, 0.25, 0.625])
        #expect(throws: DirectWeighting.Failure.smartLeastNotTen(found: 5)) { try DirectWeighting.smart.weights([5, 20]) }
        #expect(try DirectWeighting.swing.weights([100, 60, 40]) == [0.5, 0.3, 0.2])
        #expect(throws: DirectWeighting.Failure.swingBestNotHundred(found: 80)) { try DirectWeighting.swing.weights([80, 20]) }
        #expect(throws: DirectWeighting.Failure.swingAboveHundred(index: 1, value: 120)) {
            try DirectWeighting.swing.weights([100, 120])
        }
    }

    @Test func treeWeightsMultiplyDownThePath() throws {
        let tree = [
            CriteriaTree(
                "functional", points: 60,
                children: [
                    CriteriaTree(
                        "sales", points: 50, children: [CriteriaTree("leads", points: 1), CriteriaTree("quotes", points: 3)]),
                    CriteriaTree("service", points: 50),
                ]),
            CriteriaTree("vendor", points: 40),
        ]
        let weights = try CriteriaTree.weights(of: tree)
        #expect(
            weights.map(\.path) == [
                ["functional"], ["functional", "sales"], ["functional", "sales", "leads"], ["functional", "sales", "quotes"],
                ["functional", "service"], ["vendor"],
            ])
        #expect(weights.map { rounded($0.local, 12) } == [0.6, 0.5, 0.25, 0.75, 0.5, 0.4])
        #expect(weights.map { rounded($0.global, 12) } == [0.6, 0.3, 0.075, 0.225, 0.3, 0.4])
        #expect(weights.map(\.isLeaf) == [false, false, true, true, true, true])
        let broken = [CriteriaTree("functional", points: 1, children: [CriteriaTree("sales", points: 0)])]
        #expect(throws: CriteriaTree.Failure(parent: ["functional"], failure: .zeroSum)) { try CriteriaTree.weights(of: broken) }
    }
}
