/// How far one criterion's weight can move before the winner changes (Triantaphyllou & Sánchez 1997), for
/// every criterion, with the data of a tornado chart.
///
/// Model: weight k is set to t ∈ [0, 1] and the other weights are rescaled proportionally so that all still sum
/// to 1: w_j(t) = (1 − t) · w_j / Σ_{i≠k} w_i. (When the other weights are all 0 there is nothing to rescale, and
/// they share 1 − t equally; with a single criterion its weight is always 1 and nothing can move.) The winner
/// is the alternative ranked first at the current weights (with a tie, the first of the tied ones in the file).
/// It "changes" at t when another alternative scores strictly more than it there — by more than 12
/// significant digits, the tolerance of the ranking; at the boundary itself the two tie.
public enum Sensitivity {
    /// The analysis of `method` on `matrix` with `normalization`. `swing` sets the tornado's ends: each weight
    /// lowered and raised by that fraction of itself (0.25: ±25 %), within [0, 1].
    ///
    /// The weighted sum is linear in t, so its thresholds come in closed form, O(alternatives) per criterion
    /// after one O(alternatives × criteria) pass; TOPSIS is not, so it is searched on `steps` grid points
    /// each side of the current weight and each crossing refined by bisection (a dip narrower than a grid
    /// step can be missed). `solver` forces the grid search for the weighted sum too, to check one with the
    /// other.
    public static func analyze(
        _ matrix: DecisionMatrix, method: ScoringMethod, normalization: Normalization, swing: Double = 0.25,
        solver: Solver = .automatic
    ) throws(NormalizationError) -> SensitivityReport {
        let result = try method.evaluate(matrix, normalization: normalization)
        let winner = result.ranking.order[0]
        let weights = matrix.weights
        var criteria: [WeightSensitivity] = []
        criteria.reserveCapacity(weights.count)
        switch method {
        case .wsm:
            let paths = WSMPaths(columns: result.columns, weights: weights)
            for k in weights.indices {
                let path = paths.path(k)
                let bounds =
                    if case .gridBisection(let steps) = solver {
                        gridSearch(path, winner: winner, weight: weights[k], steps: steps)
                    } else {
                        closedForm(path, winner: winner, weight: weights[k])
                    }
                criteria.append(
                    WeightSensitivity(
                        criterion: k, weight: weights[k], bounds: bounds,
                        tornado: tornado(path, winner: winner, weight: weights[k], swing: swing)))
            }
        case .topsis:
            let steps = if case .gridBisection(let steps) = solver { steps } else { Solver.defaultSteps }
            let paths = TOPSISPaths(columns: result.columns, weights: weights)
            for k in weights.indices {
                let path = paths.path(k)
                criteria.append(
                    WeightSensitivity(
                        criterion: k, weight: weights[k],
                        bounds: gridSearch(path, winner: winner, weight: weights[k], steps: steps),
                        tornado: tornado(path, winner: winner, weight: weights[k], swing: swing)))
            }
        }
        return SensitivityReport(
            result: result, winner: winner, winnerMargin: margin(of: winner, in: result.scores), swing: swing,
            criteria: criteria)
    }

    /// How the thresholds are found.
    public enum Solver: Sendable, Hashable {
        /// Closed form for the weighted sum, grid and bisection for TOPSIS.
        case automatic
        /// Grid and bisection with this many steps each side of the current weight, for every method.
        case gridBisection(steps: Int)

        static let defaultSteps = 1000
    }

    /// The winner's score minus the best other score; `nil` with a single alternative.
    static func margin(of winner: Int, in scores: [Double]) -> Double? {
        var best: Double?
        for (i, score) in scores.enumerated() where i != winner {
            best = Swift.max(best ?? score, score)
        }
        return best.map { scores[winner] - $0 }
    }

    // MARK: Closed form (weighted sum)

    /// For the weighted sum, P_i(t) = Q_i + t (r_ik − Q_i), where Q_i is alternative i's score on the other
    /// criteria with their rescaled weights: a line in t. The winner W stays ahead of j while
    /// D_j(t) = P_W(t) − P_j(t) = a + b t ≥ 0, so each j that can overtake does so at t_j = −a/b: below the
    /// current weight when b > 0, above it when b < 0. The stability interval runs between the nearest
    /// crossings each side (or 0 and 1). This is TS97's critical change δ = (P_j − P_W)/(r_jk − r_Wk) of the
    /// unnormalized weight, with t = (w_k − δ)/(1 − δ).
    static func closedForm(_ path: WSMPath, winner w: Int, weight: Double) -> Bounds {
        var below: Crossing?
        var above: Crossing?
        let slopeW = path.slope(w)
        for j in path.base.indices where j != w {
            let a = path.base[w] - path.base[j]
            let b = slopeW - path.slope(j)
            let scale = Swift.max(abs(path.base[w]), abs(path.base[j]), abs(path.own[w]), abs(path.own[j]))
            // Parallel lines: j never overtakes (or ties the winner everywhere, which is no change either).
            guard abs(b) > 1e-12 * scale else { continue }
            if b > 0 {
                // A crossing just above the current weight is rounding of a tie at it.
                let crossing = Crossing(t: Swift.min(-a / b, weight), slope: b, alternative: j)
                if crossing.t > 0, crossing.isNearer(than: below, goingUp: false) { below = crossing }
            } else {
                let crossing = Crossing(t: Swift.max(-a / b, weight), slope: b, alternative: j)
                if crossing.t < 1, crossing.isNearer(than: above, goingUp: true) { above = crossing }
            }
        }
        return Bounds(stableFrom: below?.t ?? 0, stableTo: above?.t ?? 1, below: below?.flip, above: above?.flip)
    }

    /// Where the winner's line meets another's; `slope` is the slope of their difference.
    struct Crossing {
        let t: Double
        let slope: Double
        let alternative: Int

        var flip: WeightSensitivity.Flip { .init(weight: t, newWinner: alternative) }

        /// `true` when this crossing comes before `other` as the weight moves away from its current value; at
        /// the same weight, the steeper line is the one that leads just beyond it.
        func isNearer(than other: Crossing?, goingUp: Bool) -> Bool {
            guard let other else { return true }
            if abs(t - other.t) <= 1e-15 { return goingUp ? slope < other.slope : slope > other.slope }
            return goingUp ? t < other.t : t > other.t
        }
    }

    // MARK: Grid and bisection (any method)

    static func gridSearch(_ path: some WeightPath, winner: Int, weight: Double, steps: Int) -> Bounds {
        let steps = Swift.max(steps, 1)
        func search(toward end: Double) -> WeightSensitivity.Flip? {
            guard end != weight else { return nil }
            var stable = weight
            for step in 1...steps {
                let t = step == steps ? end : weight + (end - weight) * Double(step) / Double(steps)
                guard let overtaker = overtaker(path, winner: winner, at: t) else {
                    stable = t
                    continue
                }
                // The winner leads at `stable` and not at `changed`: bisect to the tie between them.
                var changed = t
                var newWinner = overtaker
                for _ in 0..<200 {
                    let middle = (stable + changed) / 2
                    guard middle != stable, middle != changed else { break }
                    if let found = self.overtaker(path, winner: winner, at: middle) {
                        changed = middle
                        newWinner = found
                    } else {
                        stable = middle
                    }
                }
                return WeightSensitivity.Flip(weight: (stable + changed) / 2, newWinner: newWinner)
            }
            return nil
        }
        let below = search(toward: 0)
        let above = search(toward: 1)
        return Bounds(stableFrom: below?.weight ?? 0, stableTo: above?.weight ?? 1, below: below, above: above)
    }

    /// The alternative that scores strictly more than the winner at weight `t` (the best of them), or `nil`.
    static func overtaker(_ path: some WeightPath, winner: Int, at t: Double) -> Int? {
        let own = path.score(winner, at: t)
        var best: (score: Double, index: Int)?
        for i in 0..<path.count where i != winner {
            let score = path.score(i, at: t)
            if score > best?.score ?? -.infinity { best = (score, i) }
        }
        guard let best else { return nil }
        return best.score - own > 1e-12 * Swift.max(abs(own), abs(best.score)) ? best.index : nil
    }

    static func tornado(_ path: some WeightPath, winner: Int, weight: Double, swing: Double) -> TornadoBar {
        let low = Swift.max(0, weight * (1 - swing))
        let high = Swift.min(1, weight * (1 + swing))
        func marginAt(_ t: Double) -> Double? {
            margin(of: winner, in: (0..<path.count).map { path.score($0, at: t) })
        }
        return TornadoBar(lowWeight: low, lowMargin: marginAt(low), highWeight: high, highMargin: marginAt(high))
    }

    struct Bounds {
        var stableFrom: Double
        var stableTo: Double
        var below: WeightSensitivity.Flip?
        var above: WeightSensitivity.Flip?
    }
}

/// One criterion's stability: the interval of its weight within which the winner stays, and the nearest
/// weights each side where another alternative takes the lead.
public struct WeightSensitivity: Sendable, Hashable {
    /// A weight at which the winner ties `newWinner`, which leads just beyond it.
    public struct Flip: Sendable, Hashable {
        public let weight: Double
        public let newWinner: Int
    }

    public let criterion: Int
    /// The current weight, renormalized.
    public let weight: Double
    /// The winner stays for every weight in [stableFrom, stableTo] (the others rescaled).
    public let stableFrom: Double
    public let stableTo: Double
    /// Lowering the weight below `below.weight` (= `stableFrom`) hands the lead to `below.newWinner`; `nil`
    /// when no weight down to 0 does.
    public let below: Flip?
    /// Raising it above `above.weight` (= `stableTo`) does; `nil` when no weight up to 1 does.
    public let above: Flip?
    public let tornado: TornadoBar

    init(criterion: Int, weight: Double, bounds: Sensitivity.Bounds, tornado: TornadoBar) {
        self.criterion = criterion
        self.weight = weight
        self.stableFrom = bounds.stableFrom
        self.stableTo = bounds.stableTo
        self.below = bounds.below
        self.above = bounds.above
        self.tornado = tornado
    }

    /// The nearer of the two flips (lowering on a tie), or `nil` when the winner is robust on this criterion.
    public var nearestFlip: Flip? {
        switch (below, above) {
        case (let below?, let above?): weight - below.weight <= above.weight - weight ? below : above
        case (let below?, nil): below
        case (nil, let above?): above
        case (nil, nil): nil
        }
    }

    /// The smallest absolute change of this weight that changes the winner.
    public var minChangeToFlip: Double? {
        nearestFlip.map { abs($0.weight - weight) }
    }

    public var newWinner: Int? {
        nearestFlip?.newWinner
    }

    /// TS97's relative critical change δ′ = 100 · δ / w_k in percent, where δ = (w_k − t)/(1 − t) is the
    /// change of the unnormalized weight that moves the normalized one to the flip weight t; the flip with
    /// the smaller |δ′| of the two sides. TS97's sign: positive when the weight is lowered, negative when raised.
    /// `nil` when the winner is robust or the weight is 0.
    public var percentChange: Double? {
        guard weight > 0 else { return nil }
        let changes = [below, above].compactMap { flip in
            flip.map { 100 * ((weight - $0.weight) / (1 - $0.weight)) / weight }
        }
        return changes.min { abs($0) < abs($1) }
    }
}

/// One bar of a tornado chart: the winner's margin over the best other alternative with the weight lowered
/// to `lowWeight` and raised to `highWeight` (others rescaled). A negative margin means the winner lost there;
/// margins are `nil` with a single alternative.
public struct TornadoBar: Sendable, Hashable {
    public let lowWeight: Double
    public let lowMargin: Double?
    public let highWeight: Double
    public let highMargin: Double?

    /// How far the margin moves between the two ends, to sort bars widest first.
    public var width: Double {
        guard let lowMargin, let highMargin else { return 0 }
        return abs(highMargin - lowMargin)
    }
}

/// The sensitivity of the winner to every criterion's weight.
public struct SensitivityReport: Sendable, Hashable {
    /// The ranking at the current weights.
    public let result: MethodResult
    public let winner: Int
    /// The winner's score minus the runner-up's; `nil` with a single alternative, 0 with a tie at the top.
    public let winnerMargin: Double?
    /// The tornado's swing as a fraction of each weight.
    public let swing: Double
    public let criteria: [WeightSensitivity]

    /// Alternatives tied with the winner at the current weights.
    public var tiedWithWinner: [Int] {
        result.ranking.top.filter { $0 != winner }
    }

    /// The criterion whose weight needs the smallest absolute change to change the winner; `nil` when no
    /// weight can.
    public var mostSensitive: Int? {
        criteria.compactMap { item in item.minChangeToFlip.map { (item.criterion, $0) } }.min { $0.1 < $1.1 }?.0
    }

    /// TS97's "percent-top" critical criterion: the smallest relative change |δ′|. It can differ from
    /// `mostSensitive`, which counts absolute weight.
    public var mostSensitiveByPercent: Int? {
        criteria.compactMap { item in item.percentChange.map { (item.criterion, abs($0)) } }.min { $0.1 < $1.1 }?.0
    }
}

// MARK: Scores along one weight

/// The scores of every alternative as one criterion's weight moves from 0 to 1, the others rescaled.
protocol WeightPath {
    var count: Int { get }
    func score(_ alternative: Int, at t: Double) -> Double
}

/// Σ_{j≠k} of a per-criterion term, for every k, from prefix and suffix sums: O(alternatives) per k after one
/// O(alternatives × criteria) pass, without the cancellation of "total minus own".
struct ExclusiveSums {
    let alternatives: Int
    private let prefix: [Double]  // (criteria + 1) × alternatives: Σ_{j<k}
    private let suffix: [Double]  // (criteria + 1) × alternatives: Σ_{j≥k}

    init(columns: [[Double]], alternatives: Int) {
        self.alternatives = alternatives
        let n = columns.count
        var prefix = [Double](repeating: 0, count: (n + 1) * alternatives)
        var suffix = [Double](repeating: 0, count: (n + 1) * alternatives)
        for k in 0..<n {
            for i in 0..<alternatives { prefix[(k + 1) * alternatives + i] = prefix[k * alternatives + i] + columns[k][i] }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            for i in 0..<alternatives { suffix[k * alternatives + i] = suffix[(k + 1) * alternatives + i] + columns[k][i] }
        }
        self.prefix = prefix
        self.suffix = suffix
    }

    func excluding(_ k: Int) -> [Double] {
        (0..<alternatives).map { prefix[k * alternatives + $0] + suffix[(k + 1) * alternatives + $0] }
    }
}

/// How the other criteria share 1 − t: proportionally to their weights, or equally when those are all 0.
struct OtherWeights {
    let weights: [Double]
    private let restPrefix: [Double]

    init(_ weights: [Double]) {
        self.weights = weights
        var prefix = [0.0]
        for w in weights { prefix.append(prefix[prefix.count - 1] + w) }
        restPrefix = prefix
    }

    /// Σ_{j≠k} w_j.
    func rest(_ k: Int) -> Double {
        restPrefix[k] + (restPrefix[weights.count] - restPrefix[k + 1])
    }
}

struct WSMPaths {
    let columns: [[Double]]
    let others: OtherWeights
    let weighted: ExclusiveSums
    let count: Int

    init(columns: [[Double]], weights: [Double]) {
        self.columns = columns
        count = columns.first?.count ?? 0
        others = OtherWeights(weights)
        weighted = ExclusiveSums(columns: zip(columns, weights).map { column, w in column.map { $0 * w } }, alternatives: count)
    }

    func path(_ k: Int) -> WSMPath {
        let own = columns[k]
        let rest = others.rest(k)
        let base: [Double]
        if rest > 0 {
            base = weighted.excluding(k).map { $0 / rest }
        } else if columns.count > 1 {
            let n = Double(columns.count - 1)
            base = (0..<count).map { i in columns.indices.reduce(0) { $1 == k ? $0 : $0 + columns[$1][i] } / n }
        } else {
            base = own  // a single criterion: the scores never move
        }
        return WSMPath(own: own, base: base)
    }
}

/// P_i(t) = base_i + t (own_i − base_i).
struct WSMPath: WeightPath {
    let own: [Double]
    let base: [Double]

    var count: Int { own.count }

    func slope(_ i: Int) -> Double { own[i] - base[i] }

    func score(_ i: Int, at t: Double) -> Double { base[i] + t * (own[i] - base[i]) }
}

struct TOPSISPaths {
    let columns: [[Double]]
    let others: OtherWeights
    let best: [Double]
    let worst: [Double]
    let toIdeal: ExclusiveSums
    let toAntiIdeal: ExclusiveSums
    let count: Int

    init(columns: [[Double]], weights: [Double]) {
        self.columns = columns
        count = columns.first?.count ?? 0
        others = OtherWeights(weights)
        let best = columns.map { $0.max() ?? 0 }
        let worst = columns.map { $0.min() ?? 0 }
        self.best = best
        self.worst = worst
        var ideal: [[Double]] = []
        var antiIdeal: [[Double]] = []
        for (j, column) in columns.enumerated() {
            let w2 = weights[j] * weights[j]
            ideal.append(column.map { w2 * ($0 - best[j]) * ($0 - best[j]) })
            antiIdeal.append(column.map { w2 * ($0 - worst[j]) * ($0 - worst[j]) })
        }
        toIdeal = ExclusiveSums(columns: ideal, alternatives: count)
        toAntiIdeal = ExclusiveSums(columns: antiIdeal, alternatives: count)
    }

    func path(_ k: Int) -> TOPSISPath {
        let rest = others.rest(k)
        let ideal: [Double]
        let antiIdeal: [Double]
        if rest > 0 {
            let scale = 1 / (rest * rest)
            ideal = toIdeal.excluding(k).map { $0 * scale }
            antiIdeal = toAntiIdeal.excluding(k).map { $0 * scale }
        } else {
            let share = columns.count > 1 ? 1 / Double(columns.count - 1) : 0
            func sum(_ reference: [Double]) -> [Double] {
                (0..<count).map { i in
                    columns.indices.reduce(0) { total, j in
                        j == k ? total : total + share * share * (columns[j][i] - reference[j]) * (columns[j][i] - reference[j])
                    }
                }
            }
            ideal = sum(best)
            antiIdeal = sum(worst)
        }
        return TOPSISPath(
            ownIdeal: columns[k].map { ($0 - best[k]) * ($0 - best[k]) },
            ownAntiIdeal: columns[k].map { ($0 - worst[k]) * ($0 - worst[k]) },
            othersIdeal: ideal, othersAntiIdeal: antiIdeal)
    }
}

/// D⁺_i(t)² = (1 − t)² · others_i + t² · own_i (squared distances to the ideal; the same for the anti-ideal),
/// C_i = D⁻/(D⁺ + D⁻). The ideal of a weighted column is its weight times the normalized column's maximum,
/// since weights are ≥ 0, so moving a weight only scales its term.
struct TOPSISPath: WeightPath {
    let ownIdeal: [Double]
    let ownAntiIdeal: [Double]
    let othersIdeal: [Double]
    let othersAntiIdeal: [Double]

    var count: Int { ownIdeal.count }

    func score(_ i: Int, at t: Double) -> Double {
        let s = (1 - t) * (1 - t)
        let plus = Swift.max(0, s * othersIdeal[i] + t * t * ownIdeal[i]).squareRoot()
        let minus = Swift.max(0, s * othersAntiIdeal[i] + t * t * ownAntiIdeal[i]).squareRoot()
        return TOPSIS.closeness(ideal: plus, antiIdeal: minus)
    }
}
