/// What a requirement costs with one vendor, and would save if it were dropped: the custom work behind a
/// `custom` claim, or the team's estimate — in the same minor units and measure as the vendor's cost.
public struct AttributableCost<Requirement: Hashable & Sendable>: Sendable, Hashable {
    public var requirement: Requirement
    public var priority: RequirementPriority
    public var amount: Int64

    public init(_ requirement: Requirement, _ priority: RequirementPriority, amount: Int64) {
        self.requirement = requirement
        self.priority = priority
        self.amount = amount
    }
}

/// One vendor's cost against the budget and what its requirements cost.
public struct BudgetCase<Vendor: Hashable & Sendable, Requirement: Hashable & Sendable>: Sendable, Hashable {
    public var vendor: Vendor
    /// The measure compared with the budget. crmkit compares the undiscounted TCO over the horizon, because a
    /// budget is written in money of the day, not in present value; a caller may pass the PV instead.
    public var cost: Int64
    public var attributableCosts: [AttributableCost<Requirement>]

    public init(vendor: Vendor, cost: Int64, attributableCosts: [AttributableCost<Requirement>]) {
        self.vendor = vendor
        self.cost = cost
        self.attributableCosts = attributableCosts
    }
}

/// Which requirements, if dropped, would bring a vendor within the budget.
///
/// The model: dropping a requirement takes its attributable cost off the vendor's cost, and nothing else
/// changes. A vendor fits when cost ≤ budget. Musts are never dropped; shoulds, coulds and won'ts (a won't
/// should not be priced at all, so it goes first) with a positive attributable cost may be. For a vendor over
/// budget the drop is
/// 1. the smallest number of requirements whose costs together cover the excess (cost − budget);
/// 2. among drops of that size, the one with the fewest shoulds, then the fewest coulds (won't before could
///    before should);
/// 3. within one priority, the requirements with the largest attributable cost (ties: the order given).
/// When dropping every droppable requirement still leaves the vendor over budget, no drop can make it fit,
/// and `shortfall` says by how much it stays over.
public struct BudgetFit<Vendor: Hashable & Sendable, Requirement: Hashable & Sendable>: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// cost ≤ budget; `headroom` = budget − cost.
        case withinBudget(headroom: Int64)
        /// Dropping `drop` (won'ts, then coulds, then shoulds; dearest first in each) brings the cost to
        /// `costAfter` ≤ budget.
        case fitsByDropping(drop: [AttributableCost<Requirement>], saving: Int64, costAfter: Int64)
        /// Even without every droppable requirement the cost exceeds the budget by `shortfall`.
        case cannotFit(shortfall: Int64)
    }

    public struct VendorFit: Sendable, Hashable {
        public let vendor: Vendor
        public let cost: Int64
        public let outcome: Outcome
    }

    public let budget: Int64
    /// One entry per vendor, in the order given.
    public let vendors: [VendorFit]

    /// True when no vendor is within the budget: the case where the drops are worth showing.
    public var everyVendorOverBudget: Bool {
        vendors.allSatisfy {
            if case .withinBudget = $0.outcome { false } else { true }
        }
    }

    /// Refuses a negative budget, cost or attributable cost, and attributable costs that add up to more than
    /// the vendor's cost (they are parts of it).
    public init(budget: Int64, cases: [BudgetCase<Vendor, Requirement>]) throws(BudgetFitError) {
        guard budget >= 0 else { throw .negativeBudget(budget) }
        var fits: [VendorFit] = []
        for item in cases {
            guard item.cost >= 0 else { throw .negativeCost(vendor: String(describing: item.vendor)) }
            if let negative = item.attributableCosts.first(where: { $0.amount < 0 }) {
                throw .negativeAttributableCost(
                    vendor: String(describing: item.vendor), requirement: String(describing: negative.requirement))
            }
            let attributed = item.attributableCosts.reduce(Int128(0)) { $0 + Int128($1.amount) }
            guard attributed <= Int128(item.cost) else {
                throw .attributableCostsExceedCost(vendor: String(describing: item.vendor))
            }
            fits.append(VendorFit(vendor: item.vendor, cost: item.cost, outcome: Self.outcome(of: item, budget: budget)))
        }
        self.budget = budget
        self.vendors = fits
    }

    private static func outcome(of item: BudgetCase<Vendor, Requirement>, budget: Int64) -> Outcome {
        guard item.cost > budget else { return .withinBudget(headroom: budget - item.cost) }
        let excess = Int128(item.cost) - Int128(budget)
        // Each droppable priority's requirements, dearest first (a stable sort keeps the given order on ties).
        let byPriority = [RequirementPriority.should, .could, .wont].map { priority in
            item.attributableCosts.enumerated()
                .filter { $0.element.priority == priority && $0.element.amount > 0 }
                .sorted { $0.element.amount != $1.element.amount ? $0.element.amount > $1.element.amount : $0.offset < $1.offset }
                .map(\.element)
        }
        let all = byPriority.flatMap { $0 }.map { Int128($0.amount) }.sorted(by: >)
        let everything = all.reduce(0, +)
        guard everything >= excess else { return .cannotFit(shortfall: Int64(excess - everything)) }

        // 1. The fewest requirements: the k dearest of any priority are the best k can do.
        var count = 0
        var covered: Int128 = 0
        while covered < excess {
            covered += all[count]
            count += 1
        }
        // 2. The fewest shoulds, then the fewest coulds, among drops of that size; 3. the dearest of each.
        let (shoulds, coulds, wonts) = (byPriority[0], byPriority[1], byPriority[2])
        for shouldCount in 0...min(count, shoulds.count) {
            for couldCount in 0...min(count - shouldCount, coulds.count) {
                let wontCount = count - shouldCount - couldCount
                guard wontCount <= wonts.count else { continue }
                let drop = Array(wonts.prefix(wontCount)) + coulds.prefix(couldCount) + shoulds.prefix(shouldCount)
                let saving = drop.reduce(Int128(0)) { $0 + Int128($1.amount) }
                if saving >= excess {
                    return .fitsByDropping(
                        drop: drop, saving: Int64(saving), costAfter: Int64(Int128(item.cost) - saving))
                }
            }
        }
        // Unreachable: the k dearest overall are one of the drops tried above.
        return .cannotFit(shortfall: Int64(excess - everything))
    }
}

/// Why a budget fit cannot be computed; the workspace validator refuses negative money first.
public enum BudgetFitError: Error, Sendable, Hashable {
    case negativeBudget(Int64)
    case negativeCost(vendor: String)
    case negativeAttributableCost(vendor: String, requirement: String)
    case attributableCostsExceedCost(vendor: String)
}

extension BudgetFitError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .negativeBudget(let budget): "the budget is \(budget); it is 0 or more"
        case .negativeCost(let vendor): "the cost of \"\(vendor)\" is negative; it is 0 or more"
        case .negativeAttributableCost(let vendor, let requirement):
            "the cost of \"\(requirement)\" with \"\(vendor)\" is negative; it is 0 or more"
        case .attributableCostsExceedCost(let vendor):
            "the requirements' costs with \"\(vendor)\" add up to more than its cost; they are parts of it — check both"
        }
    }
}
