import Foundation
import Localization

/// A value of a custom field (`custom_fields:` in `crm.yaml`) on one record, as typed in a form, a CSV cell
/// or a JSON string, read by the field's kind.
public enum CustomFieldValue: Sendable, Hashable {
    case text(String)
    case number(Decimal)
    case date(LocalDate)
    case yesNo(Bool)
    /// The id of one of the field's choices.
    case choice(String)

    /// Reads `input` as `field` expects; `nil` for an empty input (no value). Numbers and dates may use Persian
    /// digits; dates are Jalali or Gregorian by their year (as in workspace files), yes/no in either language,
    /// a choice by its id or by its name in either language.
    public static func parse(_ input: String, for field: CustomField) throws(CustomFieldValueError) -> CustomFieldValue? {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch field.kind {
        case .text:
            guard text.count <= 1_000 else { throw .tooLong(field: field.id) }
            return .text(text)
        case .number:
            let latin = PersianDigits.toLatin(text).replacingOccurrences(of: "٫", with: ".")
                .replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "٬", with: "")
            // An optional minus, digits, and an optional point with digits: nothing `Decimal` would read half of.
            let unsigned = latin.hasPrefix("-") ? latin.dropFirst() : Substring(latin)
            let halves = unsigned.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(halves.count),
                halves.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                let number = Decimal(string: latin, locale: Locale(identifier: "en_US_POSIX"))
            else { throw .notANumber(field: field.id, input) }
            return .number(number)
        case .date:
            let latin = PersianDigits.toLatin(text)
            let parts = latin.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { throw .notADate(field: field.id, input) }
            do {
                return .date(
                    try LocalDate(year: parts[0], month: parts[1], day: parts[2], kind: parts[0] < 1700 ? .jalali : .gregorian))
            } catch {
                throw .notADate(field: field.id, input)
            }
        case .yesNo:
            switch latinLowercased(text) {
            case "yes", "true", "1", "بله", "آری", "y": return .yesNo(true)
            case "no", "false", "0", "خیر", "نه", "n": return .yesNo(false)
            default: throw .notYesOrNo(field: field.id, input)
            }
        case .choice(let choices):
            let key = PersianSearchNormalizer.searchKey(text)
            if let match = choices.first(where: {
                $0.id == text || PersianSearchNormalizer.searchKey($0.name.text(in: .fa)) == key
                    || PersianSearchNormalizer.searchKey($0.name.text(in: .en)) == key
            }) {
                return .choice(match.id)
            }
            throw .notAChoice(field: field.id, input, allowed: choices.map(\.id))
        }
    }

    /// Checks a record's custom values against the definitions for its kind of record: every required field has a
    /// value, and no value names a field that is not defined. Returns the problems, each naming the field.
    public static func problems(
        of values: [String: CustomFieldValue], record: CustomField.Record, definitions: [CustomField]
    ) -> [CustomFieldValueError] {
        let fields = definitions.filter { $0.record == record }
        var problems: [CustomFieldValueError] = []
        for field in fields where field.required && values[field.id] == nil {
            problems.append(.missing(field: field.id))
        }
        let known = Set(fields.map(\.id))
        for id in values.keys.sorted() where !known.contains(id) {
            problems.append(.unknownField(id))
        }
        return problems
    }

    private static func latinLowercased(_ text: String) -> String { PersianDigits.toLatin(text).lowercased() }
}

/// Why a custom field's value cannot be kept; each names the field (an API's problem+json `field`, a form's
/// inline error, a CSV row's column).
public enum CustomFieldValueError: BilingualError, Equatable {
    case tooLong(field: String)
    case notANumber(field: String, String)
    case notADate(field: String, String)
    case notYesOrNo(field: String, String)
    case notAChoice(field: String, String, allowed: [String])
    case missing(field: String)
    case unknownField(String)

    public var field: String {
        switch self {
        case .tooLong(let field), .notANumber(let field, _), .notADate(let field, _), .notYesOrNo(let field, _),
            .notAChoice(let field, _, _), .missing(let field), .unknownField(let field):
            field
        }
    }

    public var message: LocalizedText {
        switch self {
        case .tooLong(let field):
            LocalizedText(
                fa: "«\(field)» بیش از ۱۰۰۰ نویسه است؛ کوتاه‌ترش کنید.", en: "\"\(field)\" is over 1,000 characters; shorten it.")
        case .notANumber(let field, let input):
            LocalizedText(
                fa: "«\(input)» برای «\(field)» عدد نیست؛ مثلاً ۱۲ یا 12.5 بنویسید.",
                en: "\"\(input)\" is not a number for \"\(field)\"; write e.g. 12 or 12.5.")
        case .notADate(let field, let input):
            LocalizedText(
                fa: "«\(input)» برای «\(field)» تاریخ نیست؛ به شکل ۱۴۰۵-۰۹-۰۲ یا 2026-11-23 بنویسید.",
                en: "\"\(input)\" is not a date for \"\(field)\"; write YYYY-MM-DD, e.g. 2026-11-23 or 1405-09-02.")
        case .notYesOrNo(let field, let input):
            LocalizedText(
                fa: "«\(input)» برای «\(field)» بله یا خیر نیست.", en: "\"\(input)\" is not yes or no for \"\(field)\".")
        case .notAChoice(let field, let input, let allowed):
            LocalizedText(
                fa: "«\(input)» از گزینه‌های «\(field)» نیست؛ یکی از این‌ها: \(allowed.joined(separator: "، ")).",
                en: "\"\(input)\" is not a choice of \"\(field)\"; one of: \(allowed.joined(separator: ", ")).")
        case .missing(let field):
            LocalizedText(fa: "«\(field)» لازم است.", en: "\"\(field)\" is required.")
        case .unknownField(let field):
            LocalizedText(
                fa: "فیلد «\(field)» در crm.yaml تعریف نشده است.", en: "the field \"\(field)\" is not defined in crm.yaml.")
        }
    }
}
