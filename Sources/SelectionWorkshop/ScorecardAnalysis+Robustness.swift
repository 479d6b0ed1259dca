import Scoring

extension ScorecardAnalysis {
    /// How far the recommendation can be trusted: the three checks `crmkit scorecard` and the selection report
    /// both state — the cross-check agrees, no single evaluator decides, and no small change of one weight does.
    public struct Robustness: Sendable, Hashable {
        /// A weight that must move by less than this (absolute, on weights summing to 1) to change the winner
        /// makes the recommendation fragile.
        public static let smallestSafeWeightChange = 0.05

        /// TOPSIS, the cross-check, ranks the recommended vendor first.
        public var topsisAgrees: Bool
        /// The evaluators without whose scores another vendor would win (leave-one-out).
        public var pivotalEvaluators: [Stakeholder.ID]
        /// The smallest change of a single weight that changes the winner; `nil` when none does.
        public var smallestWeightChange: Double?

        /// `true` when the recommendation survives all three checks.
        public var isRobust: Bool {
            topsisAgrees && pivotalEvaluators.isEmpty
                && (smallestWeightChange ?? .infinity) >= Self.smallestSafeWeightChange
        }
    }

    /// The checks of the recommendation; `nil` when no vendor is recommended.
    public var robustness: Robustness? {
        guard let recommended else { return nil }
        return Robustness(
            topsisAgrees: topsis.map { ranked[$0.ranking.order[0]] == recommended } ?? false,
            pivotalEvaluators: leaveOneOut?.pivotalEvaluators ?? [],
            smallestWeightChange: sensitivity?.criteria.compactMap(\.minChangeToFlip).min())
    }
}
