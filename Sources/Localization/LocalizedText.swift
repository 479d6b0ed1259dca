/// A user-facing text in Persian and English.
///
/// Questionnaires, scorecard anchors and catalog names carry both; workspace content written by a team
/// may carry only the language the team works in, so either side may be missing and `text(in:)` falls back
/// to the other.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var fa: String?
    public var en: String?

    public init(fa: String? = nil, en: String? = nil) {
        self.fa = fa
        self.en = en
    }

    /// The text in `language`, or in the other language when that one is missing, or `""` when both are.
    public func text(in language: Language) -> String {
        let preferred = language == .fa ? fa : en
        let other = language == .fa ? en : fa
        return nonEmpty(preferred) ?? nonEmpty(other) ?? ""
    }

    /// The text in exactly `language`, without falling back, or `nil` when it is missing or blank.
    public func exactly(_ language: Language) -> String? {
        nonEmpty(language == .fa ? fa : en)
    }

    /// `true` when both languages have a non-blank text.
    public var isBilingual: Bool { exactly(.fa) != nil && exactly(.en) != nil }

    /// The languages that have a non-blank text.
    public var languages: [Language] { Language.allCases.filter { exactly($0) != nil } }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
