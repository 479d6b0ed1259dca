/// An id of one kind of workspace record. Distinct kinds get distinct types (`Stakeholder.ID`,
/// `Vendor.ID`), so a vendor id can never be passed where a stakeholder id is expected.
public struct Identifier<Kind>: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The shape every id in a workspace has: Latin letters, digits, `.`, `_` and `-`, starting with a letter or
/// digit, at most 64 characters. Ids stay Latin so references survive a change of language.
public enum IdentifierSyntax {
    public static let maximumLength = 64

    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= maximumLength else { return false }
        guard isAlphanumeric(first) else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        default: false
        }
    }
}
