/// How the evaluators' scores of one vendor on one criterion become the panel's score.
public enum ConsensusRule: String, Sendable, Hashable, CaseIterable {
    /// The arithmetic mean (the default).
    case mean
    /// The middle score; the mean of the two middle scores when their number is even.
    case median
}

/// The spread of the scores several evaluators gave one vendor on one criterion.
///
/// The standard deviation that flags disagreement is the **population** one, σ = √(Σ(x − mean)² / n): the
/// panel is the whole population of its evaluators, not a sample of a larger one. The sample one (n − 1) is
/// given beside it for those who want it. Every statistic is computed on the scores sorted ascending, so the
/// order of the evaluators cannot change a result, not even in its last bit.
public struct ScoreSpread: Sendable, Hashable {
    /// The scores, sorted ascending.
    public let scores: [Double]
    public let mean: Double
    public let median: Double
    /// σ = √(Σ(x − mean)² / n).
    public let populationStandardDeviation: Double
    /// s = √(Σ(x − mean)² / (n − 1)); `nil` for a single score.
    public let sampleStandardDeviation: Double?

    /// The spread of `scores`; `nil` when there are none or one is not finite.
    public init?(_ scores: [Double]) {
        guard !scores.isEmpty, scores.allSatisfy(\.isFinite) else { return nil }
        let sorted = scores.sorted()
        let n = Double(sorted.count)
        let mean = orderIndependentSum(sorted) / n
        let squares = orderIndependentSum(sorted.map { ($0 - mean) * ($0 - mean) })
        let middle = sorted.count / 2
        self.scores = sorted
        self.mean = mean
        self.median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        self.populationStandardDeviation = (squares / n).squareRoot()
        self.sampleStandardDeviation = sorted.count > 1 ? (squares / (n - 1)).squareRoot() : nil
    }

    public var count: Int { scores.count }
    public var minimum: Double { scores[0] }
    public var maximum: Double { scores[scores.count - 1] }
    /// maximum − minimum.
    public var range: Double { maximum - minimum }
    /// σ / mean (population σ); `nil` when the mean is 0.
    public var coefficientOfVariation: Double? { mean == 0 ? nil : populationStandardDeviation / mean }

    /// The panel's score by `rule`.
    public func consensus(_ rule: ConsensusRule) -> Double {
        switch rule {
        case .mean: mean
        case .median: median
        }
    }
}

/// One evaluator's score file (`scores/EVALUATOR.yaml`) as numbers: vendor → criterion → score. A cell the
/// evaluator did not score is absent.
public struct ScoreSheet<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>:
    Sendable, Hashable
{
    public var evaluator: Evaluator
    public var scores: [Vendor: [Criterion: Double]]

    public init(evaluator: Evaluator, scores: [Vendor: [Criterion: Double]]) {
        self.evaluator = evaluator
        self.scores = scores
    }
}

/// The evaluators' score sheets together: per (vendor, criterion) the consensus and the disagreement, the
/// agreement of the evaluators' rankings (Kendall's W), and whether the winner depends on any one evaluator.
///
/// A *total-score function* turns scores (vendor → criterion → score) into a total per vendor; the scorecard
/// passes the weighted sum with its normalization, or `WeightedScoreTotal` for the plain one. A vendor the
/// function gives no total does not compete.
public struct EvaluatorPanel<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>:
    Sendable
{
    public typealias Sheet = ScoreSheet<Evaluator, Vendor, Criterion>
    public typealias Scores = [Vendor: [Criterion: Double]]

    /// The sheets in the order given; results that list evaluators keep it.
    public let sheets: [Sheet]

    /// Refuses two sheets of one evaluator and a score that is not finite.
    public init(_ sheets: [Sheet]) throws(EvaluatorPanelError) {
        var seen: Set<Evaluator> = []
        for sheet in sheets {
            guard seen.insert(sheet.evaluator).inserted else {
                throw .duplicateEvaluator(String(describing: sheet.evaluator))
            }
            for (vendor, row) in sheet.scores {
                if let (criterion, _) = row.first(where: { !$0.value.isFinite }) {
                    throw .notFinite(
                        evaluator: String(describing: sheet.evaluator), vendor: String(describing: vendor),
                        criterion: String(describing: criterion))
                }
            }
        }
        self.sheets = sheets
    }

    public var evaluators: [Evaluator] { sheets.map(\.evaluator) }

    /// The spread of the scores given to `vendor` on `criterion`; `nil` when nobody scored it.
    public func spread(vendor: Vendor, criterion: Criterion) -> ScoreSpread? {
        ScoreSpread(sheets.compactMap { $0.scores[vendor]?[criterion] })
    }

    /// Per (vendor, criterion), vendors then criteria in the order given, the consensus by `rule` and the
    /// disagreement, flagged when σ (population) is above `disagreementThreshold` — strictly: two evaluators
    /// giving 2 and 4 (σ = 1) are not flagged at the default. The default, 1.0 point, is meant for the 0–5 scale
    /// of the bundled scorecards; for another scale pass a fifth of its width. Cells nobody scored are left
    /// out.
    public func agreement(
        vendors: [Vendor], criteria: [Criterion], rule: ConsensusRule = .mean, disagreementThreshold: Double = 1.0
    ) -> [CellAgreement<Evaluator, Vendor, Criterion>] {
        vendors.flatMap { vendor in
            criteria.compactMap { criterion -> CellAgreement<Evaluator, Vendor, Criterion>? in
                let given = sheets.compactMap { sheet in
                    sheet.scores[vendor]?[criterion].map { EvaluatorScore(evaluator: sheet.evaluator, score: $0) }
                }
                guard let spread = ScoreSpread(given.map(\.score)) else { return nil }
                return CellAgreement(
                    vendor: vendor, criterion: criterion, scores: given, spread: spread,
                    consensus: spread.consensus(rule),
                    isDisputed: spread.populationStandardDeviation > disagreementThreshold)
            }
        }
    }

    /// The panel's score of every cell someone scored, by `rule`.
    public func consensus(_ rule: ConsensusRule = .mean) -> Scores {
        Self.consensus(of: sheets, rule: rule)
    }

    /// Kendall's W over the evaluators' rankings of `vendors`: each evaluator's own scores are totalled by
    /// `total` and ranked (1 = best; totals equal to 12 significant digits share the mean of their ranks). An
    /// evaluator whose totals miss one of `vendors` does not rank them all and is left out (`incomplete`).
    public func concordance(vendors: [Vendor], total: (Scores) -> [Vendor: Double]) -> PanelConcordance<
        Evaluator, Vendor
    > {
        var rankings: [PanelConcordance<Evaluator, Vendor>.Ranking] = []
        var incomplete: [Evaluator] = []
        for sheet in sheets {
            let totals = total(sheet.scores)
            let values = vendors.compactMap { totals[$0] }
            guard values.count == vendors.count, values.allSatisfy(\.isFinite) else {
                incomplete.append(sheet.evaluator)
                continue
            }
            let ranks = Ranking(scores: values).midRanks
            rankings.append(.init(evaluator: sheet.evaluator, ranks: Dictionary(uniqueKeysWithValues: zip(vendors, ranks))))
        }
        let matrix = rankings.map { ranking in vendors.map { ranking.ranks[$0] ?? 0 } }
        return PanelConcordance(kendallW: KendallW(rankings: matrix), rankings: rankings, incomplete: incomplete)
    }

    /// Who wins with every evaluator, and who wins without each one in turn: the consensus by `rule` of the
    /// other sheets, totalled by `total`. Winners are the vendors of `vendors` with the highest total, equal to
    /// 12 significant digits (several on a tie), in the order of `vendors`.
    public func leaveOneOut(
        vendors: [Vendor], rule: ConsensusRule = .mean, total: (Scores) -> [Vendor: Double]
    ) -> LeaveOneOutCheck<Evaluator, Vendor> {
        let totals = total(consensus(rule))
        let winners = Self.winners(of: totals, among: vendors)
        // Each cell's scores are gathered and sorted once; the consensus without one evaluator is then read
        // off the sorted scores with that evaluator's one skipped, in the same order `ScoreSpread` sums them —
        // the same numbers as recomputing from the other sheets, without rebuilding the panel per evaluator.
        var gathered: [Vendor: [Criterion: [(sheet: Int, score: Double)]]] = [:]
        for (index, sheet) in sheets.enumerated() {
            for (vendor, row) in sheet.scores {
                for (criterion, score) in row { gathered[vendor, default: [:]][criterion, default: []].append((index, score)) }
            }
        }
        var cells: [Cell] = []
        for (vendor, row) in gathered {
            for (criterion, given) in row {
                let order = given.sorted { $0.score < $1.score || ($0.score == $1.score && $0.sheet < $1.sheet) }
                var position = [Int?](repeating: nil, count: sheets.count)
                for (at, entry) in order.enumerated() { position[entry.sheet] = at }
                cells.append(Cell(vendor: vendor, criterion: criterion, sorted: order.map(\.score), position: position))
            }
        }
        let withoutEach = sheets.indices.map { left in
            var scores: Scores = [:]
            for cell in cells {
                guard let skip = cell.position[left] else {
                    scores[cell.vendor, default: [:]][cell.criterion] = Self.consensus(sorted: cell.sorted, skipping: nil, rule)
                    continue
                }
                guard cell.sorted.count > 1 else { continue }
                scores[cell.vendor, default: [:]][cell.criterion] = Self.consensus(sorted: cell.sorted, skipping: skip, rule)
            }
            let totalsWithout = total(scores)
            let winnersWithout = Self.winners(of: totalsWithout, among: vendors)
            return LeaveOneOutCheck<Evaluator, Vendor>.Without(
                evaluator: sheets[left].evaluator, totals: totalsWithout, winners: winnersWithout,
                changesWinner: Set(winnersWithout) != Set(winners))
        }
        return LeaveOneOutCheck(totals: totals, winners: winners, withoutEach: withoutEach)
    }

    /// One scored cell for the leave-one-out check: its scores sorted, and where each sheet's score sits.
    private struct Cell {
        var vendor: Vendor
        var criterion: Criterion
        var sorted: [Double]
        /// Per sheet index, the position of its score in `sorted` (nil when it gave none).
        var position: [Int?]
    }

    /// The consensus of sorted scores with the one at `skipping` left out, as `ScoreSpread` computes it.
    static func consensus(sorted: [Double], skipping: Int?, _ rule: ConsensusRule) -> Double {
        let count = sorted.count - (skipping == nil ? 0 : 1)
        func at(_ index: Int) -> Double {
            guard let skipping, index >= skipping else { return sorted[index] }
            return sorted[index + 1]
        }
        switch rule {
        case .mean:
            var sum = 0.0
            for index in 0..<count { sum += at(index) }
            return sum / Double(count)
        case .median:
            return count % 2 == 1 ? at(count / 2) : (at(count / 2 - 1) + at(count / 2)) / 2
        }
    }

    private static func consensus(of sheets: [Sheet], rule: ConsensusRule) -> Scores {
        var gathered: [Vendor: [Criterion: [Double]]] = [:]
        for sheet in sheets {
            for (vendor, row) in sheet.scores {
                for (criterion, score) in row {
                    gathered[vendor, default: [:]][criterion, default: []].append(score)
                }
            }
        }
        return gathered.mapValues { row in row.compactMapValues { ScoreSpread($0)?.consensus(rule) } }
    }

    private static func winners(of totals: [Vendor: Double], among vendors: [Vendor]) -> [Vendor] {
        let competing = vendors.filter { totals[$0]?.isFinite == true }
        let ranking = Ranking(scores: competing.map { totals[$0] ?? 0 })
        return ranking.top.sorted().map { competing[$0] }
    }
}

/// One evaluator's score in a cell.
public struct EvaluatorScore<Evaluator: Hashable & Sendable>: Sendable, Hashable {
    public let evaluator: Evaluator
    public let score: Double
}

/// The panel's view of one vendor on one criterion.
public struct CellAgreement<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>:
    Sendable, Hashable
{
    public let vendor: Vendor
    public let criterion: Criterion
    /// Who gave what, in the panel's order.
    public let scores: [EvaluatorScore<Evaluator>]
    public let spread: ScoreSpread
    public let consensus: Double
    /// σ (population) is above the threshold asked for.
    public let isDisputed: Bool
}

/// Kendall's W over the evaluators who ranked every vendor.
public struct PanelConcordance<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable>: Sendable, Hashable {
    public struct Ranking: Sendable, Hashable {
        public let evaluator: Evaluator
        /// 1 = best; tied vendors share the mean of their ranks.
        public let ranks: [Vendor: Double]
    }

    /// `nil` when fewer than two evaluators ranked every vendor, there are fewer than two vendors, or no
    /// evaluator separates any two vendors.
    public let kendallW: KendallW?
    public let rankings: [Ranking]
    /// Evaluators left out because their totals miss a vendor.
    public let incomplete: [Evaluator]
}

/// Who wins with every evaluator and without each one.
public struct LeaveOneOutCheck<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable>: Sendable, Hashable {
    public struct Without: Sendable, Hashable {
        public let evaluator: Evaluator
        public let totals: [Vendor: Double]
        public let winners: [Vendor]
        /// The winners without this evaluator are not the winners with everyone.
        public let changesWinner: Bool
    }

    public let totals: [Vendor: Double]
    public let winners: [Vendor]
    /// One entry per evaluator, in the panel's order.
    public let withoutEach: [Without]

    /// The evaluators without whom someone else would win.
    public var pivotalEvaluators: [Evaluator] { withoutEach.filter(\.changesWinner).map(\.evaluator) }
    /// No single evaluator decides the winner.
    public var isRobust: Bool { pivotalEvaluators.isEmpty }
}

/// Kendall's coefficient of concordance W of m rankings of the same n objects, corrected for ties:
///
///     W = 12 S / (m² (n³ − n) − m Σ T),   S = Σᵢ (Rᵢ − m (n + 1) / 2)²,   T = Σ over tie groups (t³ − t)
///
/// where Rᵢ is the sum of object i's ranks and t the size of a group of tied objects in one ranking (Kendall &
/// Babington Smith 1939; Siegel & Castellan 1988, §9.4). It is the share of the rank variance that lies between
/// the objects, so it lies in [0, 1]: 1 when every ranking is the same, 0 when the rank sums are all equal. The
/// Friedman statistic is χ² = m (n − 1) W with n − 1 degrees of freedom.
public struct KendallW: Sendable, Hashable {
    /// W, corrected for ties.
    public let w: Double
    /// 12 S / (m² (n³ − n)): W without the tie correction, as some tables print it; equal to `w` without ties.
    public let uncorrected: Double
    /// m, the number of rankings (evaluators).
    public let raters: Int
    /// n, the number of objects ranked (vendors).
    public let objects: Int
    /// S, the sum of squared deviations of the rank sums from their mean.
    public let s: Double
    /// Σ (t³ − t) over the tie groups of every ranking.
    public let tieCorrection: Double

    /// Friedman's χ² = m (n − 1) W.
    public var chiSquare: Double { Double(raters * (objects - 1)) * w }
    public var degreesOfFreedom: Int { objects - 1 }

    /// W of `rankings`, one row per rater holding its ranks — or any ordinal values, such as scores — of the same
    /// n objects. Each row is turned into mid-ranks (`Ranking.midRanks`: values equal to 12 significant digits
    /// tie and share the mean of their ranks); W does not depend on whether high or low values are best.
    /// `nil` when there are fewer than two rows or two objects, the rows differ in length, a value is not
    /// finite, or every row ties every object (W is then 0/0).
    public init?(rankings: [[Double]]) {
        let m = rankings.count
        guard m >= 2, let n = rankings.first?.count, n >= 2,
            rankings.allSatisfy({ $0.count == n && $0.allSatisfy(\.isFinite) })
        else { return nil }
        let ranks = rankings.map { Ranking(scores: $0).midRanks }
        let sums = (0..<n).map { object in ranks.reduce(0) { $0 + $1[object] } }
        let meanSum = Double(m) * Double(n + 1) / 2
        let s = sums.reduce(0) { $0 + ($1 - meanSum) * ($1 - meanSum) }
        let ties = rankings.reduce(0.0) { total, row in
            total + Self.tieGroups(of: row).reduce(0) { $0 + Double($1 * $1 * $1 - $1) }
        }
        let full = Double(m * m) * Double(n * n * n - n)
        let denominator = full - Double(m) * ties
        guard denominator > 0 else { return nil }
        self.w = min(max(12 * s / denominator, 0), 1)
        self.uncorrected = 12 * s / full
        self.raters = m
        self.objects = n
        self.s = s
        self.tieCorrection = ties
    }

    /// The sizes of the groups of tied values (equal to 12 significant digits) in `values`.
    private static func tieGroups(of values: [Double]) -> [Int] {
        var sizes: [Double: Int] = [:]
        for value in values { sizes[Ranking.tieKey(value), default: 0] += 1 }
        return sizes.values.filter { $0 > 1 }
    }
}

/// A plain weighted total of scores on one scale: Σ w_c × s_c with the weights renormalized to sum 1, where a
/// criterion with direction `cost` counts as (min + max − s), as the scorecard reverses it. A vendor missing a
/// weighted criterion's score gets no total. For another normalization, pass the weighted sum of the decision
/// matrix as the total-score function instead.
public struct WeightedScoreTotal<Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>: Sendable {
    /// The weights renormalized to sum 1, in the order given.
    public let weights: [(criterion: Criterion, weight: Double)]
    public let costCriteria: Set<Criterion>
    public let scale: ClosedRange<Double>

    /// Refuses a criterion given twice, a negative or non-finite weight, weights summing to 0, and a scale
    /// whose min is not below its max.
    public init(
        weights: [(criterion: Criterion, weight: Double)], costCriteria: Set<Criterion> = [],
        scale: ClosedRange<Double>
    ) throws(EvaluatorPanelError) {
        guard scale.lowerBound.isFinite, scale.upperBound.isFinite, scale.lowerBound < scale.upperBound else {
            throw .invalidScale
        }
        var seen: Set<Criterion> = []
        for (criterion, weight) in weights {
            guard seen.insert(criterion).inserted else { throw .duplicateCriterion(String(describing: criterion)) }
            guard weight.isFinite, weight >= 0 else { throw .invalidWeight(String(describing: criterion)) }
        }
        let total = orderIndependentSum(weights.map(\.weight))
        guard total > 0, total.isFinite else { throw .weightsSumToZero }
        self.weights = weights.map { ($0.criterion, $0.weight / total) }
        self.costCriteria = costCriteria
        self.scale = scale
    }

    /// The total of every vendor of `scores` that has a score on every weighted criterion.
    public func totals(_ scores: [Vendor: [Criterion: Double]]) -> [Vendor: Double] {
        scores.compactMapValues { row -> Double? in
            var terms: [Double] = []
            for (criterion, weight) in weights where weight > 0 {
                guard let score = row[criterion] else { return nil }
                let value = costCriteria.contains(criterion) ? scale.lowerBound + scale.upperBound - score : score
                terms.append(weight * value)
            }
            return orderIndependentSum(terms)
        }
    }
}

/// Why a panel or a weighted total cannot be built; the workspace validator refuses these inputs first.
public enum EvaluatorPanelError: Error, Sendable, Hashable {
    case duplicateEvaluator(String)
    case notFinite(evaluator: String, vendor: String, criterion: String)
    case duplicateCriterion(String)
    case invalidWeight(String)
    case weightsSumToZero
    case invalidScale
}

extension EvaluatorPanelError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .duplicateEvaluator(let evaluator): "evaluator \"\(evaluator)\" has two score sheets; keep one"
        case .notFinite(let evaluator, let vendor, let criterion):
            "evaluator \"\(evaluator)\" has no finite score for \"\(vendor)\" on \"\(criterion)\""
        case .duplicateCriterion(let criterion): "criterion \"\(criterion)\" is weighted twice"
        case .invalidWeight(let criterion): "criterion \"\(criterion)\" has a weight that is negative or not finite"
        case .weightsSumToZero: "the weights sum to zero; give at least one criterion a positive weight"
        case .invalidScale: "the scale's min is not below its max"
        }
    }
}

/// The sum of `values` added from the smallest up, so that any order of the same values gives the same bits:
/// a result must not depend on the order of the evaluators' files.
func orderIndependentSum(_ values: [Double]) -> Double {
    values.sorted().reduce(0, +)
}
