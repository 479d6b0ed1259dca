/// A language crmkit speaks to its users in. Persian is written right to left.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case fa
    case en

    /// `true` when pages and documents in this language are laid out right to left.
    public var isRightToLeft: Bool { self == .fa }

    /// The HTML `dir` attribute value for this language.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// The language's own name, as shown in a language switch.
    public var endonym: String {
        switch self {
        case .fa: "فارسی"
        case .en: "English"
        }
    }
}
