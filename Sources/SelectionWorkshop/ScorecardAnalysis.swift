import Localization
import Scoring

/// Step 5's numbers, from the whole workspace: which shortlisted vendors are knocked out and why, the
/// criteria weights (direct or AHP), the evaluators' scores and how far they agree, the weighted totals
/// with TOPSIS as a cross-check, the sensitivity of the winner to every weight, the cost of ownership and
/// value for money, the budget fit, and the recommendation with how robust it is.
///
/// Conventions (docs/scoring.md): scores are on the scorecard's scale and are not normalized; a `cost`
/// criterion's score says how expensive a vendor is, so it is reversed (min + max − s) before it counts;
/// the consensus of the evaluators is their mean unless `Options.consensus` says median; weights are the
/// global weights of the leaves (the product of the local weights down the tree), renormalized to 1.
public struct ScorecardAnalysis: Sendable {
    public struct Options: Sendable {
        public var consensus: ConsensusRule = .mean
        /// A cell is disputed when the evaluators' population standard deviation is above this; default one
        /// fifth of the scale's width (1 point on a 0–5 scale).
        public var disagreementThreshold: Double?
        public var randomIndex: RandomIndexTable = .saaty1980
        public var priorityMethod: PriorityMethod = .eigenvector
        /// The tornado moves each weight by ± this fraction of itself.
        public var swing: Double = 0.25
        /// Where a cost criterion's value comes from: the evaluators' scores, or the computed cost of ownership.
        public var costFrom: CostSource = .scores
        /// When set (0 < w < 1), the requirements fit joins the ranking as a criterion of this global weight,
        /// the other weights scaled by 1 − w.
        public var fitWeight: Double?

        public init() {}
    }

    public enum CostSource: String, Sendable, Hashable, CaseIterable {
        /// The evaluators scored how expensive each vendor is.
        case scores
        /// The cost of ownership over the horizon, placed on the scale: by the templates' budget bands (60, 80,
        /// 95, 105 and 125 % of the budget) when there is a budget, else linearly from the cheapest (the scale's
        /// minimum) to the dearest (its maximum).
        case ownership
    }

    /// The id of the criterion `Options.fitWeight` adds.
    public static let fitCriterion = Criterion.ID(rawValue: "requirements-fit")

    /// A leaf criterion with its global weight and the top-level criterion (category) it belongs to.
    public struct Leaf: Sendable, Hashable {
        public var id: Criterion.ID
        public var name: LocalizedText
        public var category: Criterion.ID
        public var categoryName: LocalizedText
        public var weight: Double
        public var direction: Criterion.Direction
    }

    /// The consistency of one pairwise matrix of the scorecard.
    public struct PairwiseCheck: Sendable, Hashable {
        public var parent: Criterion.ID?
        public var result: AHPResult
    }

    /// Why a shortlisted vendor takes no part in the ranking.
    public struct KnockOut: Sendable, Hashable {
        public var vendor: Vendor.ID
        public var reasons: [LocalizedText]
    }

    public struct VendorCost: Sendable, Hashable {
        public var vendor: Vendor.ID
        public var ownership: CostOfOwnership
        /// Cost items the vendor gave no amount for (counted as 0).
        public var missing: [String]
    }

    public let options: Options
    public let scale: ClosedRange<Double>
    /// The shortlisted vendors, in shortlist order.
    public let shortlisted: [Vendor.ID]
    public let knockOuts: [KnockOut]
    /// The vendors that are ranked.
    public let ranked: [Vendor.ID]
    public let leaves: [Leaf]
    public let pairwise: [PairwiseCheck]
    /// Evaluators' consensus per ranked vendor and leaf, on the scale as scored (cost not yet reversed).
    public let consensus: [Vendor.ID: [Criterion.ID: Double]]
    public let agreement: [CellAgreement<Stakeholder.ID, Vendor.ID, Criterion.ID>]
    public let concordance: PanelConcordance<Stakeholder.ID, Vendor.ID>?
    public let leaveOneOut: LeaveOneOutCheck<Stakeholder.ID, Vendor.ID>?
    /// The weighted sum on the scale (the primary result) and TOPSIS (the cross-check), with their agreement.
    public let weightedSum: MethodResult?
    public let topsis: MethodResult?
    public let rankAgreement: RankAgreement?
    public let sensitivity: SensitivityReport?
    /// Each ranked vendor's total by top-level criterion (the weighted points each category contributes).
    public let categoryTotals: [Vendor.ID: [Criterion.ID: Double]]
    public let fit: [Vendor.ID: RequirementsFit<Requirement.ID>]
    public let costs: [VendorCost]
    public let valueForMoney: ValueForMoney<Vendor.ID>?
    public let budgetFit: BudgetFit<Vendor.ID, Requirement.ID>?
    /// What could not be computed, and why (in both languages).
    public let problems: [LocalizedText]

    /// The recommended vendor: the weighted sum's winner, when there is one.
    public var recommended: Vendor.ID? {
        guard let result = weightedSum, let first = result.ranking.order.first else { return nil }
        return ranked[first]
    }

    // swiftlint:disable:next function_body_length
    public init(_ workspace: Workspace, options: Options = Options()) {
        self.options = options
        var problems: [LocalizedText] = []
        let scorecard = workspace.scorecard
        let scale = scorecard.map { $0.scale.minimum...$0.scale.maximum } ?? 0...5
        self.scale = scale
        let shortlisted = workspace.shortlist.vendors.filter { $0.status == .shortlisted }.map(\.id)
        self.shortlisted = shortlisted

        // Requirements fit and the must-have knock-outs, before any compensatory scoring.
        let requirements = workspace.requirements.requirements
        let prioritized = requirements.map {
            PrioritizedRequirement($0.id, RequirementPriority(rawValue: $0.priority.rawValue) ?? .could)
        }
        let vendorFiles = Dictionary(workspace.vendors.map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        var fit: [Vendor.ID: RequirementsFit<Requirement.ID>] = [:]
        var knockOuts: [KnockOut] = []
        for vendor in shortlisted {
            let claims = Dictionary(
                (vendorFiles[vendor]?.coverage ?? []).compactMap { claim in
                    Scoring.CoverageClaim(rawValue: claim.claim.rawValue).map { (claim.requirement, $0) }
                }, uniquingKeysWith: { first, _ in first })
            let vendorFit = RequirementsFit(requirements: prioritized, claims: claims)
            fit[vendor] = vendorFit
            if vendorFit.isKnockedOut {
                let reasons = vendorFit.knockOuts.map { knockOut in
                    let id = knockOut.requirement.rawValue
                    return knockOut.claim == nil
                        ? LocalizedText(
                            fa: "نیازمندی ضروری \(id) بی‌پاسخ مانده است", en: "must-have \(id) was not answered")
                        : LocalizedText(
                            fa: "نیازمندی ضروری \(id) را پوشش نمی‌دهد", en: "does not cover must-have \(id)")
                }
                knockOuts.append(KnockOut(vendor: vendor, reasons: reasons))
            }
        }
        self.fit = fit

        // Cost of ownership (before ranking: a cost criterion may take its value from it).
        let project = workspace.project?.project
        let currency = project?.currency ?? "IRR"
        var costs: [VendorCost] = []
        for vendor in shortlisted {
            guard let quote = vendorFiles[vendor]?.interview?.costs else {
                problems.append(
                    LocalizedText(
                        fa: "تأمین‌کننده \(vendor) هزینه‌ای ندارد؛ هزینه مالکیتش حساب نشد",
                        en: "vendor \(vendor) has no costs; its cost of ownership is not computed"))
                continue
            }
            var missing: [String] = []
            func amount(_ money: Money?, _ field: String) -> Int64 {
                guard let money else {
                    missing.append(field)
                    return 0
                }
                if money.currency.code != currency {
                    problems.append(
                        LocalizedText(
                            fa: "\(vendor): \(field) به \(money.currency.code) است و در مقایسه به \(currency) به حساب نیامد",
                            en: "\(vendor): \(field) is in \(money.currency.code) and is left out of the \(currency) comparison"))
                    return 0
                }
                return money.amountMinorUnits
            }
            let quoteCosts = Scoring.VendorCosts(
                licence: amount(quote.licence, "licence"), customization: amount(quote.customization, "customization"),
                implementation: 0, training: amount(quote.training, "training"),
                backOfficeIntegration: amount(quote.backOfficeIntegration, "back_office_integration"),
                annualSupport: amount(quote.annualSupport, "annual_support"),
                subscriptionPerUserMonth: amount(quote.subscriptionPerUserMonth, "subscription_per_user_month"),
                users: Int64(project?.users ?? 0),
                escalator: (try? YearlyRate(project?.priceEscalation ?? 0)) ?? .zero)
            do {
                let ownership = try CostOfOwnership(
                    quoteCosts, horizonYears: project?.horizonYears ?? 5,
                    discountRate: (try? YearlyRate(project?.discountRate ?? 0)) ?? .zero)
                costs.append(VendorCost(vendor: vendor, ownership: ownership, missing: missing))
            } catch {
                problems.append(
                    LocalizedText(fa: "هزینه مالکیت \(vendor) حساب نشد: \(error)", en: "\(vendor): cost of ownership: \(error)"))
            }
        }
        self.costs = costs

        // Weights of the leaves.
        var leaves: [Leaf] = []
        var pairwise: [PairwiseCheck] = []
        if let scorecard {
            (leaves, pairwise) = Self.weights(of: scorecard, options: options, problems: &problems)
        } else {
            problems.append(LocalizedText(fa: "scorecard.yaml نیست", en: "there is no scorecard.yaml"))
        }
        self.pairwise = pairwise

        // Scores: the panel's consensus; vendors missing a score for a criterion cannot be ranked. The panel holds
        // the shortlisted vendors on the scored leaves, as scores elsewhere cannot count; a sheet's later score of
        // the same cell replaces the earlier one, and a score that is not finite, anywhere, leaves no panel.
        let scoredLeaves = leaves
        var seenVendors: Set<Vendor.ID> = []
        let panelVendors = shortlisted.filter { seenVendors.insert($0).inserted }
        var seenCriteria: Set<Criterion.ID> = []
        let panelCriteria = scoredLeaves.map(\.id).filter { seenCriteria.insert($0).inserted }
        let vendorIndex = Dictionary(uniqueKeysWithValues: zip(panelVendors, panelVendors.indices))
        let criterionIndex = Dictionary(uniqueKeysWithValues: zip(panelCriteria, panelCriteria.indices))
        var panelScores = [Double](
            repeating: .nan, count: workspace.scoreSheets.count * panelVendors.count * panelCriteria.count)
        var allFinite = true
        for (evaluator, sheet) in workspace.scoreSheets.enumerated() {
            // A sheet lists its scores vendor by vendor, mostly in the scorecard's order: the last vendor and the
            // next leaf are tried before a lookup. The scores are read in place, as there can be 360,000 of them.
            let scores = sheet.scores
            var vendor: Vendor.ID?
            var row: Int?
            var column = -1
            for index in scores.indices {
                allFinite = allFinite && scores[index].value.isFinite
                if scores[index].vendor != vendor {
                    vendor = scores[index].vendor
                    row = vendorIndex[scores[index].vendor]
                }
                guard let row else { continue }
                if column + 1 < panelCriteria.count, panelCriteria[column + 1] == scores[index].criterion {
                    column += 1
                } else if let found = criterionIndex[scores[index].criterion] {
                    column = found
                } else {
                    continue
                }
                panelScores[(evaluator * panelVendors.count + row) * panelCriteria.count + column] = scores[index].value
            }
        }
        for sheet in workspace.scoreSheets where !sheet.submitted {
            problems.append(
                LocalizedText(
                    fa: "برگه امتیاز \(sheet.evaluator) هنوز «ارسال‌شده» (submitted: true) نیست ولی در جمع‌ها شمرده شده است",
                    en: "\(sheet.evaluator)'s score sheet is not marked submitted (submitted: true) but is counted"))
        }
        let panel =
            allFinite
            ? try? EvaluatorPanel(
                evaluators: workspace.scoreSheets.map(\.evaluator), vendors: panelVendors, criteria: panelCriteria,
                scores: panelScores)
            : nil
        let scored = panel?.consensus(options.consensus) ?? [:]
        // Values that do not come from the evaluators: cost from the cost of ownership, the requirements fit.
        var fixed: [Vendor.ID: [Criterion.ID: Double]] = [:]
        if options.costFrom == .ownership {
            let costLeaves = leaves.filter { $0.direction == .cost }
            let totals = Dictionary(costs.map { ($0.vendor, $0.ownership.total) }, uniquingKeysWith: { first, _ in first })
            let budget = project?.budget.flatMap { $0.currency.code == currency ? $0.amountMinorUnits : nil }
            let low = totals.values.min() ?? 0
            let high = totals.values.max() ?? 0
            for vendor in shortlisted {
                guard let total = totals[vendor] else {
                    if !costLeaves.isEmpty {
                        problems.append(
                            LocalizedText(
                                fa: "\(vendor) هزینه مالکیت ندارد؛ معیار هزینه‌اش از امتیاز ارزیابان است",
                                en: "\(vendor) has no cost of ownership; its cost criterion keeps the evaluators' scores"))
                    }
                    continue
                }
                let value: Double
                if let budget, budget > 0 {
                    value = CostBands.templates.score(cost: total, budget: budget, scale: scale)
                } else {
                    value =
                        high > low
                        ? scale.lowerBound + Double(total - low) / Double(high - low) * (scale.upperBound - scale.lowerBound)
                        : (scale.lowerBound + scale.upperBound) / 2
                }
                for leaf in costLeaves { fixed[vendor, default: [:]][leaf.id] = value }
            }
        }
        if let weight = options.fitWeight, weight > 0, weight < 1 {
            leaves = leaves.map { leaf in
                var scaled = leaf
                scaled.weight *= 1 - weight
                return scaled
            }
            let name = LocalizedText(fa: "تناسب با نیازمندی‌ها", en: "Requirements fit")
            leaves.append(
                Leaf(
                    id: Self.fitCriterion, name: name, category: Self.fitCriterion, categoryName: name, weight: weight,
                    direction: .benefit))
            for vendor in shortlisted {
                fixed[vendor, default: [:]][Self.fitCriterion] = fit[vendor]?.score(on: scale) ?? scale.lowerBound
            }
        }
        self.leaves = leaves
        var consensus = scored
        for (vendor, values) in fixed {
            for (criterion, value) in values { consensus[vendor, default: [:]][criterion] = value }
        }
        let knockedOut = Set(knockOuts.map(\.vendor))
        var ranked: [Vendor.ID] = []
        for vendor in shortlisted where !knockedOut.contains(vendor) {
            let missing = leaves.filter { consensus[vendor]?[$0.id] == nil }.map(\.id.rawValue)
            if missing.isEmpty {
                ranked.append(vendor)
            } else {
                knockOuts.append(
                    KnockOut(
                        vendor: vendor,
                        reasons: [
                            LocalizedText(
                                fa: "بدون امتیاز در: \(missing.joined(separator: "، "))",
                                en: "not scored on: \(missing.joined(separator: ", "))")
                        ]))
            }
        }
        self.knockOuts = knockOuts
        self.ranked = ranked
        self.consensus = consensus.filter { ranked.contains($0.key) }
        let threshold = options.disagreementThreshold ?? (scale.upperBound - scale.lowerBound) / 5
        self.agreement =
            panel?.agreement(
                vendors: ranked, criteria: scoredLeaves.map(\.id), rule: options.consensus, disagreementThreshold: threshold)
            ?? []

        // The weighted sum on the scale and TOPSIS.
        let finalLeaves = leaves
        // Where each final leaf's value comes from, per row of a grid: a value that does not come from the
        // evaluators (it stays as it is), else the leaf's column; found once for the panel's grids.
        func sources(_ vendors: [Vendor.ID], _ criteria: [Criterion.ID]) -> (fixed: [Double?], columns: [Int?]) {
            let columns = Dictionary(uniqueKeysWithValues: zip(criteria, criteria.indices))
            let fixedValues = vendors.flatMap { vendor in
                let values = fixed[vendor]
                return finalLeaves.map { values?[$0.id] }
            }
            return (fixedValues, finalLeaves.map { columns[$0.id] })
        }
        let panelSources = sources(panelVendors, panelCriteria)
        let total: (ScoreGrid<Vendor.ID, Criterion.ID>) -> [Vendor.ID: Double] = { grid in
            let (fixedValues, columns) =
                grid.vendors == panelVendors && grid.criteria == panelCriteria
                ? panelSources : sources(grid.vendors, grid.criteria)
            var totals: [Vendor.ID: Double] = [:]
            rows: for (row, vendor) in grid.vendors.enumerated() {
                // A vendor nobody scored gets no total, even when every leaf's value is fixed.
                guard grid.criteria.indices.contains(where: { grid[row, $0] != nil }) else { continue }
                var sum = 0.0
                for (index, leaf) in finalLeaves.enumerated() {
                    guard let score = fixedValues[row * finalLeaves.count + index] ?? columns[index].flatMap({ grid[row, $0] })
                    else { continue rows }
                    let value = leaf.direction == .cost ? scale.lowerBound + scale.upperBound - score : score
                    sum += leaf.weight * value
                }
                totals[vendor] = sum
            }
            return totals
        }
        self.concordance = ranked.count > 1 ? panel?.concordance(vendors: ranked, total: total) : nil
        self.leaveOneOut = ranked.isEmpty ? nil : panel?.leaveOneOut(vendors: ranked, rule: options.consensus, total: total)

        var weightedSum: MethodResult?
        var topsis: MethodResult?
        var sensitivity: SensitivityReport?
        if !ranked.isEmpty, !leaves.isEmpty {
            do {
                let matrix = try DecisionMatrix(
                    alternatives: ranked.map(\.rawValue),
                    criteria: leaves.map { leaf in
                        DecisionMatrix.Criterion(
                            name: leaf.id.rawValue, weight: leaf.weight, kind: leaf.direction == .cost ? .cost : .benefit,
                            scale: scale, values: ranked.map { consensus[$0]?[leaf.id] ?? scale.lowerBound })
                    })
                weightedSum = try ScoringMethod.wsm.evaluate(matrix, normalization: .none)
                topsis = try ScoringMethod.topsis.evaluate(matrix, normalization: .vector)
                sensitivity = try Sensitivity.analyze(matrix, method: .wsm, normalization: .none, swing: options.swing)
            } catch {
                problems.append(LocalizedText(fa: "رتبه‌بندی ممکن نشد: \(error)", en: "cannot rank: \(error)"))
            }
        }
        self.weightedSum = weightedSum
        self.topsis = topsis
        self.sensitivity = sensitivity
        self.rankAgreement = weightedSum.flatMap { a in topsis.map { RankAgreement(a.ranking, $0.ranking) } }

        var categoryTotals: [Vendor.ID: [Criterion.ID: Double]] = [:]
        for vendor in ranked {
            for leaf in leaves {
                let score = consensus[vendor]?[leaf.id] ?? scale.lowerBound
                let value = leaf.direction == .cost ? scale.lowerBound + scale.upperBound - score : score
                categoryTotals[vendor, default: [:]][leaf.category, default: 0] += leaf.weight * value
            }
        }
        self.categoryTotals = categoryTotals

        // Value for money and the budget.
        if weightedSum != nil {
            // Value for money weighs the benefit without the cost criteria, so cost is not counted twice.
            let benefitWeight = leaves.filter { $0.direction == .benefit }.reduce(0) { $0 + $1.weight }
            let options = ranked.compactMap { vendor -> (vendor: Vendor.ID, benefit: Double, cost: Int64)? in
                guard let cost = costs.first(where: { $0.vendor == vendor }) else { return nil }
                let benefit = leaves.filter { $0.direction == .benefit }.reduce(0) { total, leaf in
                    total + leaf.weight * (consensus[vendor]?[leaf.id] ?? scale.lowerBound)
                }
                return (vendor, benefitWeight > 0 ? benefit / benefitWeight : 0, cost.ownership.total)
            }
            self.valueForMoney = options.isEmpty ? nil : ValueForMoney(options)
        } else {
            self.valueForMoney = nil
        }
        if let budget = project?.budget, budget.currency.code == currency, !costs.isEmpty {
            let priorities = Dictionary(requirements.map { ($0.id, $0.priority) }, uniquingKeysWith: { first, _ in first })
            let cases = costs.filter { !knockedOut.contains($0.vendor) }.map { cost -> BudgetCase<Vendor.ID, Requirement.ID> in
                BudgetCase(
                    vendor: cost.vendor, cost: cost.ownership.total,
                    attributableCosts: (vendorFiles[cost.vendor]?.coverage ?? []).compactMap {
                        claim -> AttributableCost<Requirement.ID>? in
                        guard let money = claim.cost, money.currency.code == currency,
                            let priority = priorities[claim.requirement]
                        else { return nil }
                        return AttributableCost(
                            claim.requirement, RequirementPriority(rawValue: priority.rawValue) ?? .could,
                            amount: money.amountMinorUnits)
                    })
            }
            do {
                self.budgetFit = try BudgetFit(budget: budget.amountMinorUnits, cases: cases)
            } catch {
                problems.append(LocalizedText(fa: "سنجش بودجه ممکن نشد: \(error)", en: "budget fit: \(error)"))
                self.budgetFit = nil
            }
        } else {
            self.budgetFit = nil
        }
        self.problems = problems
    }

    /// The leaves' global weights: direct points renormalized level by level, or AHP priorities of each
    /// pairwise matrix (a level without a matrix falls back to its direct points).
    static func weights(of scorecard: Scorecard, options: Options, problems: inout [LocalizedText]) -> (
        [Leaf], [PairwiseCheck]
    ) {
        var checks: [PairwiseCheck] = []
        var localByID: [String: Double] = [:]
        if scorecard.weighting == .pairwise {
            for comparison in scorecard.pairwise {
                do {
                    let matrix = try PairwiseMatrix(
                        items: comparison.items.map(\.rawValue), entries: comparison.matrix.map { $0.map(Optional.some) })
                    var ahpOptions = AHPOptions()
                    ahpOptions.method = options.priorityMethod
                    ahpOptions.randomIndex = options.randomIndex
                    let result = try AHP.analyze(matrix, options: ahpOptions)
                    checks.append(PairwiseCheck(parent: comparison.parent, result: result))
                    for (item, weight) in zip(result.items, result.weights) { localByID[item] = weight }
                } catch {
                    problems.append(
                        LocalizedText(
                            fa: "ماتریس مقایسه زوجی \(comparison.parent?.rawValue ?? "root") قابل تحلیل نیست: \(error)",
                            en: "the pairwise matrix of \(comparison.parent?.rawValue ?? "root") cannot be analysed: \(error)"))
                }
            }
        }
        func tree(_ criterion: Criterion) -> CriteriaTree {
            CriteriaTree(
                criterion.id.rawValue, points: localByID[criterion.id.rawValue] ?? criterion.weight ?? 1,
                children: criterion.children.map(tree))
        }
        let weights: [CriteriaTree.Weight]
        do {
            weights = try CriteriaTree.weights(of: scorecard.criteria.map(tree))
        } catch {
            problems.append(LocalizedText(fa: "وزن‌ها حساب نشد: \(error)", en: "cannot weigh the criteria: \(error)"))
            return ([], checks)
        }
        let byID = Dictionary(scorecard.allCriteria.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let leaves = weights.filter(\.isLeaf).compactMap { weight -> Leaf? in
            guard let criterion = byID[weight.id], let top = weight.path.first, let category = byID[top] else { return nil }
            return Leaf(
                id: criterion.id, name: criterion.name, category: category.id, categoryName: category.name,
                weight: weight.global, direction: criterion.direction)
        }
        return (leaves, checks)
    }
}
