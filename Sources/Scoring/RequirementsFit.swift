/// A requirement's MoSCoW priority (`requirements.yaml`, `priority`).
public enum RequirementPriority: String, Sendable, Hashable, CaseIterable {
    case must
    case should
    case could
    case wont
}

/// A vendor's claim for one requirement (`vendors/VENDOR.yaml`, `coverage[].claim`).
public enum CoverageClaim: String, Sendable, Hashable, CaseIterable {
    /// Works out of the box.
    case full
    /// Covers part of it.
    case partial
    /// Promised in a later release.
    case roadmap
    /// Needs custom work, usually paid for.
    case custom
    /// Not offered.
    case none
}

/// The numbers behind a requirements fit: how much each MoSCoW priority weighs, how much each claim covers,
/// which claims of a must knock a vendor out, and what an unanswered requirement counts as.
///
/// Defaults: weights must 3, should 2, could 1, won't 0 (won'ts are recorded, never scored); claim values
/// full 1, partial 0.5, roadmap 0.25 (promised, not there), custom 0.5 (there after paid work), none 0; a must
/// claimed `none` knocks the vendor out; an unanswered requirement counts as `none` — a vendor that has not
/// shown a must does not pass — and is named as unanswered in the knock-out, so the team can ask.
public struct RequirementsFitPolicy: Sendable, Hashable {
    public struct PriorityWeights: Sendable, Hashable {
        public var must: Double
        public var should: Double
        public var could: Double
        public var wont: Double

        public init(must: Double = 3, should: Double = 2, could: Double = 1, wont: Double = 0) {
            self.must = must
            self.should = should
            self.could = could
            self.wont = wont
        }

        public subscript(priority: RequirementPriority) -> Double {
            switch priority {
            case .must: must
            case .should: should
            case .could: could
            case .wont: wont
            }
        }
    }

    public struct ClaimValues: Sendable, Hashable {
        public var full: Double
        public var partial: Double
        public var roadmap: Double
        public var custom: Double
        public var none: Double

        public init(full: Double = 1, partial: Double = 0.5, roadmap: Double = 0.25, custom: Double = 0.5, none: Double = 0) {
            self.full = full
            self.partial = partial
            self.roadmap = roadmap
            self.custom = custom
            self.none = none
        }

        public subscript(claim: CoverageClaim) -> Double {
            switch claim {
            case .full: full
            case .partial: partial
            case .roadmap: roadmap
            case .custom: custom
            case .none: none
            }
        }
    }

    public let priorityWeights: PriorityWeights
    public let claimValues: ClaimValues
    /// The claims that knock a vendor out when given for a must.
    public let knockOutClaims: Set<CoverageClaim>
    /// What a requirement without a claim counts as.
    public let unansweredCountsAs: CoverageClaim

    /// The defaults above.
    public static let standard = RequirementsFitPolicy(
        checked: PriorityWeights(), ClaimValues(), knockOutClaims: [.none], unansweredCountsAs: .none)

    /// Refuses a weight that is negative or not finite, and a claim value outside 0…1.
    public init(
        priorityWeights: PriorityWeights = PriorityWeights(), claimValues: ClaimValues = ClaimValues(),
        knockOutClaims: Set<CoverageClaim> = [.none], unansweredCountsAs: CoverageClaim = .none
    ) throws(RequirementsFitError) {
        for priority in RequirementPriority.allCases {
            let weight = priorityWeights[priority]
            guard weight.isFinite, weight >= 0 else { throw .invalidWeight(priority, weight) }
        }
        for claim in CoverageClaim.allCases {
            let value = claimValues[claim]
            guard value.isFinite, (0...1).contains(value) else { throw .invalidClaimValue(claim, value) }
        }
        self.init(
            checked: priorityWeights, claimValues, knockOutClaims: knockOutClaims, unansweredCountsAs: unansweredCountsAs)
    }

    private init(
        checked priorityWeights: PriorityWeights, _ claimValues: ClaimValues, knockOutClaims: Set<CoverageClaim>,
        unansweredCountsAs: CoverageClaim
    ) {
        self.priorityWeights = priorityWeights
        self.claimValues = claimValues
        self.knockOutClaims = knockOutClaims
        self.unansweredCountsAs = unansweredCountsAs
    }
}

/// A requirement as the fit needs it: its id and MoSCoW priority.
public struct PrioritizedRequirement<Requirement: Hashable & Sendable>: Sendable, Hashable {
    public var requirement: Requirement
    public var priority: RequirementPriority

    public init(_ requirement: Requirement, _ priority: RequirementPriority) {
        self.requirement = requirement
        self.priority = priority
    }
}

/// How well one vendor's coverage claims fit the requirements, and whether a must knocks it out.
///
/// **Knock-out** (non-compensatory, applied before any scoring): a must whose claim is one of the policy's
/// knock-out claims (`none` by default) — or that has no claim, when unanswered counts as one — removes the
/// vendor, whatever its total; `knockOuts` names those musts.
///
/// **Fit**: `fraction = Σ_r w(priority_r) × v(claim_r) / Σ_r w(priority_r)` over the requirements, in 0…1;
/// `score(on:)` puts it on the scorecard's scale (`min + fraction × (max − min)`), so it can be one criterion
/// (direction benefit) of the weighted sum. A knocked-out vendor still gets its fit, for the report.
public struct RequirementsFit<Requirement: Hashable & Sendable>: Sendable, Hashable {
    /// A must that knocks the vendor out.
    public struct KnockOut: Sendable, Hashable {
        public let requirement: Requirement
        /// The vendor's claim; `nil` when it gave none.
        public let claim: CoverageClaim?
    }

    /// The coverage of the requirements of one priority: Σ v(claim) / count.
    public struct PriorityCoverage: Sendable, Hashable {
        public let priority: RequirementPriority
        public let requirements: Int
        public let unanswered: Int
        /// `nil` when there is no requirement of this priority.
        public let fraction: Double?
    }

    /// The musts that knock the vendor out, in the order of the requirements.
    public let knockOuts: [KnockOut]
    /// The weighted coverage in 0…1; `nil` when no requirement carries weight.
    public let fraction: Double?
    /// must, should, could, won't — every priority, including those with no requirement.
    public let byPriority: [PriorityCoverage]
    /// Requirements without a claim, in the order of the requirements.
    public let unanswered: [Requirement]

    public var isKnockedOut: Bool { !knockOuts.isEmpty }

    /// The fit of the vendor whose claims are `claims` (claims for requirements not in `requirements` are
    /// ignored) on `requirements` (each once).
    public init(
        requirements: [PrioritizedRequirement<Requirement>], claims: [Requirement: CoverageClaim],
        policy: RequirementsFitPolicy = .standard
    ) {
        var knockOuts: [KnockOut] = []
        var unanswered: [Requirement] = []
        var weighted: [Double] = []
        var weights: [Double] = []
        var values: [RequirementPriority: [Double]] = [:]
        var unansweredCount: [RequirementPriority: Int] = [:]
        for item in requirements {
            let given = claims[item.requirement]
            let claim = given ?? policy.unansweredCountsAs
            if given == nil {
                unanswered.append(item.requirement)
                unansweredCount[item.priority, default: 0] += 1
            }
            if item.priority == .must, policy.knockOutClaims.contains(claim) {
                knockOuts.append(KnockOut(requirement: item.requirement, claim: given))
            }
            let weight = policy.priorityWeights[item.priority]
            weights.append(weight)
            weighted.append(weight * policy.claimValues[claim])
            values[item.priority, default: []].append(policy.claimValues[claim])
        }
        let totalWeight = orderIndependentSum(weights)
        self.knockOuts = knockOuts
        self.unanswered = unanswered
        self.fraction = totalWeight > 0 ? min(orderIndependentSum(weighted) / totalWeight, 1) : nil
        self.byPriority = RequirementPriority.allCases.map { priority in
            let list = values[priority] ?? []
            return PriorityCoverage(
                priority: priority, requirements: list.count, unanswered: unansweredCount[priority] ?? 0,
                fraction: list.isEmpty ? nil : orderIndependentSum(list) / Double(list.count))
        }
    }

    /// The fit on `scale`: `min + fraction × (max − min)`; `nil` when `fraction` is.
    public func score(on scale: ClosedRange<Double>) -> Double? {
        fraction.map { scale.lowerBound + $0 * (scale.upperBound - scale.lowerBound) }
    }
}

/// Why a requirements-fit policy cannot be used.
public enum RequirementsFitError: Error, Sendable, Hashable {
    case invalidWeight(RequirementPriority, Double)
    case invalidClaimValue(CoverageClaim, Double)
}

extension RequirementsFitError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidWeight(let priority, let weight):
            "the weight of \(priority.rawValue) is \(weight); weights are finite and 0 or more"
        case .invalidClaimValue(let claim, let value):
            "the value of the claim \(claim.rawValue) is \(value); claim values lie between 0 and 1"
        }
    }
}
