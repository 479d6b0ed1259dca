import Foundation
import Scoring
import Testing

/// A hand-computed 3 × 3 case (values already on one scale, `none`): weights 0.5, 0.3, 0.2;
/// A = 0.9, 0.2, 0.5 → 0.61; B = 0.4, 0.8, 0.6 → 0.56; C = 0.3, 0.5, 0.9 → 0.48. A wins.
///
/// c1: with w₁ = t the scores are lines A 0.32 + 0.58t, B 0.72 − 0.32t, C 0.66 − 0.36t; A meets B at t = 4/9 and
/// C at 0.3617, so lowering w₁ below 4/9 hands the lead to B (a change of 1/18); raising it never does.
/// TS97: δ = (0.56 − 0.61)/(0.4 − 0.9) = 0.1, δ′ = 20 %.
/// c2: A 11/14 − 41/70 t, B 16/35 + 24/70 t, C 33/70 + 2/70 t: A meets B at t = 23/65 (a rise of 7/130) and C
/// at 22/43; lowering never changes the winner. TS97: δ = −0.05/0.6, δ′ = −27.8 %.
/// c3: A 0.6375 − 0.1375t, B 0.55 + 0.05t, C 0.375 + 0.525t: C overtakes at t = 21/53 (B only at 7/15).
/// TS97: δ = −0.13/0.4, δ′ = −162.5 %.
/// So c2 needs the smallest absolute change, c1 the smallest relative one (TS97's percent-top criterion).
func handSensitivityMatrix() throws -> DecisionMatrix {
    try DecisionMatrix(
        alternatives: ["A", "B", "C"],
        criteria: [
            .init(name: "c1", weight: 0.5, kind: .benefit, values: [0.9, 0.4, 0.3]),
            .init(name: "c2", weight: 0.3, kind: .benefit, values: [0.2, 0.8, 0.5]),
            .init(name: "c3", weight: 0.2, kind: .benefit, values: [0.5, 0.6, 0.9]),
        ])
}

@Suite("Sensitivity of the winner to each weight")
struct SensitivityTests {
    @Test func handComputedThresholds() throws {
        let report = try Sensitivity.analyze(try handSensitivityMatrix(), method: .wsm, normalization: .none)
        #expect(report.winner == 0)
        #expect(abs((report.winnerMargin ?? 0) - 0.05) < 1e-12)
        let (c1, c2, c3) = (report.criteria[0], report.criteria[1], report.criteria[2])

        #expect(abs(c1.stableFrom - 4.0 / 9) < 1e-12)
        #expect(c1.stableTo == 1)
        #expect(c1.above == nil)
        #expect(abs((c1.minChangeToFlip ?? 0) - 1.0 / 18) < 1e-12)
        #expect(c1.newWinner == 1)
        #expect(abs((c1.percentChange ?? 0) - 20) < 1e-9)

        #expect(c2.stableFrom == 0)
        #expect(c2.below == nil)
        #expect(abs(c2.stableTo - 23.0 / 65) < 1e-12)
        #expect(abs((c2.minChangeToFlip ?? 0) - 7.0 / 130) < 1e-12)
        #expect(c2.newWinner == 1)
        #expect(abs((c2.percentChange ?? 0) - -0.05 / 0.6 / 0.3 * 100) < 1e-9)

        #expect(abs(c3.stableTo - 21.0 / 53) < 1e-12)
        #expect(c3.newWinner == 2)
        #expect(abs((c3.percentChange ?? 0) - -162.5) < 1e-9)

        #expect(report.mostSensitive == 1)
        #expect(report.mostSensitiveByPercent == 0)
    }

    @Test func aDominantAlternativeIsRobustOnEveryCriterion() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["best", "other"],
            criteria: [
                .init(name: "a", weight: 1, kind: .benefit, values: [5, 3]),
                .init(name: "b", weight: 1, kind: .benefit, values: [4, 4]),
            ])
        for method in ScoringMethod.allCases {
            let report = try Sensitivity.analyze(matrix, method: method, normalization: .minmax)
            for criterion in report.criteria {
                #expect(criterion.minChangeToFlip == nil, "\(method)")
                #expect(criterion.newWinner == nil)
                #expect(criterion.stableFrom == 0)
                #expect(criterion.stableTo == 1)
            }
            #expect(report.mostSensitive == nil)
        }
    }

    @Test func tornadoMarginsAtBothEnds() throws {
        let report = try Sensitivity.analyze(try handSensitivityMatrix(), method: .wsm, normalization: .none, swing: 0.2)
        let bar = report.criteria[0].tornado
        #expect(abs(bar.lowWeight - 0.4) < 1e-12)
        #expect(abs(bar.highWeight - 0.6) < 1e-12)
        // At w₁ = 0.4: A 0.552, B 0.592, C 0.516 → A trails B by 0.04. At 0.6: A 0.668, B 0.528 → +0.14.
        #expect(abs((bar.lowMargin ?? 0) - -0.04) < 1e-12)
        #expect(abs((bar.highMargin ?? 0) - 0.14) < 1e-12)
        #expect(abs(bar.width - 0.18) < 1e-12)
    }

    @Test func otherWeightsAllZeroShareTheRestEqually() throws {
        // All weight on c1, where A leads; lowering it to t gives c2 and c3 half of 1 − t each.
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"],
            criteria: [
                .init(name: "c1", weight: 1, kind: .benefit, values: [1, 0]),
                .init(name: "c2", weight: 0, kind: .benefit, values: [0, 1]),
                .init(name: "c3", weight: 0, kind: .benefit, values: [0, 1]),
            ])
        let report = try Sensitivity.analyze(matrix, method: .wsm, normalization: .none)
        // A = t, B = 1 − t: they tie at ½.
        #expect(abs(report.criteria[0].stableFrom - 0.5) < 1e-12)
        #expect(report.criteria[0].newWinner == 1)
        // Raising c2 from 0 rescales c1 down: A = 1 − t, B = t.
        #expect(abs(report.criteria[1].stableTo - 0.5) < 1e-12)
    }

    @Test func aSingleCriterionCannotMove() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"], criteria: [.init(name: "only", weight: 3, kind: .benefit, values: [2, 1])])
        for method in ScoringMethod.allCases {
            let report = try Sensitivity.analyze(matrix, method: method, normalization: .max)
            #expect(report.criteria[0].minChangeToFlip == nil)
            #expect(report.criteria[0].tornado.lowMargin == report.criteria[0].tornado.highMargin, "\(method)")
        }
    }

    @Test func aTieAtTheTopFlipsWithTheSmallestChange() throws {
        // A and B tie on the total; A is better on c1, B on c2. Any change of c1 or c2 separates them.
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"],
            criteria: [
                .init(name: "c1", weight: 1, kind: .benefit, values: [1, 0]),
                .init(name: "c2", weight: 1, kind: .benefit, values: [0, 1]),
            ])
        let report = try Sensitivity.analyze(matrix, method: .wsm, normalization: .none)
        #expect(report.tiedWithWinner == [1])
        #expect(report.winnerMargin == 0)
        #expect(report.criteria[0].minChangeToFlip == 0)
        #expect(report.criteria[0].newWinner == 1)
    }
}

@Suite("The whole pipeline on 40 alternatives × 300 criteria")
struct SensitivityScaleTests {
    @Test func weightedSumPipelineTakesMilliseconds() throws {
        var generator = SplitMix64(seed: 42)
        let alternatives = (1...40).map { "vendor-\($0)" }
        let criteria = (1...300).map { j in
            DecisionMatrix.Criterion(
                name: "c\(j)", weight: generator.unit() * 10, kind: j % 5 == 0 ? .cost : .benefit,
                values: alternatives.map { _ in 1 + generator.unit() * 4 })
        }
        let matrix = try DecisionMatrix(alternatives: alternatives, criteria: criteria)
        let clock = ContinuousClock()
        var report: SensitivityReport?
        let elapsed = try clock.measure {
            report = try Sensitivity.analyze(matrix, method: .wsm, normalization: .minmax)
            _ = try TOPSIS.evaluate(matrix, normalization: .minmax)
        }
        #expect(report?.criteria.count == 300)
        // Milliseconds in a release build; a debug build with its checks stays well under a second.
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test func topsisGridSearchStaysInteractive() throws {
        var generator = SplitMix64(seed: 7)
        let alternatives = (1...40).map { "vendor-\($0)" }
        let criteria = (1...300).map { j in
            DecisionMatrix.Criterion(
                name: "c\(j)", weight: generator.unit() * 10, kind: .benefit,
                values: alternatives.map { _ in 1 + generator.unit() * 4 })
        }
        let matrix = try DecisionMatrix(alternatives: alternatives, criteria: criteria)
        let elapsed = try ContinuousClock().measure {
            _ = try Sensitivity.analyze(matrix, method: .topsis, normalization: .vector)
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}

/// A small, seedable generator for reproducible random matrices.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
