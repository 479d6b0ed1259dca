import Scoring
import Testing

/// A hand-checked 3 × 2 matrix: c1 benefit (weight 2) 2, 4, 8 on a 1…10 scale; c2 cost (weight 1) 10, 20, 40 on
/// a 0…50 scale. The weights renormalize to 2/3 and 1/3.
func handMatrix() throws -> DecisionMatrix {
    try DecisionMatrix(
        alternatives: ["A", "B", "C"],
        criteria: [
            .init(name: "c1", weight: 2, kind: .benefit, scale: 1...10, values: [2, 4, 8]),
            .init(name: "c2", weight: 1, kind: .cost, scale: 0...50, values: [10, 20, 40]),
        ])
}

@Suite("Weighted sum, one hand-checked matrix per normalization")
struct WeightedSumTests {
    func expectScores(_ normalization: Normalization, _ expected: [Double], ranks: [Int]) throws {
        let result = try WeightedSum.evaluate(try handMatrix(), normalization: normalization)
        #expect(result.method == .wsm)
        #expect(result.normalization == normalization)
        for (score, value) in zip(result.scores, expected) {
            #expect(abs(score - value) < 1e-12, "\(normalization): \(result.scores) ≠ \(expected)")
        }
        #expect(result.ranking.ranks == ranks, "\(normalization)")
    }

    @Test func weightsAreRenormalizedAndSaySo() throws {
        let matrix = try handMatrix()
        #expect(matrix.weights == [2.0 / 3, 1.0 / 3])
        #expect(matrix.givenWeightTotal == 3)
        #expect(matrix.weightsWereRenormalized)
    }

    @Test func none() throws {
        // c2 reversed on its scale: 0 + 50 − x = 40, 30, 10. A = 2/3·2 + 1/3·40 = 44/3.
        try expectScores(.none, [44.0 / 3, 38.0 / 3, 26.0 / 3], ranks: [1, 2, 3])
    }

    @Test func minMax() throws {
        // c1: (x − 2)/6 = 0, 1/3, 1; c2: (40 − x)/30 = 1, 2/3, 0.
        try expectScores(.minmax, [1.0 / 3, 4.0 / 9, 2.0 / 3], ranks: [3, 2, 1])
    }

    @Test func maxLinear() throws {
        // c1: x/8 = ¼, ½, 1; c2: 10/x = 1, ½, ¼. A and B tie at ½.
        try expectScores(.max, [0.5, 0.5, 0.75], ranks: [2, 2, 1])
    }

    @Test func vector() throws {
        // c1: x/√84 = a, 2a, 4a with a = 1/√21; c2 has the same proportions, so 1 − a, 1 − 2a, 1 − 4a.
        let a = 1 / 21.0.squareRoot()
        try expectScores(.vector, [1.0 / 3 + a / 3, 1.0 / 3 + 2 * a / 3, 1.0 / 3 + 4 * a / 3], ranks: [3, 2, 1])
    }

    @Test func sum() throws {
        // c1: x/14 = 1/7, 2/7, 4/7; c2: (1/x)/(7/40) = 4/7, 2/7, 1/7. A and B tie at 2/7.
        try expectScores(.sum, [2.0 / 7, 2.0 / 7, 3.0 / 7], ranks: [2, 2, 1])
    }

    /// Triantaphyllou, E. (2000), *Multi-Criteria Decision Making Methods: A Comparative Study*, Kluwer, ch. 2
    /// (WSM), reproduced in Wikipedia's "Weighted sum model": all four criteria in the same unit, so no
    /// normalization. Printed scores 21.50, 22.00, 22.00 (older copies print 20.00 for A3, an arithmetic slip:
    /// 30·0.20 + 10·0.15 + 30·0.40 + 10·0.25 = 22). A2 and A3 tie and share rank 1.
    @Test func triantaphyllouExample() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A1", "A2", "A3"],
            criteria: [
                .init(name: "C1", weight: 0.20, kind: .benefit, values: [25, 10, 30]),
                .init(name: "C2", weight: 0.15, kind: .benefit, values: [20, 30, 10]),
                .init(name: "C3", weight: 0.40, kind: .benefit, values: [15, 20, 30]),
                .init(name: "C4", weight: 0.25, kind: .benefit, values: [30, 30, 10]),
            ])
        let result = try WeightedSum.evaluate(matrix, normalization: .none)
        #expect(result.scores.map { ($0 * 100).rounded() / 100 } == [21.50, 22.00, 22.00])
        #expect(result.ranking.ranks == [3, 1, 1])
        #expect(result.ranking.order == [1, 2, 0])
    }
}

@Suite("Normalization edge cases")
struct NormalizationEdgeCaseTests {
    func matrix(_ kind: DecisionMatrix.Criterion.Kind, _ values: [Double], scale: ClosedRange<Double>? = nil) throws
        -> DecisionMatrix
    {
        try DecisionMatrix(
            alternatives: ["A", "B", "C"], criteria: [.init(name: "price", weight: 1, kind: kind, scale: scale, values: values)])
    }

    @Test func noneRefusesACostCriterionWithoutAScale() throws {
        let error = #expect(throws: NormalizationError.self) {
            try Normalization.none.normalize(try matrix(.cost, [1, 2, 3]))
        }
        #expect(error?.reason == .costNeedsScale)
        #expect(error?.criterion == "price")
        #expect(try Normalization.none.normalize(try matrix(.cost, [1, 2, 5], scale: 1...5)) == [[5, 4, 1]])
    }

    @Test func aConstantColumnIsAllOnesUnderMinMax() throws {
        #expect(try Normalization.minmax.normalize(try matrix(.benefit, [3, 3, 3])) == [[1, 1, 1]])
        #expect(try Normalization.minmax.normalize(try matrix(.cost, [3, 3, 3])) == [[1, 1, 1]])
        #expect(try Normalization.max.normalize(try matrix(.cost, [3, 3, 3])) == [[1, 1, 1]])
    }

    @Test func divisionsByZeroAreRefusedNamingTheValue() throws {
        for normalization in [Normalization.max, .sum] {
            let error = #expect(throws: NormalizationError.self) {
                try normalization.normalize(try matrix(.cost, [4, 0, 2]))
            }
            #expect(error?.reason == .zeroValue)
            #expect(error?.alternative == "B")
            #expect(error?.alternativeIndex == 1)
        }
        for normalization in [Normalization.max, .vector, .sum] {
            let error = #expect(throws: NormalizationError.self) {
                try normalization.normalize(try matrix(.benefit, [0, 0, 0]))
            }
            #expect(error?.reason == .allZero)
        }
        // A zero benefit value is fine: nothing divides by it.
        #expect(try Normalization.max.normalize(try matrix(.benefit, [0, 2, 4])) == [[0, 0.5, 1]])
    }

    @Test func ratioNormalizationsRefuseNegativeValues() throws {
        for normalization in [Normalization.max, .vector, .sum] {
            for kind in DecisionMatrix.Criterion.Kind.allCases {
                let error = #expect(throws: NormalizationError.self) {
                    try normalization.normalize(try matrix(kind, [4, -1, 2]))
                }
                #expect(error?.reason == .negativeValue)
                #expect(error?.alternative == "B")
            }
        }
        // Min-max measures on an interval scale: negatives are fine.
        #expect(try Normalization.minmax.normalize(try matrix(.benefit, [-2, 0, 2])) == [[0, 0.5, 1]])
    }

    @Test func theMatrixRefusesBadShapes() {
        #expect(throws: DecisionMatrixError.wrongValueCount(criterion: "c", expected: 2, found: 1)) {
            try DecisionMatrix(alternatives: ["A", "B"], criteria: [.init(name: "c", weight: 1, kind: .benefit, values: [1])])
        }
        #expect(throws: DecisionMatrixError.invalidWeight(criterion: "c", weight: -1)) {
            try DecisionMatrix(alternatives: ["A"], criteria: [.init(name: "c", weight: -1, kind: .benefit, values: [1])])
        }
        #expect(throws: DecisionMatrixError.weightsSumToZero) {
            try DecisionMatrix(alternatives: ["A"], criteria: [.init(name: "c", weight: 0, kind: .benefit, values: [1])])
        }
        #expect(throws: DecisionMatrixError.duplicateAlternative("A")) {
            try DecisionMatrix(
                alternatives: ["A", "A"], criteria: [.init(name: "c", weight: 1, kind: .benefit, values: [1, 2])])
        }
    }
}
