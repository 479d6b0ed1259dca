/// How a criterion's values are brought onto a common 0…1-like scale where more is always better, before they
/// are weighted. Every result names the normalization it used, because the scores — and, with min-max, even the
/// order — depend on it (docs/scoring.md).
///
/// For a column x of one criterion (b = benefit, c = cost):
///
/// | name     | benefit          | cost                       | needs                                  |
/// |----------|------------------|----------------------------|----------------------------------------|
/// | `none`   | x                | min + max − x on its scale | a `scale` for a cost criterion          |
/// | `minmax` | (x−min)/(max−min)| (max−x)/(max−min)          | — (a constant column gives 1s)          |
/// | `max`    | x/max            | min/x                      | x ≥ 0, not all 0; cost: x > 0           |
/// | `vector` | x/‖x‖            | 1 − x/‖x‖                  | x ≥ 0, not all 0                        |
/// | `sum`    | x/Σx             | (1/x)/Σ(1/x)               | x ≥ 0, not all 0; cost: x > 0           |
///
/// `max`, `vector` and `sum` treat values as ratios to a true zero, so they refuse negative values (use
/// `minmax`, or `none` with a scale); the divisions refuse a zero where they would divide by it. `none` adds
/// values as written: use it only when every criterion is on the same scale, as scorecard scores are.
public enum Normalization: String, Sendable, Hashable, CaseIterable {
    case none
    case minmax
    case max
    case vector
    case sum

    /// Every column of `matrix` normalized, in the criteria's order (`result[criterion][alternative]`).
    public func normalize(_ matrix: DecisionMatrix) throws(NormalizationError) -> [[Double]] {
        var columns: [[Double]] = []
        columns.reserveCapacity(matrix.criteria.count)
        for criterion in matrix.criteria {
            columns.append(try normalize(criterion, alternatives: matrix.alternatives))
        }
        return columns
    }

    /// One criterion's column normalized; `alternatives` only names the alternative in an error.
    public func normalize(_ criterion: DecisionMatrix.Criterion, alternatives: [String]) throws(NormalizationError)
        -> [Double]
    {
        let x = criterion.values
        let isCost = criterion.kind == .cost
        func refuse(_ reason: NormalizationError.Reason, at index: Int? = nil) -> NormalizationError {
            NormalizationError(
                normalization: self, criterion: criterion.name, alternative: index.map { alternatives[$0] },
                alternativeIndex: index, value: index.map { x[$0] }, reason: reason)
        }
        func requireNonNegative() throws(NormalizationError) {
            if let index = x.firstIndex(where: { $0 < 0 }) { throw refuse(.negativeValue, at: index) }
        }
        func requirePositive() throws(NormalizationError) {
            try requireNonNegative()
            if let index = x.firstIndex(where: { $0 == 0 }) { throw refuse(.zeroValue, at: index) }
        }
        func requireNotAllZero() throws(NormalizationError) {
            if x.allSatisfy({ $0 == 0 }) { throw refuse(.allZero) }
        }
        switch self {
        case .none:
            guard isCost else { return x }
            guard let scale = criterion.scale else { throw refuse(.costNeedsScale) }
            return x.map { scale.lowerBound + scale.upperBound - $0 }
        case .minmax:
            let low = x.min() ?? 0
            let high = x.max() ?? 0
            let range = high - low
            // A constant column does not separate the alternatives; every one of them is as good as the best,
            // so each gets 1 (as pymcdm does). The order of the alternatives is the same with 0.
            guard range > 0, range.isFinite else { return x.map { _ in 1 } }
            return isCost ? x.map { (high - $0) / range } : x.map { ($0 - low) / range }
        case .max:
            if isCost {
                try requirePositive()
                let low = x.min() ?? 1
                return x.map { low / $0 }
            }
            try requireNonNegative()
            try requireNotAllZero()
            let high = x.max() ?? 1
            return x.map { $0 / high }
        case .vector:
            try requireNonNegative()
            try requireNotAllZero()
            let norm = Self.euclideanNorm(x)
            return isCost ? x.map { 1 - $0 / norm } : x.map { $0 / norm }
        case .sum:
            if isCost {
                try requirePositive()
                let total = x.reduce(0) { $0 + 1 / $1 }
                return x.map { (1 / $0) / total }
            }
            try requireNonNegative()
            try requireNotAllZero()
            let total = x.reduce(0, +)
            return x.map { $0 / total }
        }
    }

    /// ‖x‖₂, scaled by the largest magnitude first so that large values (amounts of money) cannot overflow.
    static func euclideanNorm(_ x: [Double]) -> Double {
        let scale = x.reduce(0) { Swift.max($0, abs($1)) }
        guard scale > 0 else { return 0 }
        return scale * x.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }
}

/// A column a normalization cannot handle, with the criterion and (where one value is to blame) the
/// alternative, so a caller can point at the value in the file.
public struct NormalizationError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// `none` cannot reverse a cost criterion without knowing the scale's ends.
        case costNeedsScale
        /// `max`, `vector` and `sum` are ratio normalizations and need values ≥ 0.
        case negativeValue
        /// `min/x` (max, cost) and `1/x` (sum, cost) divide by the value.
        case zeroValue
        /// `x/max`, `x/‖x‖` and `x/Σx` divide by the column's maximum, norm or sum.
        case allZero
    }

    public var normalization: Normalization
    public var criterion: String
    public var alternative: String?
    public var alternativeIndex: Int?
    public var value: Double?
    public var reason: Reason
}

extension NormalizationError: CustomStringConvertible {
    public var description: String {
        let place = alternative.map { " (\"\($0)\": \(value ?? .nan))" } ?? ""
        return switch reason {
        case .costNeedsScale:
            "normalization none: cost criterion \"\(criterion)\" has no scale to reverse it on"
        case .negativeValue:
            "normalization \(normalization.rawValue): criterion \"\(criterion)\" has a negative value\(place)"
        case .zeroValue:
            "normalization \(normalization.rawValue): cost criterion \"\(criterion)\" has a zero value\(place)"
        case .allZero:
            "normalization \(normalization.rawValue): criterion \"\(criterion)\" is 0 for every alternative"
        }
    }
}
