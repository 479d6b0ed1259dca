/// The judgments of one AHP pairwise comparison on Saaty's 1–9 scale, as a reciprocal matrix.
///
/// Orientation: `self[i, j]` is how many times item `i` (the row) is more important than item `j` (the
/// column), so `self[j, i] = 1 / self[i, j]` and the diagonal is 1. A judgment may be missing (`nil`); the
/// matrix is then completed before priorities are derived (see `AHP.analyze`). Building one checks the
/// structure — square, positive, unit diagonal, reciprocal — and names every offending cell at once.
public struct PairwiseMatrix: Sendable, Hashable {
    /// How far `a_ij · a_ji` may be from 1 and the diagonal from 1: the same tolerance `crmkit validate` uses
    /// for the scorecard's matrices, so a matrix accepted here is accepted there. Fractions are written as
    /// fractions (`1/3`), not as rounded decimals.
    public static let tolerance = 1e-6

    /// The names of the compared items, in row (and column) order; unique.
    public let items: [String]
    /// `n × n`: the judgment of row over column, `nil` where none was given. Never `nil` on the diagonal; a
    /// pair is either given on both sides (reciprocal) or missing on both.
    public let entries: [[Double?]]

    public var count: Int { items.count }

    /// The judgment of row `i` over column `j`, or `nil` when it is missing.
    public subscript(i: Int, j: Int) -> Double? { entries[i][j] }

    /// `true` when every judgment is given.
    public var isComplete: Bool { missingPairs.isEmpty }

    /// The pairs `(i, j)`, `i < j`, without a judgment.
    public var missingPairs: [(row: Int, column: Int)] {
        var pairs: [(row: Int, column: Int)] = []
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) where entries[i][j] == nil { pairs.append((i, j)) }
        }
        return pairs
    }

    /// The pairs `(i, j)`, `i < j`, whose judgment lies outside Saaty's scale 1/9…9 (allowed, but worth a
    /// warning: the random indices were computed on that scale).
    public var offScalePairs: [(row: Int, column: Int)] {
        var pairs: [(row: Int, column: Int)] = []
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) {
                guard let value = entries[i][j] else { continue }
                if value > 9 * (1 + Self.tolerance) || value < (1 - Self.tolerance) / 9 { pairs.append((i, j)) }
            }
        }
        return pairs
    }

    /// A matrix from its rows. `nil` marks a missing judgment; when only one side of a pair is given, the
    /// other is taken as its reciprocal (so an upper triangle is enough), and a missing diagonal entry is 1.
    /// Throws every structural problem found, each naming its cell.
    public init(items: [String], entries rows: [[Double?]]) throws(PairwiseMatrixError) {
        var problems = Self.itemProblems(items)
        let n = items.count
        if rows.count != n { problems.append(.rowCount(expected: n, found: rows.count)) }
        for (i, row) in rows.enumerated() where row.count != n {
            problems.append(.rowLength(row: i, expected: n, found: row.count))
        }
        guard problems.isEmpty else { throw PairwiseMatrixError(problems: problems) }

        // Cells that are not positive numbers are reported and left out of the checks below.
        var valid = rows
        for i in 0..<n {
            for j in 0..<n {
                guard let value = rows[i][j], !(value > 0 && value.isFinite) else { continue }
                problems.append(.notPositive(row: i, column: j, value: value))
                valid[i][j] = nil
            }
        }
        var entries = valid
        for i in 0..<n {
            let diagonal = valid[i][i] ?? 1
            if rows[i][i] == valid[i][i], abs(diagonal - 1) > Self.tolerance {
                problems.append(.diagonal(index: i, value: diagonal))
            }
            entries[i][i] = 1
            for j in (i + 1)..<max(n, i + 1) {
                guard (rows[i][j] == nil) == (valid[i][j] == nil), (rows[j][i] == nil) == (valid[j][i] == nil) else { continue }
                switch (valid[i][j], valid[j][i]) {
                case (let upper?, let lower?):
                    if abs(upper * lower - 1) > Self.tolerance {
                        problems.append(.notReciprocal(row: j, column: i, value: lower, mirror: upper))
                    }
                    // The side at least 1 is the judgment as a person makes it ("3", not "0.333…").
                    if upper >= 1 { entries[j][i] = 1 / upper } else { entries[i][j] = 1 / lower }
                case (let upper?, nil): entries[j][i] = 1 / upper
                case (nil, let lower?): entries[i][j] = 1 / lower
                case (nil, nil): break
                }
            }
        }
        guard problems.isEmpty else { throw PairwiseMatrixError(problems: problems) }
        self.items = items
        self.entries = entries
    }

    /// A matrix the caller built reciprocal, with unique items and ones on the diagonal (a group's
    /// aggregated judgments); not checked again.
    init(reciprocalItems items: [String], entries: [[Double?]]) {
        self.items = items
        self.entries = entries
    }

    /// A matrix from judgments "`x` is `v` times as important as `y`" (the AHPy form `{(x, y): v}`); pairs not
    /// judged are missing.
    public init(items: [String], judgments: [(String, String, Double)]) throws(PairwiseMatrixError) {
        var problems = Self.itemProblems(items)
        let index = Dictionary(items.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: items.count), count: items.count)
        for (x, y, value) in judgments {
            guard let i = index[x] else {
                problems.append(.unknownItem(x))
                continue
            }
            guard let j = index[y] else {
                problems.append(.unknownItem(y))
                continue
            }
            guard i != j else {
                problems.append(.selfComparison(x))
                continue
            }
            if rows[i][j] != nil {
                problems.append(.repeatedPair(x, y))
                continue
            }
            rows[i][j] = value
            rows[j][i] = value > 0 && value.isFinite ? 1 / value : nil
        }
        guard problems.isEmpty else { throw PairwiseMatrixError(problems: problems) }
        try self.init(items: items, entries: rows)
    }

    private static func itemProblems(_ items: [String]) -> [PairwiseMatrixError.Problem] {
        guard !items.isEmpty else { return [.noItems] }
        var problems: [PairwiseMatrixError.Problem] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            if let first = seen[item] {
                problems.append(.duplicateItem(item, first: first, second: index))
            } else {
                seen[item] = index
            }
        }
        return problems
    }
}

/// What is structurally wrong with a pairwise matrix; every problem names its row and column (0-based).
public struct PairwiseMatrixError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case noItems
        case duplicateItem(String, first: Int, second: Int)
        case unknownItem(String)
        case selfComparison(String)
        case repeatedPair(String, String)
        case rowCount(expected: Int, found: Int)
        case rowLength(row: Int, expected: Int, found: Int)
        case notPositive(row: Int, column: Int, value: Double)
        case diagonal(index: Int, value: Double)
        /// `value` at (`row`, `column`), below the diagonal, is not the reciprocal of `mirror` above it.
        case notReciprocal(row: Int, column: Int, value: Double, mirror: Double)
    }

    public var problems: [Problem]

    public var description: String {
        problems.map { problem in
            switch problem {
            case .noItems: "there are no items to compare"
            case .duplicateItem(let name, let first, let second): "item \(first + 1) and item \(second + 1) are both \"\(name)\""
            case .unknownItem(let name): "\"\(name)\" is not one of the items"
            case .selfComparison(let name): "\"\(name)\" is compared with itself"
            case .repeatedPair(let x, let y): "\"\(x)\" over \"\(y)\" is judged twice"
            case .rowCount(let expected, let found): "the matrix has \(found) rows, not \(expected)"
            case .rowLength(let row, let expected, let found): "row \(row + 1) has \(found) entries, not \(expected)"
            case .notPositive(let row, let column, let value): "row \(row + 1), column \(column + 1) is \(value), not positive"
            case .diagonal(let index, let value): "row \(index + 1), column \(index + 1) is \(value), not 1"
            case .notReciprocal(let row, let column, let value, let mirror):
                "row \(row + 1), column \(column + 1) is \(value), not 1/\(mirror)"
            }
        }.joined(separator: "; ")
    }
}
