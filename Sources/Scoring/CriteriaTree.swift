/// A criterion and its sub-criteria with the points a team gave each, for weighting a hierarchy level by
/// level: the points of siblings are renormalized to local weights summing to 1, and a criterion's global
/// weight is the product of the local weights on the path from the top (distributive synthesis). Points may
/// be percentages, SMART or SWING ratings, or AHP priorities of the level.
public struct CriteriaTree: Sendable, Hashable {
    public var id: String
    public var points: Double
    public var children: [CriteriaTree]

    public init(_ id: String, points: Double, children: [CriteriaTree] = []) {
        self.id = id
        self.points = points
        self.children = children
    }

    /// One criterion's weights.
    public struct Weight: Sendable, Hashable {
        /// The ids from the top level down to this criterion.
        public var path: [String]
        public var id: String { path.last ?? "" }
        /// Among its siblings; siblings sum to 1.
        public var local: Double
        /// Product of the local weights down the path; the leaves sum to 1.
        public var global: Double
        public var isLeaf: Bool
    }

    /// Why a tree gives no weights: the failure of one level, named by the path of its parent (empty for the
    /// top level).
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var parent: [String]
        public var failure: DirectWeighting.Failure

        public var description: String {
            (parent.isEmpty ? "top level" : parent.joined(separator: " › ")) + ": \(failure)"
        }
    }

    /// Every criterion of `roots` with its local and global weight, depth first in the given order; each
    /// level is weighted by `method` (plain points by default).
    public static func weights(of roots: [CriteriaTree], method: DirectWeighting = .points) throws(Failure) -> [Weight] {
        // An explicit stack, so a deep tree cannot overflow the call stack.
        var stack: [(node: CriteriaTree, path: [String], local: Double, global: Double)] = []
        func push(_ level: [CriteriaTree], under parent: [String], parentGlobal: Double) throws(Failure) {
            let local: [Double]
            do {
                local = try method.weights(level.map(\.points))
            } catch {
                throw Failure(parent: parent, failure: error)
            }
            for (node, weight) in zip(level, local).reversed() {
                stack.append((node, parent + [node.id], weight, parentGlobal * weight))
            }
        }
        try push(roots, under: [], parentGlobal: 1)
        var result: [Weight] = []
        while let top = stack.popLast() {
            result.append(Weight(path: top.path, local: top.local, global: top.global, isLeaf: top.node.children.isEmpty))
            if !top.node.children.isEmpty { try push(top.node.children, under: top.path, parentGlobal: top.global) }
        }
        return result
    }
}
