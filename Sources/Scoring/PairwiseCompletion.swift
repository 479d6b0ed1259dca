import Foundation

/// Fills the missing judgments of an incomplete pairwise matrix, so that no eigen-solver ever sees a hole.
///
/// A matrix can be completed only when its comparison graph — items as vertices, given judgments as edges —
/// is connected; otherwise some items were never compared, directly or through others, with the rest, and
/// no method can weigh one group against another.
///
/// - `llsm`: the logarithmic least-squares priorities of the given judgments alone — `y = ln w` solves the
///   graph Laplacian system `Σ_{j~i} (y_i − y_j) = Σ_{j~i} ln a_ij` — and `a_ij = w_i / w_j` where missing.
///   The row geometric mean of that completed matrix gives back the same priorities.
/// - `optimal`: the completion with the smallest λmax (Bozóki, Fülöp & Rónyai, "On optimal completion of
///   incomplete pairwise comparison matrices", Math. Comput. Modelling 52, 2010). λmax is a strictly convex
///   function of the logarithms `t` of the missing entries when the graph is connected, so the minimum is
///   unique. The paper (and AHPy) reach it by cyclic coordinates, one entry at a time; crmkit minimizes over
///   all of `t` at once by BFGS with the analytic gradient `∂λ/∂t = (a_ij v_i w_j − v_j w_i / a_ij) / vᵀw`
///   (`v`, `w` the left and right Perron vectors), starting from the LLSM completion. Same optimum, but cyclic
///   coordinates took minutes for a dozen items with half the judgments missing, which an interactive
///   elicitation cannot wait for. The optimization stops when no `t` moves by more than 1e-11.
public enum PairwiseCompletion {
    /// The optimization stops when no missing entry's logarithm moves by more than this.
    static let completionTolerance = 1e-11
    static let maximumIterations = 2_000

    /// The completed matrix and the filled entries (`i < j`). A complete matrix comes back as it is.
    public static func complete(_ matrix: PairwiseMatrix, method: CompletionMethod) throws(AHPError)
        -> (matrix: [[Double]], filled: [FilledJudgment])
    {
        let n = matrix.count
        let missing = matrix.missingPairs
        let groups = components(matrix)
        guard groups.count == 1 else {
            throw .disconnected(groups: groups.map { $0.map { matrix.items[$0] } })
        }
        let priorities = logLeastSquares(matrix)
        var a = [[Double]](repeating: [Double](repeating: 1, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n { a[i][j] = matrix[i, j] ?? priorities[i] / priorities[j] }
        }
        guard !missing.isEmpty else { return (a, []) }
        if method == .optimal { try minimizeLambdaMax(&a, over: missing) }
        return (a, missing.map { FilledJudgment(row: $0.row, column: $0.column, value: a[$0.row][$0.column]) })
    }

    /// The connected groups of items (by index, each sorted, ordered by their first item).
    public static func components(_ matrix: PairwiseMatrix) -> [[Int]] {
        let n = matrix.count
        var group = [Int](repeating: -1, count: n)
        var groups: [[Int]] = []
        for start in 0..<n where group[start] < 0 {
            var members: [Int] = []
            var stack = [start]
            group[start] = groups.count
            while let i = stack.popLast() {
                members.append(i)
                for j in 0..<n where j != i && group[j] < 0 && matrix[i, j] != nil {
                    group[j] = groups.count
                    stack.append(j)
                }
            }
            groups.append(members.sorted())
        }
        return groups
    }

    /// Logarithmic least-squares priorities from the given judgments only (the matrix must be connected),
    /// normalized to sum 1.
    public static func logLeastSquares(_ matrix: PairwiseMatrix) -> [Double] {
        let n = matrix.count
        guard n > 1 else { return [1] }
        // Laplacian L y = b with y_0 fixed at 0: drop the first row and column, solve the rest.
        var system = [[Double]](repeating: [Double](repeating: 0, count: n), count: n - 1)
        for i in 1..<n {
            for j in 0..<n where j != i {
                guard let value = matrix[i, j] else { continue }
                system[i - 1][i - 1] += 1
                if j > 0 { system[i - 1][j - 1] -= 1 }
                system[i - 1][n - 1] += log(value)
            }
        }
        let y = [0] + solve(system)
        let top = y.max() ?? 0
        let raw = y.map { exp($0 - top) }
        let sum = raw.reduce(0, +)
        return raw.map { $0 / sum }
    }

    /// Solves an augmented system `[M | b]` by Gaussian elimination with partial pivoting; M is the reduced
    /// Laplacian of a connected graph, so it is positive definite.
    private static func solve(_ augmented: [[Double]]) -> [Double] {
        var m = augmented
        let size = m.count
        for column in 0..<size {
            let pivot = (column..<size).max { abs(m[$0][column]) < abs(m[$1][column]) } ?? column
            m.swapAt(column, pivot)
            for row in (column + 1)..<max(size, column + 1) {
                let factor = m[row][column] / m[column][column]
                guard factor != 0 else { continue }
                for k in column...size { m[row][k] -= factor * m[column][k] }
            }
        }
        var x = [Double](repeating: 0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var s = m[row][size]
            for k in (row + 1)..<size { s -= m[row][k] * x[k] }
            x[row] = s / m[row][row]
        }
        return x
    }

    /// Minimizes λmax over `t_k = ln a_ij` of the missing entries by BFGS: λmax is smooth and strictly convex in
    /// `t`, its gradient is `∂λ/∂t_k = (a_ij v_i w_j − v_j w_i / a_ij) / (vᵀw)`, and each line search looks for
    /// the zero of the directional derivative (secant steps), never comparing λmax values whose differences near
    /// the optimum are below rounding.
    private static func minimizeLambdaMax(_ a: inout [[Double]], over missing: [(row: Int, column: Int)]) throws(AHPError) {
        let m = missing.count
        var t = missing.map { log(a[$0.row][$0.column]) }
        var right: [Double]?
        var left: [Double]?
        func set(_ t: [Double]) {
            for (k, (i, j)) in missing.enumerated() {
                a[i][j] = exp(t[k])
                a[j][i] = exp(-t[k])
            }
        }
        func gradient(at t: [Double]) throws(AHPError) -> [Double] {
            set(t)
            let w = try AHP.principalEigenvector(a, start: right).weights
            let v = try AHP.principalEigenvector(transpose(a), start: left).weights
            (right, left) = (w, v)
            let scale = zip(v, w).reduce(0) { $0 + $1.0 * $1.1 }
            return missing.map { i, j in (a[i][j] * v[i] * w[j] - v[j] * w[i] * a[j][i]) / scale }
        }
        func dot(_ x: [Double], _ y: [Double]) -> Double { zip(x, y).reduce(0) { $0 + $1.0 * $1.1 } }

        var g = try gradient(at: t)
        var inverse = identity(m)
        for _ in 0..<maximumIterations {
            if g.allSatisfy({ abs($0) < 1e-15 }) { break }
            var d = inverse.map { row in -dot(row, g) }
            var slope = dot(g, d)
            if !(slope < 0) {
                inverse = identity(m)
                d = g.map { -$0 }
                slope = dot(g, d)
            }
            // Secant steps on φ'(α) = ∇λ(t + αd)·d from α = 1, keeping a bracket once the minimum is passed.
            var (low, slopeLow) = (0.0, slope)
            var high: (Double, Double)?
            var alpha = 1.0
            var next = t
            var gNext = g
            for _ in 0..<60 {
                next = zip(t, d).map { $0 + alpha * $1 }
                gNext = try gradient(at: next)
                let slopeAlpha = dot(gNext, d)
                if abs(slopeAlpha) <= 0.1 * abs(slope) { break }
                if slopeAlpha < 0 {
                    (low, slopeLow) = (alpha, slopeAlpha)
                    alpha = high.map { (low + $0.0) / 2 } ?? alpha * 2
                } else {
                    high = (alpha, slopeAlpha)
                }
                if let (h, slopeHigh) = high {
                    let secant = low - slopeLow * (h - low) / (slopeHigh - slopeLow)
                    alpha = secant > low && secant < h ? secant : (low + h) / 2
                }
            }
            let step = zip(next, t).map { $0 - $1 }
            let change = zip(gNext, g).map { $0 - $1 }
            t = next
            g = gNext
            if step.allSatisfy({ abs($0) < completionTolerance }) { break }
            let curvature = dot(step, change)
            guard curvature > 0 else {
                inverse = identity(m)
                continue
            }
            // BFGS update of the inverse Hessian: H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ.
            let rho = 1 / curvature
            let hy = inverse.map { dot($0, change) }
            let yhy = dot(change, hy)
            for r in 0..<m {
                for c in 0..<m {
                    inverse[r][c] += -rho * (hy[r] * step[c] + step[r] * hy[c]) + (rho * rho * yhy + rho) * step[r] * step[c]
                }
            }
        }
        set(t)
    }

    private static func identity(_ m: Int) -> [[Double]] {
        (0..<m).map { r in (0..<m).map { c in r == c ? 1 : 0 } }
    }

    private static func transpose(_ a: [[Double]]) -> [[Double]] {
        a.indices.map { j in a.indices.map { i in a[i][j] } }
    }
}
