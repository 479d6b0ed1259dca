import Localization

/// Step 5 — the scorecard: the criteria tree, the scale with an anchored description per level, and the
/// weights, given directly or by pairwise comparison (`scorecard.yaml`, copied from a template).
public struct Scorecard: Sendable, Hashable {
    public var origin: FieldOrigin
    public var name: LocalizedText?
    public var template: String?
    public var description: LocalizedText?
    public var scale: ScoreScale
    public var weighting: Weighting
    public var criteria: [Criterion]
    public var pairwise: [PairwiseComparison] = []

    public init(origin: FieldOrigin, scale: ScoreScale, weighting: Weighting, criteria: [Criterion]) {
        self.origin = origin
        self.scale = scale
        self.weighting = weighting
        self.criteria = criteria
    }

    public enum Weighting: String, Sendable, Hashable, CaseIterable {
        case direct
        case pairwise
    }

    /// Every criterion of the tree, parents before their children.
    public var allCriteria: [Criterion] {
        var result: [Criterion] = []
        var stack = criteria.reversed() as [Criterion]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: next.children.reversed())
        }
        return result
    }

    /// The criteria evaluators score: those without children.
    public var leaves: [Criterion] { allCriteria.filter(\.children.isEmpty) }
}

public struct ScoreScale: Sendable, Hashable {
    public var origin: FieldOrigin
    public var minimum: Double
    public var maximum: Double
    public var step: Double
    public var levels: [Level] = []

    public init(origin: FieldOrigin, minimum: Double, maximum: Double, step: Double) {
        self.origin = origin
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
    }

    public struct Level: Sendable, Hashable {
        public var origin: FieldOrigin
        public var value: Double
        public var label: LocalizedText
        public var anchor: LocalizedText?

        public init(origin: FieldOrigin, value: Double, label: LocalizedText, anchor: LocalizedText?) {
            self.origin = origin
            self.value = value
            self.label = label
            self.anchor = anchor
        }
    }

    /// `true` when `score` lies within the scale and on one of its steps.
    public func contains(_ score: Double) -> Bool {
        guard score.isFinite, score >= minimum - 1e-9, score <= maximum + 1e-9, step > 0 else { return false }
        let steps = (score - minimum) / step
        return abs(steps - steps.rounded()) < 1e-9
    }
}

public struct Criterion: Sendable, Hashable {
    public typealias ID = Identifier<Criterion>

    public enum Direction: String, Sendable, Hashable, CaseIterable {
        /// Higher is better.
        case benefit
        /// Lower is better (cost).
        case cost
    }

    public var origin: FieldOrigin
    public var id: ID
    public var name: LocalizedText
    public var description: LocalizedText?
    public var weight: Double?
    public var direction: Direction = .benefit
    public var children: [Criterion] = []

    public init(origin: FieldOrigin, id: ID, name: LocalizedText) {
        self.origin = origin
        self.id = id
        self.name = name
    }
}

/// A pairwise comparison matrix for the children of one parent (or the top level, `root`), row over
/// column on Saaty's 1–9 scale.
public struct PairwiseComparison: Sendable, Hashable {
    public var origin: FieldOrigin
    /// `nil` for the top level of the tree.
    public var parent: Criterion.ID?
    public var items: [Criterion.ID]
    public var matrix: [[Double]]

    public init(origin: FieldOrigin, parent: Criterion.ID?, items: [Criterion.ID], matrix: [[Double]]) {
        self.origin = origin
        self.parent = parent
        self.items = items
        self.matrix = matrix
    }
}

/// One evaluator's scores: vendor → leaf criterion → score (`scores/EVALUATOR.yaml`).
public struct ScoreSheet: Sendable, Hashable {
    public var origin: FieldOrigin
    public var evaluator: Stakeholder.ID
    public var submitted: Bool = false
    public var scores: [Score] = []

    public init(origin: FieldOrigin, evaluator: Stakeholder.ID) {
        self.origin = origin
        self.evaluator = evaluator
    }

    /// One score. Its place in the file is not stored per score — 360,000 of them are common — but follows
    /// from the sheet's: `origin(of:)`.
    public struct Score: Sendable, Hashable {
        public var vendor: Vendor.ID
        public var criterion: Criterion.ID
        public var value: Double
        public var note: LocalizedText?

        public init(vendor: Vendor.ID, criterion: Criterion.ID, value: Double, note: LocalizedText?) {
            self.vendor = vendor
            self.criterion = criterion
            self.value = value
            self.note = note
        }
    }

    /// Where `score` stands in the sheet's file: `scores.VENDOR.CRITERION`.
    public func origin(of score: Score) -> FieldOrigin {
        FieldOrigin(
            file: origin.file, path: origin.path + [.key("scores"), .key(score.vendor.rawValue), .key(score.criterion.rawValue)])
    }
}
