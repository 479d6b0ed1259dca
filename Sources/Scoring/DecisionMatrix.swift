/// Alternatives scored on weighted criteria: the input of the weighted sum, TOPSIS and the sensitivity of the
/// winner. Values are kept per criterion (a column), in the alternatives' order, as a decision-matrix file
/// writes them.
public struct DecisionMatrix: Sendable, Hashable {
    /// One criterion: its weight as given (any non-negative scale; see `weights` for the renormalized ones),
    /// whether more is better, the scale its values are written on (optional), and one value per alternative.
    public struct Criterion: Sendable, Hashable {
        /// `benefit`: more is better; `cost`: less is better.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case benefit
            case cost
        }

        public var name: String
        public var weight: Double
        public var kind: Kind
        /// The scale the values are written on, such as a scorecard's 1…5. The `none` normalization needs it to
        /// reverse a cost criterion (min + max − v); other normalizations ignore it.
        public var scale: ClosedRange<Double>?
        public var values: [Double]

        public init(name: String, weight: Double, kind: Kind, scale: ClosedRange<Double>? = nil, values: [Double]) {
            self.name = name
            self.weight = weight
            self.kind = kind
            self.scale = scale
            self.values = values
        }
    }

    public let alternatives: [String]
    public let criteria: [Criterion]

    /// The weights renormalized to sum to 1, in the criteria's order. Every result says they were.
    public let weights: [Double]
    /// What the weights summed to as given (1 when they were already normalized).
    public let givenWeightTotal: Double

    /// Checks the shape of the matrix: at least one alternative and one criterion, unique names, one finite
    /// value per alternative in every criterion, finite non-negative weights of which one at least is positive,
    /// and scales with min < max that hold their criterion's values.
    public init(alternatives: [String], criteria: [Criterion]) throws(DecisionMatrixError) {
        guard !alternatives.isEmpty else { throw .noAlternatives }
        guard !criteria.isEmpty else { throw .noCriteria }
        var seenAlternatives: Set<String> = []
        for name in alternatives where !seenAlternatives.insert(name).inserted {
            throw .duplicateAlternative(name)
        }
        var seenCriteria: Set<String> = []
        var total = 0.0
        for criterion in criteria {
            guard seenCriteria.insert(criterion.name).inserted else { throw .duplicateCriterion(criterion.name) }
            guard criterion.weight.isFinite, criterion.weight >= 0 else {
                throw .invalidWeight(criterion: criterion.name, weight: criterion.weight)
            }
            guard criterion.values.count == alternatives.count else {
                throw .wrongValueCount(criterion: criterion.name, expected: alternatives.count, found: criterion.values.count)
            }
            if let index = criterion.values.firstIndex(where: { !$0.isFinite }) {
                throw .notFinite(criterion: criterion.name, alternative: alternatives[index])
            }
            if let scale = criterion.scale {
                guard scale.lowerBound.isFinite, scale.upperBound.isFinite, scale.lowerBound < scale.upperBound else {
                    throw .invalidScale(criterion: criterion.name)
                }
                if let index = criterion.values.firstIndex(where: { !scale.contains($0) }) {
                    throw .valueOutsideScale(
                        criterion: criterion.name, alternative: alternatives[index], value: criterion.values[index], scale: scale)
                }
            }
            total += criterion.weight
        }
        guard total > 0, total.isFinite else { throw .weightsSumToZero }
        self.alternatives = alternatives
        self.criteria = criteria
        self.givenWeightTotal = total
        self.weights = criteria.map { $0.weight / total }
    }

    /// `true` when the weights as given did not already sum to 1 (to 12 significant digits).
    public var weightsWereRenormalized: Bool {
        abs(givenWeightTotal - 1) > 1e-12
    }

    /// The same matrix with the alternatives in another order (`order[k]` is the index of the k-th new
    /// alternative), for checks that a result does not depend on the order of the file.
    public func reordered(_ order: [Int]) throws(DecisionMatrixError) -> DecisionMatrix {
        try DecisionMatrix(
            alternatives: order.map { alternatives[$0] },
            criteria: criteria.map { criterion in
                var moved = criterion
                moved.values = order.map { criterion.values[$0] }
                return moved
            })
    }
}

/// Why a decision matrix cannot be built; the file decoder reports the same problems with their positions,
/// so these reach a user only from a caller that builds a matrix in code.
public enum DecisionMatrixError: Error, Sendable, Hashable {
    case noAlternatives
    case noCriteria
    case duplicateAlternative(String)
    case duplicateCriterion(String)
    case invalidWeight(criterion: String, weight: Double)
    case weightsSumToZero
    case wrongValueCount(criterion: String, expected: Int, found: Int)
    case notFinite(criterion: String, alternative: String)
    case invalidScale(criterion: String)
    case valueOutsideScale(criterion: String, alternative: String, value: Double, scale: ClosedRange<Double>)
}

extension DecisionMatrixError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noAlternatives: "the matrix has no alternatives"
        case .noCriteria: "the matrix has no criteria"
        case .duplicateAlternative(let name): "alternative \"\(name)\" is listed twice"
        case .duplicateCriterion(let name): "criterion \"\(name)\" is listed twice"
        case .invalidWeight(let criterion, let weight):
            "criterion \"\(criterion)\" has weight \(weight); weights are finite and ≥ 0"
        case .weightsSumToZero: "the weights sum to zero; give at least one criterion a positive weight"
        case .wrongValueCount(let criterion, let expected, let found):
            "criterion \"\(criterion)\" has \(found) values for \(expected) alternatives"
        case .notFinite(let criterion, let alternative): "criterion \"\(criterion)\" has no finite value for \"\(alternative)\""
        case .invalidScale(let criterion): "criterion \"\(criterion)\" has a scale whose min is not below its max"
        case .valueOutsideScale(let criterion, let alternative, let value, let scale):
            "criterion \"\(criterion)\": \"\(alternative)\" has \(value), outside its scale \(scale.lowerBound)…\(scale.upperBound)"
        }
    }
}
