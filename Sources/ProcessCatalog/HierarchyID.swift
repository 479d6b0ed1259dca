import Foundation
import Localization

/// The position of an element in the APQC Process Classification Framework, such as `3.5.1`.
///
/// APQC numbers a category `3.0`, its process groups `3.1`, `3.2`, …, their processes `3.5.1`, and their
/// activities `3.5.1.1`. Hierarchy IDs compare numerically, component by component, so `3.10` sorts after
/// `3.9` and a parent before its children. They may change between PCF releases; the APQC element ID
/// (`ProcessElement.elementID`) is the stable identifier.
public struct HierarchyID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The numbers of the ID without the category's trailing `.0`: `3.0` is `[3]`, `3.5.1` is `[3, 5, 1]`.
    public let components: [Int]

    /// Creates an ID from its numbers, each at least 1; `nil` for an empty list or a number below 1.
    public init?(components: [Int]) {
        guard !components.isEmpty, components.allSatisfy({ $0 >= 1 }) else { return nil }
        self.components = components
    }

    /// Parses `3.0`, `3` (the same category), `3.5`, `3.5.1`, `3.5.1.1`, … — with Latin, Persian or
    /// Arabic-Indic digits, surrounding white space ignored. Returns `nil` for anything else, including an
    /// empty component (`3..1`), a zero below the category (`3.0.1`, `3.5.0`) or a sign.
    public init?(_ text: String) {
        let parts = PersianDigits.toLatin(text.trimmingCharacters(in: .whitespacesAndNewlines))
            .split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        var numbers: [Int] = []
        for part in parts {
            guard let number = Int(part) else { return nil }
            numbers.append(number)
        }
        // A category is written with a trailing `.0` (3.0); nowhere else is a zero allowed.
        if numbers.count == 2, numbers[1] == 0 { numbers.removeLast() }
        self.init(components: numbers)
    }

    /// 1 for a category, 2 for a process group, 3 for a process, 4 for an activity, 5 for a task.
    public var level: Int { components.count }

    /// The ID one level up (`3.5` for `3.5.1`, `3.0` for `3.5`), or `nil` for a category.
    public var parent: HierarchyID? {
        components.count > 1 ? HierarchyID(components: Array(components.dropLast())) : nil
    }

    /// The category this ID belongs to (`3.0` for `3.5.1`).
    public var category: HierarchyID { HierarchyID(uncheckedComponents: [components[0]]) }

    /// `true` when `other` lies strictly below this ID (`3.5` is an ancestor of `3.5.1.2`, not of itself).
    public func isAncestor(of other: HierarchyID) -> Bool {
        other.components.count > components.count && other.components.starts(with: components)
    }

    /// The ID as APQC writes it: `3.0` for a category, `3.5.1` otherwise. Always Latin digits.
    public var description: String {
        components.count == 1 ? "\(components[0]).0" : components.map(String.init).joined(separator: ".")
    }

    public static func < (lhs: HierarchyID, rhs: HierarchyID) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = HierarchyID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an APQC hierarchy ID such as 3.5.1.")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private init(uncheckedComponents: [Int]) {
        components = uncheckedComponents
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
