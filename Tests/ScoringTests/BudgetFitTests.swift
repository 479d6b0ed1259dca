import PropertyBased
import Testing

@testable import Scoring

@Suite struct BudgetFitTests {
    typealias Cost = AttributableCost<String>

    /// Budget 2,000. Requirement costs, the same with every vendor unless a test says otherwise — R-1 must 500
    /// (never dropped), R-2 should 300, R-3 could 200, R-4 could 150, R-5 should 100; 1,250 in all, parts of
    /// each vendor's cost.
    static let costs: [Cost] = [
        Cost("R-1", .must, amount: 500), Cost("R-2", .should, amount: 300), Cost("R-3", .could, amount: 200),
        Cost("R-4", .could, amount: 150), Cost("R-5", .should, amount: 100),
    ]

    static func fit(_ vendors: [(String, Int64)], budget: Int64 = 2_000, costs: [Cost] = costs) throws
        -> BudgetFit<String, String>
    {
        try BudgetFit(
            budget: budget, cases: vendors.map { BudgetCase(vendor: $0.0, cost: $0.1, attributableCosts: costs) })
    }

    @Test func theSmallestDropThatFits() throws {
        let fit = try Self.fit([
            ("within", 1_900), ("few", 2_180), ("count-first", 2_300), ("two", 2_500), ("none", 3_300),
        ])
        #expect(!fit.everyVendorOverBudget)
        // 1,900 ≤ 2,000: headroom 100.
        #expect(fit.vendors[0].outcome == .withinBudget(headroom: 100))
        // Excess 180: one requirement is enough; the could R-3 (200) covers it, so no should is dropped.
        #expect(fit.vendors[1].outcome == .fitsByDropping(drop: [Self.costs[2]], saving: 200, costAfter: 1_980))
        // Excess 300: one requirement is enough only with the should R-2 (300); two coulds would cover it too
        // (200 + 150), but the count comes first.
        #expect(fit.vendors[2].outcome == .fitsByDropping(drop: [Self.costs[1]], saving: 300, costAfter: 2_000))
        // Excess 500: two at least (300 + 200); two coulds give 350 < 500, so one should and one could.
        #expect(
            fit.vendors[3].outcome == .fitsByDropping(drop: [Self.costs[2], Self.costs[1]], saving: 500, costAfter: 2_000))
        // Excess 1,300; every should and could together save 750: no drop can make "none" fit, 550 short.
        #expect(fit.vendors[4].outcome == .cannotFit(shortfall: 550))
    }

    @Test func everyVendorOverBudget() throws {
        let fit = try Self.fit([("a", 2_001), ("b", 3_300)])
        #expect(fit.everyVendorOverBudget)
        #expect(fit.vendors.map(\.vendor) == ["a", "b"])
        // Excess 1: one could, the dearer one (R-3, 200) — within a priority the dearest go first.
        #expect(fit.vendors[0].outcome == .fitsByDropping(drop: [Self.costs[2]], saving: 200, costAfter: 1_801))
    }

    @Test func exactlyOnBudgetFits() throws {
        let fit = try Self.fit([("edge", 2_000)])
        #expect(fit.vendors[0].outcome == .withinBudget(headroom: 0))
    }

    @Test func wontsGoBeforeCouldsAndTheDearestFirst() throws {
        let costs = [
            Cost("could-a", .could, amount: 120), Cost("wont", .wont, amount: 120), Cost("could-b", .could, amount: 130),
            Cost("free", .could, amount: 0),
        ]
        // Excess 100: one is enough; the won't goes first.
        #expect(
            try Self.fit([("x", 1_100)], budget: 1_000, costs: costs).vendors[0].outcome
                == .fitsByDropping(drop: [costs[1]], saving: 120, costAfter: 980))
        // Excess 250: two are needed; fewest shoulds (0), then fewest coulds: won't + could; the dearer could.
        #expect(
            try Self.fit([("x", 1_250)], budget: 1_000, costs: costs).vendors[0].outcome
                == .fitsByDropping(drop: [costs[1], costs[2]], saving: 250, costAfter: 1_000))
    }

    @Test func onlyMustsLeftMeansNoDropCan() throws {
        let costs = [Cost("R-1", .must, amount: 800)]
        #expect(try Self.fit([("x", 1_200)], budget: 1_000, costs: costs).vendors[0].outcome == .cannotFit(shortfall: 200))
    }

    @Test func wrongInputsAreRefused() {
        #expect(throws: BudgetFitError.negativeBudget(-1)) {
            try BudgetFit<String, String>(budget: -1, cases: [])
        }
        #expect(throws: BudgetFitError.attributableCostsExceedCost(vendor: "x")) {
            try Self.fit([("x", 1_000)])  // the five requirements cost 1,250 together
        }
        #expect(throws: BudgetFitError.negativeAttributableCost(vendor: "x", requirement: "R")) {
            try Self.fit([("x", 2_000)], costs: [Cost("R", .could, amount: -5)])
        }
    }

    @Test func theDropIsMinimalAndNeverTakesAMust() async {
        let amounts = Gen.int64(in: 0...500).array(of: 6)
        let priorities = Gen.int(in: 0...3).array(of: 6)
        await propertyCheck(count: 300, input: amounts, priorities, Gen.int64(in: 0...1_500)) {
            amounts, priorities, extra throws in
            let costs = (0..<6).map { Cost("R\($0)", RequirementPriority.allCases[priorities[$0]], amount: amounts[$0]) }
            let cost = costs.reduce(0) { $0 + $1.amount } + extra
            let fit = try BudgetFit(
                budget: 1_000, cases: [BudgetCase(vendor: "x", cost: cost, attributableCosts: costs)])
            let droppable = costs.filter { $0.priority != .must && $0.amount > 0 }
            switch fit.vendors[0].outcome {
            case .withinBudget(let headroom):
                #expect(cost <= 1_000 && headroom == 1_000 - cost)
            case .fitsByDropping(let drop, let saving, let costAfter):
                #expect(drop.allSatisfy { $0.priority != .must })
                #expect(saving == drop.reduce(0) { $0 + $1.amount } && costAfter == cost - saving && costAfter <= 1_000)
                // No smaller drop fits: the dearest (count − 1) droppables fall short.
                let best = droppable.map(\.amount).sorted(by: >).prefix(drop.count - 1).reduce(0, +)
                #expect(cost - best > 1_000)
            case .cannotFit(let shortfall):
                #expect(shortfall == cost - droppable.reduce(0) { $0 + $1.amount } - 1_000 && shortfall > 0)
            }
        }
    }
}
