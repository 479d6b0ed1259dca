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
        self.init(sorted: scores.sorted())
    }

    /// The spread of `sorted`: finite scores, at least one, already sorted ascending (a panel's cell).
    @usableFromInline init(sorted: [Double]) {
        let n = Double(sorted.count)
        let mean = sorted.reduce(0, +) / n
        // The squared deviations fall towards the mean and rise after it: taking the smaller next one of the two
        // runs adds them from the smallest up, as `orderIndependentSum` does after sorting them.
        func square(_ index: Int) -> Double { (sorted[index] - mean) * (sorted[index] - mean) }
        var below = (sorted.firstIndex { $0 >= mean } ?? sorted.count) - 1
        var above = below + 1
        var squares = 0.0
        while below >= 0 || above < sorted.count {
            if above == sorted.count || (below >= 0 && square(below) <= square(above)) {
                squares += square(below)
                below -= 1
            } else {
                squares += square(above)
                above += 1
            }
        }
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

/// Scores of vendors on criteria — the consensus of a panel, or one evaluator's own scores — as one row per vendor
/// and one column per criterion, in one flat array: what a total-score function is given, once per evaluator.
///
/// A cell without a score holds no number: both subscripts return `nil` for it (inside, it is NaN, which never
/// leaves the grid). The vendors, the criteria and their index lookups are built once and shared by copies of the
/// grid and by every grid one panel hands out, so a total-score function can resolve its criteria to columns once
/// per call and then loop on indices.
public struct ScoreGrid<Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>: Sendable {
    /// The rows and columns with their lookups; never changed once built.
    @usableFromInline final class Layout: Sendable {
        @usableFromInline let vendors: [Vendor]
        @usableFromInline let criteria: [Criterion]
        @usableFromInline let vendorIndex: [Vendor: Int]
        @usableFromInline let criterionIndex: [Criterion: Int]

        /// Refuses a vendor or a criterion given twice.
        init(vendors: [Vendor], criteria: [Criterion]) throws(EvaluatorPanelError) {
            var vendorIndex: [Vendor: Int] = [:]
            vendorIndex.reserveCapacity(vendors.count)
            for (index, vendor) in vendors.enumerated() {
                guard vendorIndex.updateValue(index, forKey: vendor) == nil else {
                    throw .duplicateVendor(String(describing: vendor))
                }
            }
            var criterionIndex: [Criterion: Int] = [:]
            criterionIndex.reserveCapacity(criteria.count)
            for (index, criterion) in criteria.enumerated() {
                guard criterionIndex.updateValue(index, forKey: criterion) == nil else {
                    throw .duplicateCriterion(String(describing: criterion))
                }
            }
            self.vendors = vendors
            self.criteria = criteria
            self.vendorIndex = vendorIndex
            self.criterionIndex = criterionIndex
        }
    }

    @usableFromInline let layout: Layout
    /// Row-major: vendor × criteria.count + criterion; NaN where there is no score.
    @usableFromInline let values: [Double]
    @usableFromInline let criterionCount: Int

    init(_ layout: Layout, values: [Double]) {
        precondition(values.count == layout.vendors.count * layout.criteria.count, "a grid needs one value per cell")
        self.layout = layout
        self.values = values
        self.criterionCount = layout.criteria.count
    }

    /// The rows, in the panel's order.
    public var vendors: [Vendor] { layout.vendors }
    /// The columns, in the panel's order.
    public var criteria: [Criterion] { layout.criteria }
    /// Each vendor's row.
    public var vendorIndex: [Vendor: Int] { layout.vendorIndex }
    /// Each criterion's column.
    public var criterionIndex: [Criterion: Int] { layout.criterionIndex }

    /// The score in row `vendor`, column `criterion`; `nil` when there is none.
    @inlinable public subscript(vendor: Int, criterion: Int) -> Double? {
        precondition(criterion >= 0 && criterion < criterionCount, "no such criterion column")
        let value = values[vendor * criterionCount + criterion]
        return value.isNaN ? nil : value
    }

    /// The score of `vendor` on `criterion`; `nil` when there is none or either is not in the grid.
    @inlinable public subscript(vendor vendor: Vendor, criterion criterion: Criterion) -> Double? {
        guard let row = layout.vendorIndex[vendor], let column = layout.criterionIndex[criterion] else { return nil }
        return self[row, column]
    }

    /// The scores as vendor → criterion → score; a vendor without any score is left out.
    @inlinable public var dictionary: [Vendor: [Criterion: Double]] {
        var result: [Vendor: [Criterion: Double]] = [:]
        for (row, vendor) in layout.vendors.enumerated() {
            var scores: [Criterion: Double] = [:]
            for (column, criterion) in layout.criteria.enumerated() {
                if let score = self[row, column] { scores[criterion] = score }
            }
            if !scores.isEmpty { result[vendor] = scores }
        }
        return result
    }
}

/// The evaluators' scores together: per (vendor, criterion) the consensus and the disagreement, the agreement of
/// the evaluators' rankings (Kendall's W), and whether the winner depends on any one evaluator.
///
/// The scores are held densely — evaluators × vendors × criteria in one flat array, NaN where an evaluator gave no
/// score — with each cell's scores sorted ascending once, so that every consensus, with everyone or without one
/// evaluator, is summed from the smallest score up as `ScoreSpread` sums it: the order of the evaluators and of the
/// vendors cannot change a result, not even in its last bit.
///
/// A *total-score function* turns a `ScoreGrid` (one evaluator's scores, or the consensus with or without one
/// evaluator) into a total per vendor; the scorecard passes the weighted sum with its normalization, or
/// `WeightedScoreTotal` for the plain one. A vendor the function gives no total does not compete.
public struct EvaluatorPanel<Evaluator: Hashable & Sendable, Vendor: Hashable & Sendable, Criterion: Hashable & Sendable>:
    Sendable
{
    public typealias Sheet = ScoreSheet<Evaluator, Vendor, Criterion>
    public typealias Scores = [Vendor: [Criterion: Double]]
    public typealias Grid = ScoreGrid<Vendor, Criterion>

    /// In the order given; results that list evaluators keep it.
    public let evaluators: [Evaluator]
    @usableFromInline let layout: Grid.Layout
    @usableFromInline let cells: PanelCells

    /// Refuses two sheets of one evaluator and a score that is not finite.
    public init(_ sheets: [Sheet]) throws(EvaluatorPanelError) {
        var seen: Set<Evaluator> = []
        var vendors: [Vendor] = []
        var vendorIndex: [Vendor: Int] = [:]
        var criteria: [Criterion] = []
        var criterionIndex: [Criterion: Int] = [:]
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
                if vendorIndex[vendor] == nil {
                    vendorIndex[vendor] = vendors.count
                    vendors.append(vendor)
                }
                for criterion in row.keys where criterionIndex[criterion] == nil {
                    criterionIndex[criterion] = criteria.count
                    criteria.append(criterion)
                }
            }
        }
        let cellCount = vendors.count * criteria.count
        var scores = [Double](repeating: .nan, count: sheets.count * cellCount)
        for (evaluator, sheet) in sheets.enumerated() {
            for (vendor, row) in sheet.scores {
                guard let vendor = vendorIndex[vendor] else { continue }
                for (criterion, score) in row {
                    guard let criterion = criterionIndex[criterion] else { continue }
                    scores[evaluator * cellCount + vendor * criteria.count + criterion] = score
                }
            }
        }
        self.init(
            evaluators: sheets.map(\.evaluator), layout: try Grid.Layout(vendors: vendors, criteria: criteria),
            scores: scores)
    }

    /// A panel from its scores laid out flat: evaluator-major, then vendor, then criterion — the score of evaluator
    /// `e` for vendor `v` on criterion `c` at `(e × vendors.count + v) × criteria.count + c` — with NaN where the
    /// evaluator gave no score. Refuses a count that is not evaluators × vendors × criteria, an evaluator, vendor or
    /// criterion given twice, and an infinite score.
    public init(evaluators: [Evaluator], vendors: [Vendor], criteria: [Criterion], scores: [Double])
        throws(EvaluatorPanelError)
    {
        let expected = evaluators.count * vendors.count * criteria.count
        guard scores.count == expected else { throw .scoreCount(expected: expected, actual: scores.count) }
        var seen: Set<Evaluator> = []
        for evaluator in evaluators {
            guard seen.insert(evaluator).inserted else { throw .duplicateEvaluator(String(describing: evaluator)) }
        }
        let layout = try Grid.Layout(vendors: vendors, criteria: criteria)
        if let at = scores.firstIndex(where: { $0.isInfinite }) {
            let cell = at % (vendors.count * criteria.count)
            throw .notFinite(
                evaluator: String(describing: evaluators[at / (vendors.count * criteria.count)]),
                vendor: String(describing: vendors[cell / criteria.count]),
                criterion: String(describing: criteria[cell % criteria.count]))
        }
        self.init(evaluators: evaluators, layout: layout, scores: scores)
    }

    private init(evaluators: [Evaluator], layout: Grid.Layout, scores: [Double]) {
        self.evaluators = evaluators
        self.layout = layout
        self.cells = PanelCells(
            scores: scores, evaluators: evaluators.count, cells: layout.vendors.count * layout.criteria.count)
    }

    /// The vendors of the panel's grids, in the order given (or met, for sheets).
    public var vendors: [Vendor] { layout.vendors }
    /// The criteria of the panel's grids, in the order given (or met, for sheets).
    public var criteria: [Criterion] { layout.criteria }

    /// The spread of the scores given to `vendor` on `criterion`; `nil` when nobody scored it.
    public func spread(vendor: Vendor, criterion: Criterion) -> ScoreSpread? {
        guard let cell = cell(vendor: vendor, criterion: criterion), cells.start[cell] < cells.start[cell + 1] else {
            return nil
        }
        return ScoreSpread(sorted: Array(cells.sortedScores(of: cell)))
    }

    /// Per (vendor, criterion), vendors then criteria in the order given, the consensus by `rule` and the
    /// disagreement, flagged when σ (population) is above `disagreementThreshold` — strictly: two evaluators
    /// giving 2 and 4 (σ = 1) are not flagged at the default. The default, 1.0 point, is meant for the 0–5 scale
    /// of the bundled scorecards; for another scale pass a fifth of its width. Cells nobody scored are left
    /// out.
    @inlinable public func agreement(
        vendors: [Vendor], criteria: [Criterion], rule: ConsensusRule = .mean, disagreementThreshold: Double = 1.0
    ) -> [CellAgreement<Evaluator, Vendor, Criterion>] {
        let columns = criteria.map { layout.criterionIndex[$0] }
        var result: [CellAgreement<Evaluator, Vendor, Criterion>] = []
        for vendor in vendors {
            guard let row = layout.vendorIndex[vendor] else { continue }
            for (criterion, column) in zip(criteria, columns) {
                guard let column else { continue }
                let cell = row * layout.criteria.count + column
                let sorted = cells.sortedScores(of: cell)
                guard !sorted.isEmpty else { continue }
                let spread = ScoreSpread(sorted: Array(sorted))
                var given: [EvaluatorScore<Evaluator>] = []
                given.reserveCapacity(sorted.count)
                for (index, evaluator) in evaluators.enumerated() {
                    if let score = cells.score(of: index, in: cell) {
                        given.append(EvaluatorScore(evaluator: evaluator, score: score))
                    }
                }
                result.append(
                    CellAgreement(
                        vendor: vendor, criterion: criterion, scores: given, spread: spread,
                        consensus: spread.consensus(rule),
                        isDisputed: spread.populationStandardDeviation > disagreementThreshold))
            }
        }
        return result
    }

    /// The panel's score of every cell someone scored, by `rule`.
    @inlinable public func consensus(_ rule: ConsensusRule = .mean) -> Scores {
        consensusGrid(rule).dictionary
    }

    /// The panel's score of every cell by `rule`, on the panel's grid; none where nobody scored.
    public func consensusGrid(_ rule: ConsensusRule = .mean) -> Grid {
        Grid(layout, values: cells.consensus(rule))
    }

    /// Kendall's W over the evaluators' rankings of `vendors`: each evaluator's own scores are totalled by
    /// `total` and ranked (1 = best; totals equal to 12 significant digits share the mean of their ranks). An
    /// evaluator whose totals miss one of `vendors` does not rank them all and is left out (`incomplete`).
    public func concordance(vendors: [Vendor], total: (Grid) -> [Vendor: Double]) -> PanelConcordance<
        Evaluator, Vendor
    > {
        var rankings: [PanelConcordance<Evaluator, Vendor>.Ranking] = []
        var incomplete: [Evaluator] = []
        for (index, evaluator) in evaluators.enumerated() {
            let totals = total(Grid(layout, values: cells.scores(of: index)))
            let values = vendors.compactMap { totals[$0] }
            guard values.count == vendors.count, values.allSatisfy(\.isFinite) else {
                incomplete.append(evaluator)
                continue
            }
            let ranks = Ranking(scores: values).midRanks
            rankings.append(.init(evaluator: evaluator, ranks: Dictionary(uniqueKeysWithValues: zip(vendors, ranks))))
        }
        let matrix = rankings.map { ranking in vendors.map { ranking.ranks[$0] ?? 0 } }
        return PanelConcordance(kendallW: KendallW(rankings: matrix), rankings: rankings, incomplete: incomplete)
    }

    /// Who wins with every evaluator, and who wins without each one in turn: the consensus by `rule` of the
    /// others, totalled by `total`. Winners are the vendors of `vendors` with the highest total, equal to 12
    /// significant digits (several on a tie), in the order of `vendors`.
    public func leaveOneOut(
        vendors: [Vendor], rule: ConsensusRule = .mean, total: (Grid) -> [Vendor: Double]
    ) -> LeaveOneOutCheck<Evaluator, Vendor> {
        let consensus = cells.consensus(rule)
        let totals = total(Grid(layout, values: consensus))
        let winners = Self.winners(of: totals, among: vendors)
        // The consensus without one evaluator is read off each cell's sorted scores with that evaluator's one
        // skipped, in the order `ScoreSpread` sums them: the same numbers as a panel of the other evaluators,
        // without rebuilding one per evaluator.
        let skipping = cells.consensusSkippingEach(rule)
        let withoutEach = evaluators.indices.map { left in
            let totalsWithout = total(
                Grid(layout, values: cells.consensus(without: left, consensus: consensus, skipping: skipping)))
            let winnersWithout = Self.winners(of: totalsWithout, among: vendors)
            return LeaveOneOutCheck<Evaluator, Vendor>.Without(
                evaluator: evaluators[left], totals: totalsWithout, winners: winnersWithout,
                changesWinner: Set(winnersWithout) != Set(winners))
        }
        return LeaveOneOutCheck(totals: totals, winners: winners, withoutEach: withoutEach)
    }

    /// The index of the cell of `vendor` on `criterion`; `nil` when either is not in the panel.
    private func cell(vendor: Vendor, criterion: Criterion) -> Int? {
        guard let row = layout.vendorIndex[vendor], let column = layout.criterionIndex[criterion] else { return nil }
        return row * layout.criteria.count + column
    }

    private static func winners(of totals: [Vendor: Double], among vendors: [Vendor]) -> [Vendor] {
        let competing = vendors.filter { totals[$0]?.isFinite == true }
        let ranking = Ranking(scores: competing.map { totals[$0] ?? 0 })
        return ranking.top.sorted().map { competing[$0] }
    }
}

/// A panel's scores as plain numbers, and what each cell needs for any consensus, worked out once. A cell is one
/// vendor on one criterion, numbered as in the grid (vendor × criteria + criterion). Nothing here is generic, so
/// these loops run at full speed even where the generic panel runs unspecialized.
@usableFromInline struct PanelCells: Sendable {
    @usableFromInline let cellCount: Int
    /// evaluator × cellCount + cell; NaN where the evaluator gave no score.
    @usableFromInline let scores: [Double]
    /// Each cell's scores sorted ascending, equal ones in the panel's order, cell after cell: cell k's are
    /// `sorted[start[k]..<start[k + 1]]`.
    @usableFromInline let sorted: [Double]
    @usableFromInline let start: [Int]
    /// evaluator × cellCount + cell: where the evaluator's score sits among the cell's sorted scores (0 for the
    /// smallest); −1 when the evaluator gave none.
    let position: [Int]

    init(scores: [Double], evaluators: Int, cells: Int) {
        var start = [Int](repeating: 0, count: cells + 1)
        var sorted = [Double](repeating: 0, count: scores.count { !$0.isNaN })
        var position = [Int](repeating: -1, count: evaluators * cells)
        // A block of cells at a time, each evaluator's scores of the block read in one run (one cell's scores lie
        // a row apart), gathered cell by cell in the panel's order, then sorted with who gave them.
        let block = 256
        var given = [Double](repeating: 0, count: block * evaluators)
        var owners = [Int](repeating: 0, count: block * evaluators)
        var counts = [Int](repeating: 0, count: block)
        var filled = 0
        for first in stride(from: 0, to: cells, by: block) {
            let size = min(block, cells - first)
            for offset in 0..<size { counts[offset] = 0 }
            for evaluator in 0..<evaluators {
                for offset in 0..<size {
                    let score = scores[evaluator * cells + first + offset]
                    guard !score.isNaN else { continue }
                    let slot = offset * evaluators + counts[offset]
                    given[slot] = score
                    owners[slot] = evaluator
                    counts[offset] += 1
                }
            }
            for offset in 0..<size {
                let (base, count) = (offset * evaluators, counts[offset])
                Self.sortStably(&given, &owners, base..<base + count)
                for index in 0..<count {
                    position[owners[base + index] * cells + first + offset] = index
                    sorted[filled + index] = given[base + index]
                }
                filled += count
                start[first + offset + 1] = filled
            }
        }
        self.cellCount = cells
        self.scores = scores
        self.sorted = sorted
        self.start = start
        self.position = position
    }

    /// Sorts `values[range]` ascending and `owners[range]` along, keeping equal values in their order.
    private static func sortStably(_ values: inout [Double], _ owners: inout [Int], _ range: Range<Int>) {
        guard range.count > 1 else { return }
        guard range.count <= 64 else {
            let pairs = zip(values[range], owners[range]).sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            values.replaceSubrange(range, with: pairs.map(\.0))
            owners.replaceSubrange(range, with: pairs.map(\.1))
            return
        }
        // An insertion sort: it moves a value only past larger ones. Through buffers, as it runs once per cell.
        values.withUnsafeMutableBufferPointer { values in
            owners.withUnsafeMutableBufferPointer { owners in
                for index in range.dropFirst() {
                    let (value, owner) = (values[index], owners[index])
                    var to = index
                    while to > range.lowerBound, values[to - 1] > value {
                        values[to] = values[to - 1]
                        owners[to] = owners[to - 1]
                        to -= 1
                    }
                    values[to] = value
                    owners[to] = owner
                }
            }
        }
    }

    /// The scores of `cell`, sorted ascending.
    @inlinable func sortedScores(of cell: Int) -> ArraySlice<Double> { sorted[start[cell]..<start[cell + 1]] }

    /// The score `evaluator` gave `cell`; `nil` for none.
    @inlinable func score(of evaluator: Int, in cell: Int) -> Double? {
        let score = scores[evaluator * cellCount + cell]
        return score.isNaN ? nil : score
    }

    /// One evaluator's scores, cell by cell.
    func scores(of evaluator: Int) -> [Double] {
        Array(scores[evaluator * cellCount..<(evaluator + 1) * cellCount])
    }

    /// Every cell's consensus by `rule`; NaN where nobody scored.
    func consensus(_ rule: ConsensusRule) -> [Double] {
        (0..<cellCount).map { cell in
            let count = start[cell + 1] - start[cell]
            return count == 0 ? .nan : Self.consensus(sorted, from: start[cell], count: count, skipping: nil, rule)
        }
    }

    /// For each entry of `sorted`, its cell's consensus by `rule` without that one score; NaN for a cell's only
    /// score. Equal scores leave the same scores behind, so each run of them is worked out once, and the sum of
    /// the scores below a run is carried from one run to the next in the order the full sum adds them.
    func consensusSkippingEach(_ rule: ConsensusRule) -> [Double] {
        var result = [Double](repeating: .nan, count: sorted.count)
        for cell in 0..<cellCount {
            let (low, high) = (start[cell], start[cell + 1])
            guard high - low > 1 else { continue }
            var below = 0.0
            var run = low
            while run < high {
                var end = run + 1
                while end < high, sorted[end].bitPattern == sorted[run].bitPattern { end += 1 }
                let value: Double
                switch rule {
                case .mean:
                    var sum = below
                    for index in run + 1..<high { sum += sorted[index] }
                    value = sum / Double(high - low - 1)
                case .median:
                    value = Self.consensus(sorted, from: low, count: high - low, skipping: run - low, .median)
                }
                for index in run..<end {
                    result[index] = value
                    below += sorted[index]
                }
                run = end
            }
        }
        return result
    }

    /// Every cell's consensus without `evaluator`: `skipping` (from `consensusSkippingEach`) where they scored it,
    /// else `consensus`; NaN where nobody else scored.
    func consensus(without evaluator: Int, consensus: [Double], skipping: [Double]) -> [Double] {
        (0..<cellCount).map { cell in
            let at = position[evaluator * cellCount + cell]
            return at < 0 ? consensus[cell] : skipping[start[cell] + at]
        }
    }

    /// The consensus of `sorted[from..<from + count]` with the one at offset `skipping` left out, summed from the
    /// smallest up as `ScoreSpread` sums it.
    static func consensus(_ sorted: [Double], from: Int, count: Int, skipping: Int?, _ rule: ConsensusRule) -> Double {
        let kept = count - (skipping == nil ? 0 : 1)
        func at(_ index: Int) -> Double {
            guard let skipping, index >= skipping else { return sorted[from + index] }
            return sorted[from + index + 1]
        }
        switch rule {
        case .mean:
            var sum = 0.0
            for index in 0..<kept { sum += at(index) }
            return sum / Double(kept)
        case .median:
            return kept % 2 == 1 ? at(kept / 2) : (at(kept / 2 - 1) + at(kept / 2)) / 2
        }
    }
}

/// One evaluator's score in a cell.
public struct EvaluatorScore<Evaluator: Hashable & Sendable>: Sendable, Hashable {
    public let evaluator: Evaluator
    public let score: Double

    @usableFromInline init(evaluator: Evaluator, score: Double) {
        self.evaluator = evaluator
        self.score = score
    }
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

    @usableFromInline init(
        vendor: Vendor, criterion: Criterion, scores: [EvaluatorScore<Evaluator>], spread: ScoreSpread, consensus: Double,
        isDisputed: Bool
    ) {
        self.vendor = vendor
        self.criterion = criterion
        self.scores = scores
        self.spread = spread
        self.consensus = consensus
        self.isDisputed = isDisputed
    }
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

    /// The total of every vendor of `grid` that has a score on every weighted criterion: the same numbers as
    /// `totals(grid.dictionary)`.
    public func totals(_ grid: ScoreGrid<Vendor, Criterion>) -> [Vendor: Double] {
        // Each weighted criterion's column, found once; one the grid lacks leaves every vendor without a total.
        var columns: [(column: Int, weight: Double, isCost: Bool)] = []
        for (criterion, weight) in weights where weight > 0 {
            guard let column = grid.criterionIndex[criterion] else { return [:] }
            columns.append((column, weight, costCriteria.contains(criterion)))
        }
        let reversal = scale.lowerBound + scale.upperBound
        var totals: [Vendor: Double] = [:]
        var terms: [Double] = []
        terms.reserveCapacity(columns.count)
        vendors: for (row, vendor) in grid.vendors.enumerated() {
            terms.removeAll(keepingCapacity: true)
            for (column, weight, isCost) in columns {
                guard let score = grid[row, column] else { continue vendors }
                terms.append(weight * (isCost ? reversal - score : score))
            }
            totals[vendor] = orderIndependentSum(terms)
        }
        return totals
    }
}

/// Why a panel or a weighted total cannot be built; the workspace validator refuses these inputs first.
public enum EvaluatorPanelError: Error, Sendable, Hashable {
    case duplicateEvaluator(String)
    case notFinite(evaluator: String, vendor: String, criterion: String)
    case duplicateVendor(String)
    case duplicateCriterion(String)
    /// The flat scores are not one per evaluator, vendor and criterion.
    case scoreCount(expected: Int, actual: Int)
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
        case .duplicateVendor(let vendor): "vendor \"\(vendor)\" is listed twice; keep one"
        case .duplicateCriterion(let criterion): "criterion \"\(criterion)\" is listed twice; keep one"
        case .scoreCount(let expected, let actual):
            "expected \(expected) scores (evaluators × vendors × criteria, NaN where not scored), got \(actual)"
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
