import Foundation
import Localization

/// An e-mail address as a CRM keeps it: trimmed, its domain in lower case, so that `Sara@Example.IR` and
/// `sara@example.ir` find the same contact (the local part keeps its case: RFC 5321 lets a server tell
/// `Sara` from `sara`, though almost none do, so matching ignores its case too — `matchKey`).
///
/// What is accepted is what mail systems deliver in practice, not the whole of RFC 5322: a local part of
/// letters (any script), digits and ``!#$%&'*+/=?^_`{|}~.-`` without a leading, trailing or doubled dot, at most
/// 64 characters; `@`; a domain of two or more labels of letters, digits and hyphens (not at either end of a
/// label; the last not all digits), at most 253 characters. A display name (`Sara Ahmadi <sara@example.ir>`), angle brackets, `mailto:`
/// and the invisible direction marks that come along when an address is copied from right-to-left text are
/// removed first.
public struct EmailAddress: Sendable, Hashable, Comparable, StoredAsText {
    public let localPart: String
    public let domain: String

    public init(parsing text: String) throws(EmailAddressError) {
        var cleaned = String(
            String.UnicodeScalarView(text.unicodeScalars.filter { !PhoneNumber.isInvisibleMark($0) }))
        if let open = cleaned.lastIndex(of: "<"), let close = cleaned.lastIndex(of: ">"), open < close {
            cleaned = String(cleaned[cleaned.index(after: open)..<close])
        }
        cleaned = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
        if cleaned.lowercased().hasPrefix("mailto:") { cleaned.removeFirst("mailto:".count) }
        guard !cleaned.isEmpty else { throw .empty }
        let parts = cleaned.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .notOneAt(text) }
        let local = String(parts[0])
        let domain = parts[1].lowercased()
        guard Self.isValidLocalPart(local) else { throw .invalidLocalPart(text) }
        guard Self.isValidDomain(domain) else { throw .invalidDomain(text) }
        self.localPart = local
        self.domain = domain
    }

    public var description: String { "\(localPart)@\(domain)" }

    /// The address with the local part in lower case too: what two addresses are compared by when searching.
    public var matchKey: String { "\(localPart.lowercased())@\(domain)" }

    public static func < (lhs: EmailAddress, rhs: EmailAddress) -> Bool { lhs.matchKey < rhs.matchKey }

    public init(storedText: String) throws(EmailAddressError) { try self.init(parsing: storedText) }

    static let localSymbols = Set("!#$%&'*+/=?^_`{|}~-".unicodeScalars)

    static func isValidLocalPart(_ local: String) -> Bool {
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        return local.unicodeScalars.allSatisfy {
            $0 == "." || localSymbols.contains($0) || $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }

    static func isValidDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard domain.count <= 253, labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy {
                    $0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }
        } && labels.last?.allSatisfy(\.isNumber) == false
    }
}

/// Why a text is not an e-mail address.
public enum EmailAddressError: BilingualError, Equatable {
    case empty
    case notOneAt(String)
    case invalidLocalPart(String)
    case invalidDomain(String)

    public var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(
                fa: "نشانی ایمیل خالی است؛ مثلاً sara@example.ir بنویسید.",
                en: "The e-mail address is empty; write e.g. sara@example.ir.")
        case .notOneAt(let text):
            LocalizedText(
                fa: "«\(text)» باید دقیقاً یک @ داشته باشد، مانند sara@example.ir.",
                en: "\"\(text)\" must have exactly one @, as in sara@example.ir.")
        case .invalidLocalPart(let text):
            LocalizedText(
                fa: "بخش پیش از @ در «\(text)» نادرست است: حرف، رقم و . _ - + بدون نقطه در آغاز، پایان یا دو نقطه پشت سر هم.",
                en:
                    "The part before @ in \"\(text)\" is not valid: letters, digits and . _ - +, without a dot at either end or two in a row."
            )
        case .invalidDomain(let text):
            LocalizedText(
                fa: "دامنه «\(text)» نادرست است؛ دامنه‌ای مانند example.ir یا mail.example.co.ir بنویسید.",
                en: "The domain of \"\(text)\" is not valid; write a domain such as example.ir or mail.example.co.ir.")
        }
    }
}
