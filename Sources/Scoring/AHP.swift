import Foundation

/// How priorities are derived from a pairwise matrix.
public enum PriorityMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// Saaty's principal right eigenvector, `A w = λmax w`, by power iteration; consistency by CR.
    case eigenvector
    /// The row geometric mean (logarithmic least squares); consistency by the GCI.
    case geometric
}

/// How missing judgments are filled before priorities are derived.
public enum CompletionMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// The values that make λmax — and so the inconsistency — as small as possible (Bozóki, Fülöp & Rónyai
    /// 2010, by cyclic coordinates, as AHPy does). Unique when the comparison graph is connected.
    case optimal
    /// `a_ij = w_i / w_j` with `w` the logarithmic least-squares priorities of the given judgments alone.
    case llsm
}

/// The choices an AHP analysis is made under; every result repeats them.
public struct AHPOptions: Sendable, Hashable {
    public var method: PriorityMethod
    public var randomIndex: RandomIndexTable
    public var completion: CompletionMethod
    /// The consistency ratio a matrix may reach and still count as consistent (Saaty: 0.10).
    public var threshold: Double

    public init(
        method: PriorityMethod = .eigenvector, randomIndex: RandomIndexTable = .saaty1980,
        completion: CompletionMethod = .optimal, threshold: Double = 0.10
    ) {
        self.method = method
        self.randomIndex = randomIndex
        self.completion = completion
        self.threshold = threshold
    }
}

/// One given judgment set against what the derived priorities imply.
public struct JudgmentError: Sendable, Hashable {
    public var row: Int
    public var column: Int
    /// The judgment as given, `a_ij`.
    public var current: Double
    /// What the priorities imply, `w_i / w_j`.
    public var implied: Double
    /// `ln(a_ij · w_j / w_i)`: positive when the judgment overstates row over column.
    public var logError: Double

    /// The value on Saaty's scale (1/9…9) nearest to `implied`, for a person to write instead.
    public var suggested: Double { SaatyScale.nearest(to: implied) }
}

/// A missing judgment and the value the completion gave it.
public struct FilledJudgment: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var value: Double
}

/// The result of an AHP analysis of one pairwise matrix.
public struct AHPResult: Sendable, Hashable {
    public var items: [String]
    public var options: AHPOptions
    /// The priorities, in the order of `items`; they sum to 1.
    public var weights: [Double]
    /// The principal eigenvalue of the (completed) matrix, whatever the method.
    public var lambdaMax: Double
    /// `(λmax − n) / (n − 1)`; 0 for n ≤ 2.
    public var consistencyIndex: Double
    /// RI(n) of `options.randomIndex`.
    public var randomIndex: Double
    /// `CI / RI`; 0 for n ≤ 2.
    public var consistencyRatio: Double
    /// Crawford & Williams' geometric consistency index of the row-geometric-mean priorities.
    public var geometricConsistencyIndex: Double
    /// The GCI threshold for n (Aguarón & Moreno-Jiménez 2003): 0.31 for n ≤ 3, 0.35 for n = 4, 0.37 above.
    public var geometricThreshold: Double
    /// Consistent by the method's own measure: CR ≤ threshold for the eigenvector, GCI ≤ its threshold for
    /// the geometric mean. Always `true` for n ≤ 2.
    public var isConsistent: Bool
    /// Every given judgment (`i < j`), the worst first by `|logError|`.
    public var judgmentErrors: [JudgmentError]
    /// The judgments that were missing and what they were filled with (`i < j`); empty for a complete matrix.
    public var filled: [FilledJudgment]
    /// The matrix the priorities were derived from: the given judgments plus the filled ones.
    public var completedMatrix: [[Double]]

    /// The judgments to revisit first: all of them, worst first, when the matrix is not consistent; none
    /// otherwise.
    public var worstJudgments: [JudgmentError] { isConsistent ? [] : judgmentErrors }
}

/// Why a pairwise matrix yields no priorities.
public enum AHPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// More items than the random-index table covers.
    case tooManyItems(count: Int, table: RandomIndexTable)
    /// Missing judgments split the items into groups never compared with each other.
    case disconnected(groups: [[String]])
    /// Power iteration did not settle (never seen for matrices on Saaty's scale).
    case notConverged

    public var description: String {
        switch self {
        case .tooManyItems(let count, let table):
            "\(count) items, but the \(table.citation) random index covers at most \(table.maximumCount)"
        case .disconnected(let groups):
            "the judgments never compare these groups with each other: "
                + groups.map { "{" + $0.joined(separator: ", ") + "}" }.joined(separator: " ")
        case .notConverged: "the principal eigenvector did not converge"
        }
    }
}

/// The Analytic Hierarchy Process on one pairwise matrix (see `docs/scoring.md`).
public enum AHP {
    /// Power iteration stops when no weight moves by more than this.
    public static let tolerance = 1e-12
    static let maximumIterations = 100_000

    /// Priorities, λmax, CI, CR (with the named random-index table), GCI, the verdict and the judgments to
    /// revisit; missing judgments are filled first by `options.completion`.
    public static func analyze(_ matrix: PairwiseMatrix, options: AHPOptions = AHPOptions()) throws(AHPError)
        -> AHPResult
    {
        let n = matrix.count
        guard let randomIndex = options.randomIndex.value(for: n) else {
            throw .tooManyItems(count: n, table: options.randomIndex)
        }
        let (completed, filled) = try PairwiseCompletion.complete(matrix, method: options.completion)
        let (eigenvector, lambdaMax) = try principalEigenvector(completed)
        let geometric = rowGeometricMean(completed)
        let weights = options.method == .eigenvector ? eigenvector : geometric

        let consistencyIndex = n > 2 ? max(0, (lambdaMax - Double(n)) / Double(n - 1)) : 0
        let consistencyRatio = n > 2 && randomIndex > 0 ? consistencyIndex / randomIndex : 0
        let gci = geometricConsistencyIndex(completed, weights: geometric)
        let gciThreshold = geometricThreshold(for: n)
        let isConsistent =
            switch options.method {
            case .eigenvector: consistencyRatio <= options.threshold
            case .geometric: gci <= gciThreshold
            }

        var errors: [JudgmentError] = []
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                guard let given = matrix[i, j] else { continue }
                let implied = weights[i] / weights[j]
                errors.append(JudgmentError(row: i, column: j, current: given, implied: implied, logError: log(given / implied)))
            }
        }
        // Worst first; equal errors (to 12 digits) keep the matrix order, so the list is reproducible.
        errors.sort { lhs, rhs in
            let (a, b) = (abs(lhs.logError), abs(rhs.logError))
            if abs(a - b) > 1e-12 * max(a, b, 1) { return a > b }
            return (lhs.row, lhs.column) < (rhs.row, rhs.column)
        }
        return AHPResult(
            items: matrix.items, options: options, weights: weights, lambdaMax: lambdaMax,
            consistencyIndex: consistencyIndex, randomIndex: randomIndex, consistencyRatio: consistencyRatio,
            geometricConsistencyIndex: gci, geometricThreshold: gciThreshold, isConsistent: n <= 2 || isConsistent,
            judgmentErrors: errors, filled: filled, completedMatrix: completed)
    }

    /// The principal right eigenvector of a positive matrix, normalized to sum 1, and its eigenvalue:
    /// `w ← A w / Σ(A w)` until no component moves by more than `tolerance`. For a positive matrix the
    /// Perron root is simple and strictly dominant, so the iteration converges from any positive start.
    public static func principalEigenvector(
        _ a: [[Double]], tolerance: Double = AHP.tolerance, start: [Double]? = nil
    ) throws(AHPError) -> (weights: [Double], lambdaMax: Double) {
        let n = a.count
        guard n > 1 else { return ([1], 1) }
        // The row geometric mean is already close, which saves most of the iterations; a caller that knows a
        // closer start (the vector of a nearby matrix) passes it.
        var w = start.flatMap { $0.count == n && $0.allSatisfy { $0 > 0 } ? $0 : nil } ?? rowGeometricMean(a)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maximumIterations {
            var sum = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0..<n { s += a[i][j] * w[j] }
                next[i] = s
                sum += s
            }
            var change = 0.0
            for i in 0..<n {
                next[i] /= sum
                change = max(change, abs(next[i] - w[i]))
            }
            swap(&w, &next)
            if change <= tolerance {
                // With Σw = 1, summing A w = λ w over the rows gives λ = Σ(A w).
                var lambda = 0.0
                for i in 0..<n {
                    for j in 0..<n { lambda += a[i][j] * w[j] }
                }
                return (w, lambda)
            }
        }
        throw .notConverged
    }

    /// Row geometric means normalized to sum 1: `w_i ∝ (Π_j a_ij)^(1/n)`. Exact for a consistent matrix.
    public static func rowGeometricMean(_ a: [[Double]]) -> [Double] {
        let n = a.count
        guard n > 0 else { return [] }
        let logs = a.map { row in row.reduce(0) { $0 + log($1) } / Double(n) }
        // Subtracting the largest keeps exp() in range for any scale.
        let top = logs.max() ?? 0
        let raw = logs.map { exp($0 - top) }
        let sum = raw.reduce(0, +)
        return raw.map { $0 / sum }
    }

    /// `GCI = 2 / ((n−1)(n−2)) · Σ_{i<j} ln²(a_ij w_j / w_i)` (Crawford & Williams 1985); 0 for n ≤ 2.
    public static func geometricConsistencyIndex(_ a: [[Double]], weights w: [Double]) -> Double {
        let n = a.count
        guard n > 2 else { return 0 }
        var sum = 0.0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let e = log(a[i][j] * w[j] / w[i])
                sum += e * e
            }
        }
        return 2 * sum / Double((n - 1) * (n - 2))
    }

    /// The GCI a matrix of `n` items may reach and still count as consistent: 0.31 (n ≤ 3), 0.35 (n = 4),
    /// 0.37 (n > 4) — Aguarón & Moreno-Jiménez 2003, matching CR 0.05 / 0.08 / 0.10.
    public static func geometricThreshold(for n: Int) -> Double {
        n <= 3 ? 0.31 : n == 4 ? 0.35 : 0.37
    }
}

/// Saaty's fundamental scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, the even numbers
/// between, and their reciprocals.
public enum SaatyScale {
    public static let values: [Double] = (1...9).reversed().map { 1 / Double($0) } + (2...9).map(Double.init)

    /// The scale value nearest to `value` on a logarithmic axis (so 1/3 and 3 are equally far from 1).
    public static func nearest(to value: Double) -> Double {
        let target = log(value)
        return values.min { abs(log($0) - target) < abs(log($1) - target) } ?? 1
    }

    /// A judgment as a person writes it: `3`, `1/3`, `2.5`; anything else with four significant digits.
    public static func text(_ value: Double) -> String {
        func whole(_ x: Double) -> Int? {
            x.isFinite && abs(x) < 1e9 && abs(x - x.rounded()) < 1e-9 && x.rounded() != 0 ? Int(x.rounded()) : nil
        }
        if let n = whole(value) { return String(n) }
        if let d = whole(1 / value) { return "1/\(d)" }
        if let tenths = whole(value * 10), abs(value) >= 1 { return String(Double(tenths) / 10) }
        return String(format: "%.4g", value)
    }
}
