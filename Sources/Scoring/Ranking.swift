import Foundation

/// The aggregation methods that rank alternatives. The weighted sum is the transparent primary score; TOPSIS
/// is the cross-check.
public enum ScoringMethod: String, Sendable, Hashable, CaseIterable {
    case wsm
    case topsis

    /// The normalization a method uses when none is named: the weighted sum adds the values as written (as a
    /// scorecard's scores are), TOPSIS normalizes by the vector norm as Hwang & Yoon do.
    public var defaultNormalization: Normalization {
        switch self {
        case .wsm: .none
        case .topsis: .vector
        }
    }

    /// The method applied to `matrix` with `normalization`.
    public func evaluate(_ matrix: DecisionMatrix, normalization: Normalization) throws(NormalizationError) -> MethodResult {
        switch self {
        case .wsm: try WeightedSum.evaluate(matrix, normalization: normalization)
        case .topsis: try TOPSIS.evaluate(matrix, normalization: normalization)
        }
    }
}

/// The scores of every alternative under one method and normalization, with their ranking and the weights
/// (renormalized to sum 1) that produced them.
public struct MethodResult: Sendable, Hashable {
    /// TOPSIS's separations: the Euclidean distances of each alternative's weighted normalized values from
    /// the ideal (best in every column) and the anti-ideal (worst in every column).
    public struct Separations: Sendable, Hashable {
        public let ideal: [Double]
        public let antiIdeal: [Double]
    }

    public let method: ScoringMethod
    public let normalization: Normalization
    public let alternatives: [String]
    public let weights: [Double]
    /// The normalized columns the scores were computed from (`columns[criterion][alternative]`).
    public let columns: [[Double]]
    /// The weighted sum, or TOPSIS's relative closeness D⁻/(D⁺ + D⁻), per alternative in the matrix's order.
    public let scores: [Double]
    public let ranking: Ranking
    /// TOPSIS only.
    public let separations: Separations?
}

/// Competition ranks of scores, highest first: scores equal to 12 significant digits share a rank and the
/// next rank skips (1, 2, 2, 4). Sorting with `argsort` alone gives tied alternatives different ranks
/// depending on their order in the file (Glitchfix/TOPSIS-Python#1); this does not.
public struct Ranking: Sendable, Hashable {
    /// The rank of each alternative, in the matrix's order.
    public let ranks: [Int]
    /// The alternatives' indices from best to worst; tied alternatives keep the order of the file.
    public let order: [Int]

    public init(scores: [Double]) {
        let keys = scores.map(Self.tieKey)
        let order = scores.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
        var ranks = [Int](repeating: 0, count: scores.count)
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] == keys[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        self.ranks = ranks
        self.order = order
    }

    /// The indices of the alternatives ranked first (several when they tie).
    public var top: [Int] {
        order.filter { ranks[$0] == 1 }
    }

    /// Average ranks: tied alternatives share the mean of the positions they occupy (2 and 3 → 2.5), as
    /// Spearman's ρ with ties uses them.
    public var midRanks: [Double] {
        var counts: [Int: Int] = [:]
        for rank in ranks { counts[rank, default: 0] += 1 }
        return ranks.map { Double($0) + Double(counts[$0, default: 1] - 1) / 2 }
    }

    /// `x` rounded to 12 significant digits: two scores with the same key tie. Rounded through the C
    /// library's correctly rounded decimal formatting (`%.11e`) and read back with `strtod`, so the key is
    /// exactly "the same 12 digits" — called straight rather than through `String(format:)`, which costs ten
    /// times as much and is called thousands of times by the evaluator checks.
    public static func tieKey(_ x: Double) -> Double {
        guard x.isFinite, x != 0 else { return x == 0 ? 0 : x }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            guard let base = buffer.baseAddress,
                withVaList([x], { vsnprintf(base, 32, "%.11e", $0) }) > 0
            else { return x }
            return strtod(base, nil)
        }
    }

    /// `true` when `a` and `b` agree to 12 significant digits.
    public static func ties(_ a: Double, _ b: Double) -> Bool {
        tieKey(a) == tieKey(b)
    }
}

/// How far two rankings of the same alternatives agree: Spearman's ρ computed as the Pearson correlation of
/// the mid-ranks (ties share their average position) and Kendall's τ-b (tie-corrected). Both run from −1
/// (reversed) to 1 (same order); each is `nil` when a ranking ties every alternative, which leaves nothing
/// to correlate.
public struct RankAgreement: Sendable, Hashable {
    public let spearmanRho: Double?
    public let kendallTauB: Double?

    public init(_ a: Ranking, _ b: Ranking) {
        spearmanRho = Self.pearson(a.midRanks, b.midRanks)
        kendallTauB = Self.kendallTauB(a.ranks, b.ranks)
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count > 1 else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
    }

    /// τ-b = (C − D) / √((C + D + Tx)(C + D + Ty)), where Tx counts the pairs tied in `x` only and Ty those
    /// tied in `y` only; pairs tied in both count nowhere.
    static func kendallTauB(_ x: [Int], _ y: [Int]) -> Double? {
        guard x.count == y.count, x.count > 1 else { return nil }
        var concordant = 0.0
        var discordant = 0.0
        var tiedX = 0.0
        var tiedY = 0.0
        for i in x.indices {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                switch (dx == 0, dy == 0) {
                case (true, true): continue
                case (true, false): tiedX += 1
                case (false, true): tiedY += 1
                case (false, false): if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
                }
            }
        }
        let denominator = ((concordant + discordant + tiedX) * (concordant + discordant + tiedY)).squareRoot()
        guard denominator > 0 else { return nil }
        return (concordant - discordant) / denominator
    }
}
