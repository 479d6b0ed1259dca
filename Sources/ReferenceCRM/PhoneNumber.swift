import Foundation
import Localization

/// A phone number in E.164 form (`+989121234567`), read from the many ways people write one.
///
/// Agents search by the number a caller shows, imports bring numbers from old systems in every shape, and a
/// PBX reports caller ids with or without the country code — so every number is stored in one form, and two
/// texts that name the same line give equal values. What is read:
///
/// - digits in any script (Persian `۰۹۱۲…`, Arabic-Indic `٠٩١٢…`, Latin), and spaces, hyphens, dots,
///   parentheses, slashes and invisible direction or joiner marks between them, which are dropped;
/// - an international number: `+` or `00` and the country code (`+98 912 123 4567`, `0098 912…`), with a
///   national trunk `0` written after it in parentheses or not (`+98 (0) 912…`, `+98 0912…`) dropped;
/// - an Iranian number without a country code, when the default country is Iran: `09121234567` (the national
///   form, trunk `0`), `9121234567` (without it), `989121234567` (the country code without `+`), and
///   landlines with their area code (`021 8888 1234`, `2188881234`);
/// - an extension after `ext`, `x`, `#` or `داخلی` (`021 8888 1234 ext. 205`), kept beside the number.
///
/// An Iranian number has ten digits after `+98`: a mobile `9xx xxx xxxx`, or a two-digit area code and eight
/// digits. Numbers of other countries are taken as written after `+` or `00`: E.164 allows up to 15 digits
/// with the country code, and no country's numbers have fewer than 7; crmkit does not check them against
/// each country's numbering plan.
public struct PhoneNumber: Sendable, Hashable, Comparable, StoredAsText {
    /// `+` and 7–15 digits, the first not 0.
    public let e164: String
    /// Digits dialled after the number is answered; `nil` when none.
    public let `extension`: String?

    /// Reads `text`; `defaultCountry` is the country of a number written without a country code.
    public init(parsing text: String, defaultCountry: PhoneCountry = .iran) throws(PhoneNumberError) {
        let (number, extensionDigits) = try Self.splitExtension(text)
        var digits = ""
        var international = false
        var seenDigit = false
        for scalar in number.unicodeScalars {
            if let value = PersianDigits.value(of: scalar) {
                digits.append(Character(String(value)))
                seenDigit = true
            } else if scalar == "+", !seenDigit, !international {
                international = true
            } else if Self.isFiller(scalar) {
                continue
            } else {
                throw .unexpectedCharacter(String(scalar), in: text)
            }
        }
        guard !digits.isEmpty else { throw text.allSatisfy(\.isWhitespace) ? .empty : .noDigits(text) }
        if !international, digits.hasPrefix("00") {
            international = true
            digits.removeFirst(2)
        }
        let full: String
        if international {
            full = try Self.international(digits, text: text)
        } else {
            full = try defaultCountry.fullNumber(national: digits, text: text)
        }
        self.e164 = "+" + full
        self.extension = extensionDigits
    }

    /// The number as stored, with the extension after `;ext=` (RFC 3966) when there is one.
    public var description: String { e164 + (`extension`.map { ";ext=\($0)" } ?? "") }

    /// The digits after `+`.
    public var digits: Substring { e164.dropFirst() }

    /// `true` for an Iranian number (`+98…`).
    public var isIranian: Bool { e164.hasPrefix("+98") && e164.count == 13 }

    /// `true` for an Iranian mobile number (`+989…`).
    public var isIranianMobile: Bool { isIranian && e164.dropFirst(3).first == "9" }

    public enum Style: Sendable, Hashable {
        /// As dialled inside the country, for Iranian numbers: `0912 123 4567`, `021 8888 1234`.
        case national
        /// `+98 912 123 4567`.
        case international
    }

    /// The number for people to read, grouped as it is said, in `language`'s digits; other countries' numbers
    /// are given as `+` and the digits in threes with the last four together (crmkit does not know every
    /// country's grouping).
    public func formatted(_ style: Style = .national, in language: Language = .en) -> String {
        var text: String
        if isIranian {
            let national = String(e164.dropFirst(3))
            let groups =
                isIranianMobile
                ? [national.prefix(3), national.dropFirst(3).prefix(3), national.dropFirst(6)]
                : [national.prefix(2), national.dropFirst(2).prefix(4), national.dropFirst(6)]
            let grouped = groups.joined(separator: " ")
            text = style == .national ? "0" + grouped : "+98 " + grouped
        } else {
            // The last four digits, then threes towards the front: `+1 415 555 2671`.
            var groups = [digits.suffix(4)]
            var rest = digits.dropLast(4)
            while !rest.isEmpty {
                groups.insert(rest.suffix(3), at: 0)
                rest = rest.dropLast(3)
            }
            text = "+" + groups.joined(separator: " ")
        }
        if let ext = `extension` {
            text += language == .fa ? " داخلی " + ext : " ext. " + ext
        }
        return PersianDigits.digits(text, for: language)
    }

    public static func < (lhs: PhoneNumber, rhs: PhoneNumber) -> Bool {
        (lhs.e164, lhs.extension ?? "") < (rhs.e164, rhs.extension ?? "")
    }

    /// Reads `description` (`+982188881234;ext=205`) back.
    public init(storedText: String) throws(PhoneNumberError) {
        try self.init(parsing: storedText.replacingOccurrences(of: ";ext=", with: " ext "))
    }

    // MARK: Reading

    static let separators: Set<Unicode.Scalar> = ["-", "‐", "‑", "–", ".", "(", ")", "/", "\u{A0}"]

    /// What people put between the digits of a number: separators, spaces and invisible marks.
    static func isFiller(_ scalar: Unicode.Scalar) -> Bool {
        separators.contains(scalar) || scalar.properties.isWhitespace || isInvisibleMark(scalar)
    }

    /// Direction marks, isolates, joiners and the byte-order mark: copied along with numbers from
    /// right-to-left text, invisible, and never part of one.
    static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C: true
        default: false
        }
    }

    /// The number and the extension's digits, split at `ext`, `x`, `#` or `داخلی`.
    static func splitExtension(_ text: String) throws(PhoneNumberError) -> (Substring, String?) {
        for marker in ["داخلی", "extension", "ext.", "ext", "x", "#"] {
            guard let range = text.range(of: marker, options: .caseInsensitive) else { continue }
            let start = range.lowerBound
            let rest = text[range.upperBound...]
            var digits = ""
            for scalar in rest.unicodeScalars {
                if let value = PersianDigits.value(of: scalar) {
                    digits.append(Character(String(value)))
                } else if !(scalar.properties.isWhitespace || scalar == ":" || scalar == "." || isInvisibleMark(scalar)) {
                    throw .unexpectedCharacter(String(scalar), in: text)
                }
            }
            guard !digits.isEmpty, digits.count <= 6 else { throw .invalidExtension(text) }
            return (text[..<start], digits)
        }
        return (Substring(text), nil)
    }

    /// The country code and number of an international number's digits (after `+` or `00`).
    static func international(_ digits: String, text: String) throws(PhoneNumberError) -> String {
        if digits.hasPrefix("98") {
            // `+98 (0) 912…` and `+98 0912…`: the national trunk 0 is not part of the number.
            var national = digits.dropFirst(2)
            if national.first == "0" { national = national.dropFirst() }
            return try PhoneCountry.iran.fullNumber(national: String(national), text: text, hasTrunk: false)
        }
        guard digits.first != "0" else { throw .invalidCountryCode(text) }
        if digits.count > 15 { throw .tooLong(text, digits: digits.count) }
        if digits.count < 7 { throw .tooShort(text, digits: digits.count) }
        return digits
    }
}

/// The country whose numbers may be written without a country code.
public enum PhoneCountry: String, Sendable, Hashable, CaseIterable, Codable {
    case iran

    public var callingCode: String {
        switch self {
        case .iran: "98"
        }
    }

    /// The digits after `+` of a number written in this country's national form.
    func fullNumber(national digits: String, text: String, hasTrunk: Bool = true) throws(PhoneNumberError) -> String {
        switch self {
        case .iran:
            var national = Substring(digits)
            if hasTrunk {
                if national.hasPrefix("0") {
                    national = national.dropFirst()
                } else if national.count == 12, national.hasPrefix("98") {
                    national = national.dropFirst(2)  // the country code without `+`
                }
            }
            if national.count == 8 || national.count == 7 { throw .missingAreaCode(text) }
            if national.count < 10 { throw .tooShort(text, digits: national.count) }
            if national.count > 10 { throw .tooLong(text, digits: national.count) }
            guard national.first != "0" else { throw .invalidIranianNumber(text) }
            return callingCode + national
        }
    }
}

/// Why a text is not a phone number; each message shows a form that would have worked.
public enum PhoneNumberError: BilingualError, Equatable {
    case empty
    case noDigits(String)
    case unexpectedCharacter(String, in: String)
    case tooShort(String, digits: Int)
    case tooLong(String, digits: Int)
    /// An Iranian landline written without its area code.
    case missingAreaCode(String)
    case invalidIranianNumber(String)
    case invalidCountryCode(String)
    case invalidExtension(String)

    private static let examples = LocalizedText(
        fa: "مثلاً ۰۹۱۲ ۱۲۳ ۴۵۶۷، ۰۲۱ ۸۸۸۸ ۱۲۳۴ یا ‎+44 20 7946 0958",
        en: "e.g. 0912 123 4567, 021 8888 1234 or +44 20 7946 0958")

    public var message: LocalizedText {
        let example = Self.examples
        switch self {
        case .empty:
            return LocalizedText(
                fa: "شماره تلفن خالی است؛ شماره را بنویسید، \(example.text(in: .fa)).",
                en: "The phone number is empty; write the number, \(example.text(in: .en)).")
        case .noDigits(let text):
            return LocalizedText(
                fa: "«\(text)» رقمی ندارد؛ شماره را با رقم بنویسید، \(example.text(in: .fa)).",
                en: "\"\(text)\" has no digits; write the number in digits, \(example.text(in: .en)).")
        case .unexpectedCharacter(let character, let text):
            return LocalizedText(
                fa: "«\(character)» در شماره «\(text)» جایی ندارد؛ فقط رقم، + در آغاز، فاصله، خط تیره و پرانتز بنویسید.",
                en:
                    "\"\(character)\" does not belong in the phone number \"\(text)\"; use digits, a leading +, spaces, hyphens and parentheses."
            )
        case .tooShort(let text, let digits):
            return LocalizedText(
                fa:
                    "شماره «\(text)» کوتاه است (\(PersianDigits.toPersian(String(digits))) رقم)؛ شماره کامل را با پیش‌شماره بنویسید، \(example.text(in: .fa)).",
                en:
                    "\"\(text)\" is too short (\(digits) digits); write the whole number with its area or country code, \(example.text(in: .en))."
            )
        case .tooLong(let text, let digits):
            return LocalizedText(
                fa:
                    "شماره «\(text)» بلند است (\(PersianDigits.toPersian(String(digits))) رقم)؛ رقم اضافه را بردارید یا داخلی را پس از «داخلی» بنویسید.",
                en:
                    "\"\(text)\" is too long (\(digits) digits); remove the extra digits, or write an extension after \"ext\".")
        case .missingAreaCode(let text):
            return LocalizedText(
                fa: "شماره ثابت «\(text)» پیش‌شماره ندارد؛ پیش‌شماره شهر را بیفزایید، مثلاً ۰۲۱ برای تهران.",
                en: "The landline \"\(text)\" has no area code; add the city's code, e.g. 021 for Tehran.")
        case .invalidIranianNumber(let text):
            return LocalizedText(
                fa: "«\(text)» شماره ایرانی معتبری نیست؛ پس از ‎+98 ده رقم می‌آید که با صفر آغاز نمی‌شود.",
                en: "\"\(text)\" is not a valid Iranian number; +98 is followed by ten digits, the first not 0.")
        case .invalidCountryCode(let text):
            return LocalizedText(
                fa: "پس از + یا 00 در «\(text)» کد کشور می‌آید که با صفر آغاز نمی‌شود.",
                en: "In \"\(text)\", + or 00 must be followed by a country code, which never starts with 0.")
        case .invalidExtension(let text):
            return LocalizedText(
                fa: "داخلیِ «\(text)» باید ۱ تا ۶ رقم باشد، مثلاً «۰۲۱ ۸۸۸۸ ۱۲۳۴ داخلی ۲۰۵».",
                en: "The extension in \"\(text)\" must be 1 to 6 digits, e.g. \"021 8888 1234 ext. 205\".")
        }
    }
}
