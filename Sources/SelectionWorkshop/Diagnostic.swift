import Localization

/// One problem found in a workspace: what is wrong, where, and how to fix it, in both languages.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// A stable name for the rule that found the problem (`unknown-reference`, `matrix-not-reciprocal`…), for
    /// scripts that filter diagnostics.
    public var rule: String
    public var origin: FieldOrigin
    /// Filled in by the file layer; `nil` only when the file could not be read at all.
    public var location: SourceLocation?
    public var message: LocalizedText
    public var fix: LocalizedText

    public init(
        _ severity: Severity, rule: String, at origin: FieldOrigin, location: SourceLocation? = nil,
        message: LocalizedText, fix: LocalizedText
    ) {
        self.severity = severity
        self.rule = rule
        self.origin = origin
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// An error with its English and Persian texts side by side.
    public static func error(
        _ rule: String, at origin: FieldOrigin, location: SourceLocation? = nil,
        en: String, fa: String, fixEn: String, fixFa: String
    ) -> Diagnostic {
        Diagnostic(
            .error, rule: rule, at: origin, location: location,
            message: LocalizedText(fa: fa, en: en), fix: LocalizedText(fa: fixFa, en: fixEn))
    }

    /// A warning with its English and Persian texts side by side.
    public static func warning(
        _ rule: String, at origin: FieldOrigin, location: SourceLocation? = nil,
        en: String, fa: String, fixEn: String, fixFa: String
    ) -> Diagnostic {
        Diagnostic(
            .warning, rule: rule, at: origin, location: location,
            message: LocalizedText(fa: fa, en: en), fix: LocalizedText(fa: fixFa, en: fixEn))
    }

    /// `file:line:column: error: message — fix`, the form editors and CI logs turn into links.
    public func formatted(in language: Language, filePrefix: String = "") -> String {
        let place =
            if let location { "\(filePrefix)\(origin.file):\(location.line):\(location.column)" } else {
                "\(filePrefix)\(origin.file)"
            }
        let severityWord =
            switch (severity, language) {
            case (.error, .en): "error"
            case (.warning, .en): "warning"
            case (.error, .fa): "خطا"
            case (.warning, .fa): "هشدار"
            }
        return "\(place): \(severityWord): \(message.text(in: language)) — \(fix.text(in: language))"
    }
}
