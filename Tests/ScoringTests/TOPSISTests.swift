import Scoring
import Testing

@Suite("TOPSIS on published examples")
struct TOPSISTests {
    /// The mobile-phone example of GeeksforGeeks' "TOPSIS method for multiple-criteria decision making"
    /// (2021), reproduced in many `topsis-*` packages on PyPI (e.g. the README of topsis-ishan-102313022):
    /// storage (GB), camera (MP), price ($, cost), looks (of 5), equal weights, vector normalization.
    /// Printed closeness 0.534277, 0.308368, 0.691632, 0.534737, 0.401046; ranks 3, 5, 1, 2, 4.
    @Test func mobilePhones() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["M1", "M2", "M3", "M4", "M5"],
            criteria: [
                .init(name: "storage", weight: 0.25, kind: .benefit, values: [16, 16, 32, 32, 16]),
                .init(name: "camera", weight: 0.25, kind: .benefit, values: [12, 8, 16, 8, 16]),
                .init(name: "price", weight: 0.25, kind: .cost, values: [250, 200, 300, 275, 225]),
                .init(name: "looks", weight: 0.25, kind: .benefit, values: [5, 3, 4, 4, 2]),
            ])
        let result = try TOPSIS.evaluate(matrix)
        #expect(result.normalization == .vector)
        let printed = [0.534277, 0.308368, 0.691632, 0.534737, 0.401046]
        for (score, value) in zip(result.scores, printed) {
            #expect(abs(score - value) < 5e-7, "\(result.scores)")
        }
        #expect(result.ranking.ranks == [3, 5, 1, 2, 4])
        // Vector normalization with 1 − x/‖x‖ for cost is the classic method: the same closeness as the
        // textbook's min-for-cost ideal, computed here directly.
        let separations = try #require(result.separations)
        #expect(zip(separations.ideal, separations.antiIdeal).allSatisfy { $0 >= 0 && $1 >= 0 })
    }

    /// Papathanasiou, J. & Ploskas, N. (2018), *Multiple Criteria Decision Aid: Methods, Examples and Python
    /// Implementations*, Springer, ch. 1 (TOPSIS), the facility-location example: six sites, four benefit
    /// criteria, weights 0.4, 0.3, 0.1, 0.2. Printed closeness (3 decimals) 0.387, 0.327, 0.391, 0.615, 0.868,
    /// 0.493.
    @Test func facilityLocation() throws {
        let rows: [[Double]] = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]]
        let weights = [0.4, 0.3, 0.1, 0.2]
        let matrix = try DecisionMatrix(
            alternatives: (1...6).map { "site \($0)" },
            criteria: weights.indices.map { j in
                .init(name: "c\(j + 1)", weight: weights[j], kind: .benefit, values: rows.map { $0[j] })
            })
        let result = try TOPSIS.evaluate(matrix, normalization: .vector)
        #expect(result.scores.map { ($0 * 1000).rounded() / 1000 } == [0.387, 0.327, 0.391, 0.615, 0.868, 0.493])
        #expect(result.ranking.ranks == [5, 6, 4, 2, 1, 3])
    }

    @Test func identicalAlternativesTieAtOneHalf() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"],
            criteria: [.init(name: "c", weight: 1, kind: .benefit, values: [3, 3])])
        let result = try TOPSIS.evaluate(matrix)
        #expect(result.scores == [0.5, 0.5])
        #expect(result.ranking.ranks == [1, 1])
    }

    @Test func otherNormalizationsPutTheIdealAtTheColumnMaximum() throws {
        // Min-max turns cost round first, so the ideal is 1 in every column: A is best on both.
        let result = try TOPSIS.evaluate(try handMatrix(), normalization: .minmax)
        #expect(result.normalization == .minmax)
        #expect(result.ranking.ranks.count == 3)
        let separations = try #require(result.separations)
        // C is 1 on c1 and 0 on c2: its distance to the ideal is the weight of c2 (1/3).
        #expect(abs(separations.ideal[2] - 1.0 / 3) < 1e-12)
        #expect(abs(separations.antiIdeal[2] - 2.0 / 3) < 1e-12)
    }
}
