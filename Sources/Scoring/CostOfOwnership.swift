import Foundation

/// A yearly rate — a price escalator or a discount rate — kept as a whole number of millionths, so that money
/// multiplied or divided by `1 + rate` stays exact decimal arithmetic and `0.2` and `20 %` mean the same.
public struct YearlyRate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The rate in millionths: 200 000 is 20 %, −50 000 is a 5 % yearly price cut.
    public let millionths: Int64

    public static let zero = YearlyRate(exactly: 0)
    private static let denominator: Int64 = 1_000_000

    /// `millionths` millionths; `1 + rate` must stay positive, so the rate is above −1 000 000.
    public init(millionths: Int64) throws(CostOfOwnershipError) {
        guard millionths > -Self.denominator, millionths <= 1_000 * Self.denominator else {
            throw .rateOutOfRange(Double(millionths) / Double(Self.denominator))
        }
        self.millionths = millionths
    }

    /// `fraction` (`0.2` for 20 %) rounded to six decimal places, half to even; finite, above −1 and at most
    /// 1 000 (100 000 %), which keeps every product of money and rate within decimal arithmetic's digits.
    public init(_ fraction: Double) throws(CostOfOwnershipError) {
        guard fraction.isFinite, fraction > -1, fraction <= 1_000 else { throw .rateOutOfRange(fraction) }
        let millionths = (fraction * Double(Self.denominator)).rounded(.toNearestOrEven)
        try self.init(millionths: Int64(millionths))
    }

    private init(exactly millionths: Int64) { self.millionths = millionths }

    /// The rate as a fraction, for display (`0.2`).
    public var fraction: Double { Double(millionths) / Double(Self.denominator) }

    /// `1 + rate`, exactly.
    var growthFactor: Decimal { 1 + Decimal(millionths) / Decimal(Self.denominator) }

    public var description: String { "\(fraction)" }

    public static func < (lhs: YearlyRate, rhs: YearlyRate) -> Bool { lhs.millionths < rhs.millionths }
}

/// The cost items of a vendor interview (`vendors/VENDOR.yaml`, `interview.costs`), in the minor units of one
/// currency (rials for IRR), plus what turns them into a yearly cash flow: the number of users and the
/// yearly price escalator. An item the vendor did not quote is 0.
public struct VendorCosts: Sendable, Hashable {
    // One-time, paid at t = 0.
    public var licence: Int64
    public var customization: Int64
    public var implementation: Int64
    public var training: Int64
    public var backOfficeIntegration: Int64
    // Recurring, paid at the end of each year t = 1…N.
    public var annualSupport: Int64
    public var subscriptionPerUserMonth: Int64
    public var users: Int64
    /// Applied to the recurring items from year 2 on: year 1 pays the quoted prices.
    public var escalator: YearlyRate

    public init(
        licence: Int64 = 0, customization: Int64 = 0, implementation: Int64 = 0, training: Int64 = 0,
        backOfficeIntegration: Int64 = 0, annualSupport: Int64 = 0, subscriptionPerUserMonth: Int64 = 0,
        users: Int64 = 0, escalator: YearlyRate = .zero
    ) {
        self.licence = licence
        self.customization = customization
        self.implementation = implementation
        self.training = training
        self.backOfficeIntegration = backOfficeIntegration
        self.annualSupport = annualSupport
        self.subscriptionPerUserMonth = subscriptionPerUserMonth
        self.users = users
        self.escalator = escalator
    }

    /// The amounts by item, for checks and error messages.
    var items: [(CostItem, Int64)] {
        [
            (.licence, licence), (.customization, customization), (.implementation, implementation),
            (.training, training), (.backOfficeIntegration, backOfficeIntegration),
            (.annualSupport, annualSupport), (.subscriptionPerUserMonth, subscriptionPerUserMonth),
        ]
    }
}

/// One cost item of a vendor interview, named as in `vendors/VENDOR.yaml`.
public enum CostItem: String, Sendable, Hashable, CaseIterable {
    case licence
    case customization
    case implementation
    case training
    case backOfficeIntegration = "back_office_integration"
    case annualSupport = "annual_support"
    case subscriptionPerUserMonth = "subscription_per_user_month"
}

/// The total cost of ownership of one offer over a horizon of N years, year by year, and its present value.
///
/// Conventions (docs/scoring.md):
/// - **Timing.** One-time items (licence, customization, implementation, training, back-office integration)
///   are paid at t = 0 and never discounted. Recurring items (annual support; subscription per user and month
///   × users × 12) are paid at the end of years t = 1…N. The implementation time frame does not delay them.
/// - **Escalator.** Year 1 pays the quoted recurring prices; from year 2 each recurring item is the previous
///   year's amount × (1 + escalator), rounded half to even to a whole minor unit — every year, on the rounded
///   amount of the year before, as an invoice would be.
/// - **Total.** `TCO = C₀ + Σ_{t=1…N} C_t`, undiscounted.
/// - **Present value.** `PV = Σ_{t=0…N} C_t / (1 + r)^t` — the t = 0 costs count in full, as numpy-financial's
///   `npv` does (a spreadsheet's `NPV()` would discount them too). Each year's term is computed in decimal
///   arithmetic (38 significant digits: exact whenever an exact half could arise) and rounded half to even to
///   a whole minor unit; PV is the sum of the rounded terms, so the yearly rows add up to it.
/// - Rates are used to six decimal places (`YearlyRate`). With r ≥ 0, PV ≤ TCO; with r = 0, PV = TCO.
///
/// As a criterion value, cost is lower-is-better: `Double(total)` (or the PV) with direction `cost` in the
/// decision matrix, or `CostBands` for a score on the scorecard's scale.
public struct CostOfOwnership: Sendable, Hashable {
    /// One point of the cash flow: t = 0 holds the one-time costs, t = 1…N the recurring costs of that year.
    public struct Year: Sendable, Hashable {
        public let year: Int
        public let oneTime: Int64
        public let support: Int64
        public let subscription: Int64
        /// This year's cost, C_t.
        public let cost: Int64
        /// Σ C_0…C_t: the line of a cumulative TCO chart.
        public let cumulativeCost: Int64
        /// C_t / (1 + r)^t, rounded half to even.
        public let presentValue: Int64
        public let cumulativePresentValue: Int64
    }

    public let horizonYears: Int
    public let discountRate: YearlyRate
    /// t = 0…N, N + 1 rows.
    public let years: [Year]
    /// The total cost of ownership over the horizon, undiscounted.
    public var total: Int64 { years[years.count - 1].cumulativeCost }
    /// The present value at t = 0 of every cost over the horizon.
    public var presentValue: Int64 { years[years.count - 1].cumulativePresentValue }

    /// The cost of `costs` over `horizonYears` (1…50 in a workspace; any N ≥ 1 here), discounted at
    /// `discountRate`. Throws on a negative amount or user count, and when a sum leaves `Int64`.
    public init(_ costs: VendorCosts, horizonYears: Int, discountRate: YearlyRate) throws(CostOfOwnershipError) {
        guard horizonYears >= 1 else { throw .horizonOutOfRange(horizonYears) }
        if let (item, _) = costs.items.first(where: { $0.1 < 0 }) { throw .negativeAmount(item) }
        guard costs.users >= 0 else { throw .negativeUsers(costs.users) }

        let oneTime = try Self.sum([
            costs.licence, costs.customization, costs.implementation, costs.training, costs.backOfficeIntegration,
        ])
        let (perUserYear, overflowA) = costs.subscriptionPerUserMonth.multipliedReportingOverflow(by: 12)
        let (subscriptionYearOne, overflowB) = perUserYear.multipliedReportingOverflow(by: costs.users)
        guard !overflowA, !overflowB else { throw .overflow }

        var rows: [Year] = []
        rows.reserveCapacity(horizonYears + 1)
        rows.append(
            Year(
                year: 0, oneTime: oneTime, support: 0, subscription: 0, cost: oneTime, cumulativeCost: oneTime,
                presentValue: oneTime, cumulativePresentValue: oneTime))

        let growth = costs.escalator.growthFactor
        let discount = discountRate.growthFactor
        var support = costs.annualSupport
        var subscription = subscriptionYearOne
        var discountFactor = Decimal(1)
        for t in 1...horizonYears {
            if t >= 2 {
                support = try Self.roundedHalfEven(Decimal(support) * growth)
                subscription = try Self.roundedHalfEven(Decimal(subscription) * growth)
            }
            discountFactor *= discount
            let cost = try Self.sum([support, subscription])
            let presentValue = try Self.roundedHalfEven(Decimal(cost) / discountFactor)
            let previous = rows[rows.count - 1]
            rows.append(
                Year(
                    year: t, oneTime: 0, support: support, subscription: subscription, cost: cost,
                    cumulativeCost: try Self.sum([previous.cumulativeCost, cost]),
                    presentValue: presentValue,
                    cumulativePresentValue: try Self.sum([previous.cumulativePresentValue, presentValue])))
        }
        self.horizonYears = horizonYears
        self.discountRate = discountRate
        self.years = rows
    }

    private static func sum(_ amounts: [Int64]) throws(CostOfOwnershipError) -> Int64 {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount)
            guard !overflow else { throw .overflow }
            total = next
        }
        return total
    }

    /// `value` rounded half to even to a whole number, as an `Int64`.
    private static func roundedHalfEven(_ value: Decimal) throws(CostOfOwnershipError) -> Int64 {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .bankers)
        guard rounded.isFinite, let whole = Int64(rounded.description) else { throw .overflow }
        return whole
    }
}

/// Why a cost of ownership cannot be computed. The workspace validator refuses these inputs first, so they
/// reach a user only through a caller that builds the costs in code.
public enum CostOfOwnershipError: Error, Sendable, Hashable {
    case negativeAmount(CostItem)
    case negativeUsers(Int64)
    case horizonOutOfRange(Int)
    case rateOutOfRange(Double)
    /// An amount or a sum does not fit in `Int64` minor units.
    case overflow
}

extension CostOfOwnershipError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .negativeAmount(let item): "the cost \(item.rawValue) is negative; costs are 0 or more"
        case .negativeUsers(let users): "the number of users is \(users); it is 0 or more"
        case .horizonOutOfRange(let years): "the horizon is \(years) years; it is 1 or more"
        case .rateOutOfRange(let rate): "the rate \(rate) is not usable; give a finite rate above −1 (−100 %)"
        case .overflow: "the costs are too large to add up in whole minor units"
        }
    }
}

/// Turns a vendor's cost into a score on the scorecard's scale for a criterion with `direction: cost`, by the
/// bands of the bundled scorecard templates: the cost as a share of the budget — under 60 % → band 0,
/// 60–80 % → 1, 80–95 % → 2, 95–105 % → 3, 105–125 % → 4, 125 % and over → 5. A band includes its lower bound
/// (exactly 80 % is band 2). Band k of B is the scale value `min + k × (max − min) / B`, so on the templates'
/// 0–5 scale the score is the band. Higher means dearer, as an evaluator's cost score does; the weighted sum
/// reverses it. Compared exactly, in integers.
public struct CostBands: Sendable, Hashable {
    /// The lower bound of bands 1…B, in percent of the budget, ascending.
    public let thresholdPercents: [Int64]

    /// The templates' bands: 60, 80, 95, 105, 125 %.
    public static let templates = CostBands(checked: [60, 80, 95, 105, 125])

    /// Bands starting at `thresholdPercents` (strictly ascending, each ≥ 0, at least one).
    public init(thresholdPercents: [Int64]) throws(CostBandsError) {
        guard !thresholdPercents.isEmpty, thresholdPercents.allSatisfy({ $0 >= 0 }),
            zip(thresholdPercents, thresholdPercents.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw CostBandsError(thresholdPercents: thresholdPercents) }
        self.thresholdPercents = thresholdPercents
    }

    private init(checked: [Int64]) { self.thresholdPercents = checked }

    /// The band (0…B) of `cost` against `budget`; both in the same minor units. With a budget of 0 (or less),
    /// a cost of 0 is band 0 and any other the top band.
    public func band(cost: Int64, budget: Int64) -> Int {
        guard budget > 0 else { return cost > 0 ? thresholdPercents.count : 0 }
        let scaledCost = Int128(max(cost, 0)) * 100
        return thresholdPercents.count(where: { scaledCost >= Int128($0) * Int128(budget) })
    }

    /// The band of `cost` against `budget` as a value on `scale` (higher = dearer).
    public func score(cost: Int64, budget: Int64, scale: ClosedRange<Double> = 0...5) -> Double {
        let band = Double(band(cost: cost, budget: budget))
        return scale.lowerBound + band * (scale.upperBound - scale.lowerBound) / Double(thresholdPercents.count)
    }
}

/// The thresholds given for cost bands are not strictly ascending non-negative percents.
public struct CostBandsError: Error, Sendable, Hashable, CustomStringConvertible {
    public let thresholdPercents: [Int64]
    public var description: String {
        "the cost bands \(thresholdPercents) are not usable; give one or more percents ≥ 0 in strictly ascending order"
    }
}

/// Benefit against cost: each vendor's benefit score per unit of cost, and the efficient frontier — the
/// vendors no other vendor dominates. A vendor is dominated when another has a benefit at least as high and a
/// cost at least as low, and is better on one of the two. Benefits equal to 12 significant digits count as
/// equal; costs are compared exactly. Two vendors with the same benefit and cost are both efficient.
///
/// The cost is whichever measure the caller chooses (the undiscounted TCO by default, or the PV), and the
/// benefit should be the weighted score without the cost criterion, so that cost is not counted twice.
public struct ValueForMoney<Vendor: Hashable & Sendable>: Sendable {
    public struct Option: Sendable, Hashable {
        public let vendor: Vendor
        public let benefit: Double
        public let cost: Int64
        /// benefit / cost, in score points per minor unit; `nil` for a cost of 0.
        public let benefitPerCost: Double?
        /// cost / benefit, in minor units per score point; `nil` for a benefit of 0 or less.
        public let costPerBenefit: Double?
        /// The vendors that dominate this one, in input order; empty on the frontier.
        public let dominatedBy: [Vendor]
        public var isEfficient: Bool { dominatedBy.isEmpty }
    }

    /// Every vendor, in input order.
    public let options: [Option]
    /// The efficient vendors from the cheapest to the dearest (equal costs: higher benefit first, then input
    /// order): the line of a benefit-against-cost chart.
    public let frontier: [Vendor]

    public init(_ vendors: [(vendor: Vendor, benefit: Double, cost: Int64)]) {
        let options = vendors.map { candidate in
            let dominators = vendors.filter { other in
                let benefitOrder = Self.compareBenefits(other.benefit, candidate.benefit)
                let notWorse = benefitOrder >= 0 && other.cost <= candidate.cost
                let better = benefitOrder > 0 || other.cost < candidate.cost
                return notWorse && better
            }
            return Option(
                vendor: candidate.vendor, benefit: candidate.benefit, cost: candidate.cost,
                benefitPerCost: candidate.cost > 0 ? candidate.benefit / Double(candidate.cost) : nil,
                costPerBenefit: candidate.benefit > 0 ? Double(candidate.cost) / candidate.benefit : nil,
                dominatedBy: dominators.map(\.vendor))
        }
        self.options = options
        self.frontier = options.enumerated()
            .filter { $0.element.isEfficient }
            .sorted { a, b in
                if a.element.cost != b.element.cost { return a.element.cost < b.element.cost }
                let order = Self.compareBenefits(a.element.benefit, b.element.benefit)
                if order != 0 { return order > 0 }
                return a.offset < b.offset
            }
            .map(\.element.vendor)
    }

    /// −1, 0 or 1 as `a` is below, tied with (to 12 significant digits) or above `b`.
    private static func compareBenefits(_ a: Double, _ b: Double) -> Int {
        Ranking.ties(a, b) ? 0 : (a < b ? -1 : 1)
    }
}
