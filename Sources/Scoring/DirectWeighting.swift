/// Weights given directly as numbers: points, percentages, SMART or SWING ratings. Whatever the numbers
/// add up to, the weights are renormalized to sum 1 (`w_j = p_j / Σ p`) — a weight set summing to 0.8 is a
/// known bug elsewhere — and the raw sum is kept so a report can say it was renormalized.
public enum DirectWeighting: String, Sendable, Hashable, CaseIterable, Codable {
    /// Any non-negative points or percentages.
    case points
    /// SMART (Edwards 1977): the least important criterion gets 10 points, the others are rated relative
    /// to it (20 = twice as important), without an upper limit.
    case smart
    /// SWING (von Winterfeldt & Edwards 1986): with every criterion at its worst, the swing to best that is
    /// worth most gets 100; the others are rated 0–100 relative to it.
    case swing

    /// Why a set of points gives no weights; indices are 0-based.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case notANumber(index: Int, value: Double)
        case negative(index: Int, value: Double)
        case zeroSum
        /// SMART: the smallest rating must be exactly 10.
        case smartLeastNotTen(found: Double)
        /// SWING: the largest rating must be exactly 100.
        case swingBestNotHundred(found: Double)
        /// SWING: a rating above 100.
        case swingAboveHundred(index: Int, value: Double)

        public var description: String {
            switch self {
            case .empty: "there are no weights"
            case .notANumber(let index, let value): "weight \(index + 1) is \(value), not a number"
            case .negative(let index, let value): "weight \(index + 1) is \(value), below 0"
            case .zeroSum: "the weights add up to 0"
            case .smartLeastNotTen(let found): "SMART gives the least important criterion 10 points, not \(found)"
            case .swingBestNotHundred(let found): "SWING gives the most valued swing 100 points, not \(found)"
            case .swingAboveHundred(let index, let value): "SWING ratings are 0–100, but rating \(index + 1) is \(value)"
            }
        }
    }

    /// Weights summing to 1 from `points` rated by this method.
    public func weights(_ points: [Double]) throws(Failure) -> [Double] {
        guard !points.isEmpty else { throw .empty }
        for (index, value) in points.enumerated() {
            guard value.isFinite else { throw .notANumber(index: index, value: value) }
            guard value >= 0 else { throw .negative(index: index, value: value) }
        }
        switch self {
        case .points: break
        case .smart:
            let least = points.min() ?? 0
            guard least == 10 else { throw .smartLeastNotTen(found: least) }
        case .swing:
            if let index = points.firstIndex(where: { $0 > 100 }) {
                throw .swingAboveHundred(index: index, value: points[index])
            }
            let best = points.max() ?? 0
            guard best == 100 else { throw .swingBestNotHundred(found: best) }
        }
        let sum = points.reduce(0, +)
        guard sum > 0 else { throw .zeroSum }
        return points.map { $0 / sum }
    }
}

/// Weights from a rank order alone (SMARTER, Edwards & Barron 1994; Barron & Barrett 1996), for when a
/// team agrees on an order but not on numbers. Rank 1 is the most important.
public enum RankWeighting: String, Sendable, Hashable, CaseIterable, Codable {
    /// Rank-order centroid: `w_r = (1/n) Σ_{i=r}^{n} 1/i`.
    case rankOrderCentroid = "roc"
    /// Rank sum: `w_r = 2(n + 1 − r) / (n(n + 1))`.
    case rankSum = "rank-sum"
    /// Rank reciprocal: `w_r = (1/r) / Σ_{i=1}^{n} 1/i`.
    case rankReciprocal = "rank-reciprocal"

    /// The weights of positions 1…`count`, summing to 1.
    public func weights(count n: Int) -> [Double] {
        guard n > 0 else { return [] }
        let count = Double(n)
        switch self {
        case .rankOrderCentroid:
            var tail = 0.0
            var result = [Double](repeating: 0, count: n)
            for r in stride(from: n, through: 1, by: -1) {
                tail += 1 / Double(r)
                result[r - 1] = tail / count
            }
            return result
        case .rankSum:
            return (1...n).map { 2 * (count + 1 - Double($0)) / (count * (count + 1)) }
        case .rankReciprocal:
            let harmonic = (1...n).reduce(0.0) { $0 + 1 / Double($1) }
            return (1...n).map { 1 / Double($0) / harmonic }
        }
    }

    /// The weight of each item given its rank (1 = most important). Only the order matters; items with the
    /// same rank share equally the weights of the positions they occupy together, so `[1, 2, 2, 4]` gives the
    /// second and third items the mean of positions 2 and 3. Ranks must be at least 1.
    public func weights(ranks: [Int]) throws(DirectWeighting.Failure) -> [Double] {
        guard !ranks.isEmpty else { throw .empty }
        if let index = ranks.firstIndex(where: { $0 < 1 }) { throw .negative(index: index, value: Double(ranks[index])) }
        let positions = weights(count: ranks.count)
        let order = ranks.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        var result = [Double](repeating: 0, count: ranks.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, ranks[order[end + 1]] == ranks[order[start]] { end += 1 }
            let shared = positions[start...end].reduce(0, +) / Double(end - start + 1)
            for position in start...end { result[order[position]] = shared }
            start = end + 1
        }
        return result
    }
}
