import Foundation

/// One member of a group that judges the same items, with the weight of their voice.
public struct GroupMember: Sendable, Hashable {
    public var name: String
    public var matrix: PairwiseMatrix
    /// λ_k: positive; the members' weights are renormalized to sum 1.
    public var weight: Double

    public init(name: String, matrix: PairwiseMatrix, weight: Double = 1) {
        self.name = name
        self.matrix = matrix
        self.weight = weight
    }
}

/// How a group's judgments become one set of priorities (Forman & Peniwati 1998).
public enum GroupAggregation: String, Sendable, Hashable, CaseIterable, Codable {
    /// AIJ: the weighted geometric mean of the judgments, `a_ij = Π_k a_ij(k)^λ_k` (the arithmetic mean would
    /// break reciprocity), then priorities and CR of that group matrix. For a group that acts as one unit.
    case judgments
    /// AIP, geometric: `w_i ∝ Π_k w_i(k)^λ_k`, renormalized. For members who act as individuals.
    case prioritiesGeometric = "priorities-geometric"
    /// AIP, arithmetic: `w_i = Σ_k λ_k w_i(k)`.
    case prioritiesArithmetic = "priorities-arithmetic"
}

/// A group's priorities, with every member's own analysis.
public struct GroupResult: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var name: String
        /// λ_k after renormalization.
        public var weight: Double
        public var result: AHPResult
        /// `true` when the member's own judgments are not consistent (CR above the threshold, or GCI above its
        /// threshold for the geometric method). Such members are reported, never silently dropped.
        public var isFlagged: Bool { !result.isConsistent }
    }

    public var items: [String]
    public var aggregation: GroupAggregation
    public var members: [Member]
    /// The group's priorities, in the order of `items`; they sum to 1.
    public var weights: [Double]
    /// The analysis of the aggregated matrix (AIJ only): its λmax, CR and judgments to revisit.
    public var groupMatrix: AHPResult?
}

/// Why a group's judgments cannot be aggregated.
public enum GroupAHPError: Error, Sendable, Hashable, CustomStringConvertible {
    case noMembers
    case differentItems(member: String)
    case invalidWeight(member: String, weight: Double)
    case member(String, AHPError)
    case group(AHPError)

    public var description: String {
        switch self {
        case .noMembers: "the group has no members"
        case .differentItems(let member): "\(member) compares other items than the first member"
        case .invalidWeight(let member, let weight): "\(member)'s weight is \(weight), not a positive number"
        case .member(let member, let error): "\(member): \(error)"
        case .group(let error): "the group matrix: \(error)"
        }
    }
}

/// Group AHP: several members' judgments of the same items aggregated into one set of priorities.
public enum GroupAHP {
    /// Each member analyzed on their own (so each CR is reported), then aggregated by `aggregation`. With AIJ a
    /// judgment some members skipped is the weighted geometric mean of those who gave it (their weights
    /// renormalized); a pair nobody judged stays missing and the group matrix is completed.
    public static func aggregate(
        _ members: [GroupMember], by aggregation: GroupAggregation, options: AHPOptions = AHPOptions()
    ) throws(GroupAHPError) -> GroupResult {
        guard let first = members.first else { throw .noMembers }
        for member in members {
            guard member.matrix.items == first.matrix.items else { throw .differentItems(member: member.name) }
            guard member.weight > 0, member.weight.isFinite else {
                throw .invalidWeight(member: member.name, weight: member.weight)
            }
        }
        let total = members.reduce(0) { $0 + $1.weight }
        var analyzed: [GroupResult.Member] = []
        for member in members {
            do {
                let result = try AHP.analyze(member.matrix, options: options)
                analyzed.append(.init(name: member.name, weight: member.weight / total, result: result))
            } catch {
                throw .member(member.name, error)
            }
        }
        let items = first.matrix.items
        let n = items.count
        switch aggregation {
        case .judgments:
            var rows = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: n)
            for i in 0..<n {
                for j in 0..<n {
                    var logSum = 0.0
                    var weightSum = 0.0
                    for (member, result) in zip(members, analyzed) {
                        guard let value = member.matrix[i, j] else { continue }
                        logSum += result.weight * log(value)
                        weightSum += result.weight
                    }
                    if weightSum > 0 { rows[i][j] = exp(logSum / weightSum) }
                }
            }
            let group: AHPResult
            do {
                // Weighted geometric means of reciprocal judgments are reciprocal, with ones on the diagonal.
                group = try AHP.analyze(PairwiseMatrix(reciprocalItems: items, entries: rows), options: options)
            } catch {
                throw .group(error)
            }
            return GroupResult(
                items: items, aggregation: aggregation, members: analyzed, weights: group.weights, groupMatrix: group)
        case .prioritiesGeometric:
            var logs = [Double](repeating: 0, count: n)
            for member in analyzed {
                for i in 0..<n { logs[i] += member.weight * log(member.result.weights[i]) }
            }
            let top = logs.max() ?? 0
            let raw = logs.map { exp($0 - top) }
            let sum = raw.reduce(0, +)
            return GroupResult(
                items: items, aggregation: aggregation, members: analyzed, weights: raw.map { $0 / sum }, groupMatrix: nil)
        case .prioritiesArithmetic:
            var weights = [Double](repeating: 0, count: n)
            for member in analyzed {
                for i in 0..<n { weights[i] += member.weight * member.result.weights[i] }
            }
            let sum = weights.reduce(0, +)
            return GroupResult(
                items: items, aggregation: aggregation, members: analyzed, weights: weights.map { $0 / sum },
                groupMatrix: nil)
        }
    }
}
