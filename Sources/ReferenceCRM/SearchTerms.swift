import Foundation
import Localization

/// What a customer is found by, as terms a typed query is a prefix of — the form a storage index serves
/// (`term LIKE 'query%'` on SQLite and PostgreSQL alike) — and how a typed query becomes keys.
///
/// - A name gives each of its words (split at spaces and half-spaces) and the whole name without spaces, folded
///   by `PersianSearchNormalizer`
///   (ي/ی, ك/ک, آ/ا, half-spaces, vowel marks, digits, case): «علی‌رضا» is found by «علیرضا», «علی رضا», «رضا» and
///   «علي».
/// - A phone number gives its E.164 digits (`98912…`), its national form (`0912…`) and the number without the
///   trunk 0 (`912…`), so an agent finds a caller by the number as any Iranian writes it.
/// - An e-mail address gives its `matchKey` (`sara@example.ir`) and its domain, so `example.ir` lists a company's
///   people.
///
/// A query made only of digits and phone punctuation (at least three digits) looks for numbers: `+98 912…`,
/// `0098…`, `0912…` and `912…` all become keys of the same forms. Anything else is folded like a name.
public enum SearchTerms {
    /// The terms of a record with `names` (a person's or a company's), `phones` and `emails`.
    public static func terms(names: [String], phones: [PhoneNumber] = [], emails: [EmailAddress] = []) -> Set<String> {
        var terms: Set<String> = []
        for name in names {
            // Words split at spaces and at half-spaces too, so that «رضا» finds «علی‌رضا».
            let normalized = PersianSearchNormalizer.normalize(name.replacingOccurrences(of: "\u{200C}", with: " "))
            for word in normalized.split(separator: " ") { terms.insert(String(word)) }
            let whole = PersianSearchNormalizer.searchKey(name)
            if !whole.isEmpty { terms.insert(whole) }
        }
        for phone in phones {
            let digits = String(phone.digits)
            terms.insert(digits)
            if phone.isIranian {
                let national = String(digits.dropFirst(2))
                terms.insert(national)
                terms.insert("0" + national)
            }
        }
        for email in emails {
            terms.insert(email.matchKey)
            terms.insert(email.domain)
        }
        return terms
    }

    /// The keys a typed query looks for (any of them a prefix of a term is a match); empty for an empty query.
    public static func keys(for query: String) -> [String] {
        if let digits = phoneDigits(query) {
            var keys = [digits]
            if digits.hasPrefix("0098") {
                keys = [String(digits.dropFirst(2))]
            }
            if let first = keys.first, first.hasPrefix("980") {
                keys.append("98" + first.dropFirst(3))  // +98 (0) 912…
            }
            return keys
        }
        let key = PersianSearchNormalizer.searchKey(query)
        return key.isEmpty ? [] : [key]
    }

    /// `true` when one of the query's keys begins one of `terms`; an empty query matches everything.
    public static func matches(query: String, terms: Set<String>) -> Bool {
        let keys = keys(for: query)
        guard !keys.isEmpty else { return true }
        return terms.contains { term in keys.contains { term.hasPrefix($0) } }
    }

    /// The digits of a query that looks like a phone number: digits in any script with `+`, spaces, hyphens,
    /// dots, parentheses and direction marks, at least three digits; `nil` for anything else.
    static func phoneDigits(_ query: String) -> String? {
        var digits = ""
        for scalar in query.unicodeScalars {
            if let value = PersianDigits.value(of: scalar) {
                digits.append(Character(String(value)))
            } else if !(scalar == "+" || PhoneNumber.isFiller(scalar)) {
                return nil
            }
        }
        return digits.count >= 3 ? digits : nil
    }
}
