/// The weighted sum model (simple additive weighting): S_i = Σ_j w_j r_ij over the normalized values r and the
/// weights renormalized to sum 1. The primary score of crmkit, because every number in it can be checked by
/// hand.
public enum WeightedSum {
    public static func evaluate(_ matrix: DecisionMatrix, normalization: Normalization) throws(NormalizationError)
        -> MethodResult
    {
        let columns = try normalization.normalize(matrix)
        let scores = scores(columns: columns, weights: matrix.weights)
        return MethodResult(
            method: .wsm, normalization: normalization, alternatives: matrix.alternatives, weights: matrix.weights,
            columns: columns, scores: scores, ranking: Ranking(scores: scores), separations: nil)
    }

    /// Σ_j weights[j] · columns[j][i] for each alternative i.
    public static func scores(columns: [[Double]], weights: [Double]) -> [Double] {
        guard let count = columns.first?.count else { return [] }
        var scores = [Double](repeating: 0, count: count)
        for (column, weight) in zip(columns, weights) where weight != 0 {
            for i in 0..<count { scores[i] += weight * column[i] }
        }
        return scores
    }
}
