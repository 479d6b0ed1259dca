/// TOPSIS (Hwang & Yoon 1981): rank alternatives by their relative closeness C = D⁻/(D⁺ + D⁻) to the ideal,
/// where D⁺ and D⁻ are the Euclidean distances of the weighted normalized values v_ij = w_j r_ij from the
/// ideal (the best v in every column) and the anti-ideal (the worst). crmkit uses it as a cross-check of the
/// weighted sum.
///
/// The columns come from a `Normalization`, which already turns cost criteria round, so the ideal is the
/// column maximum everywhere. With `vector` this is the classic method exactly: the cost column 1 − x/‖x‖ is a
/// mirror image of Hwang & Yoon's x/‖x‖, a mirror leaves distances unchanged, and its maximum is the mirror
/// of their minimum for cost criteria.
public enum TOPSIS {
    public static func evaluate(_ matrix: DecisionMatrix, normalization: Normalization = .vector)
        throws(NormalizationError) -> MethodResult
    {
        let columns = try normalization.normalize(matrix)
        let (scores, separations) = closeness(columns: columns, weights: matrix.weights)
        return MethodResult(
            method: .topsis, normalization: normalization, alternatives: matrix.alternatives, weights: matrix.weights,
            columns: columns, scores: scores, ranking: Ranking(scores: scores), separations: separations)
    }

    /// The closeness of each alternative and its separations from the ideal and the anti-ideal.
    static func closeness(columns: [[Double]], weights: [Double]) -> ([Double], MethodResult.Separations) {
        let count = columns.first?.count ?? 0
        var toIdeal = [Double](repeating: 0, count: count)
        var toAntiIdeal = [Double](repeating: 0, count: count)
        for (column, weight) in zip(columns, weights) where weight != 0 {
            let best = column.max() ?? 0
            let worst = column.min() ?? 0
            for i in 0..<count {
                let v = weight * column[i]
                toIdeal[i] += (v - weight * best) * (v - weight * best)
                toAntiIdeal[i] += (v - weight * worst) * (v - weight * worst)
            }
        }
        let ideal = toIdeal.map { $0.squareRoot() }
        let antiIdeal = toAntiIdeal.map { $0.squareRoot() }
        let scores = zip(ideal, antiIdeal).map { closeness(ideal: $0, antiIdeal: $1) }
        return (scores, MethodResult.Separations(ideal: ideal, antiIdeal: antiIdeal))
    }

    /// D⁻/(D⁺ + D⁻). When both are 0 the ideal and the anti-ideal coincide — every weighted column is constant,
    /// so every alternative is the same — and each gets ½: they all tie.
    static func closeness(ideal: Double, antiIdeal: Double) -> Double {
        let total = ideal + antiIdeal
        return total > 0 ? antiIdeal / total : 0.5
    }
}
