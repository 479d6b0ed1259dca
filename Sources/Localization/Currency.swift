/// A currency by its ISO 4217 code, with the number of digits its minor unit has.
///
/// The digits decide how `Money.amountMinorUnits` is read: 1250 USD minor units are 12.50 USD.
/// Common currencies come from a small table; any other well-formed code is accepted with 2 digits,
/// the most common case in ISO 4217.
///
/// The Iranian rial is the exception to ISO 4217 on purpose: the standard lists IRR with 2 minor digits
/// (the dinar), but nothing in Iran has been priced in dinars for decades, so here IRR has 0.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The ISO 4217 code: three uppercase Latin letters, e.g. `IRR`.
    public let code: String
    /// How many decimal digits the minor unit has: 0 for IRR and JPY, 2 for USD, 3 for KWD.
    public let minorUnitDigits: Int

    /// The currency with ISO 4217 `code` (three uppercase Latin letters).
    ///
    /// Known codes take their digits from the table; any other well-formed code gets 2 digits.
    public init(code: String) throws(MoneyError) {
        guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw .invalidCurrencyCode(code)
        }
        self = Self.known.first { $0.code == code } ?? Currency(uncheckedCode: code, minorUnitDigits: 2)
    }

    private init(uncheckedCode: String, minorUnitDigits: Int) {
        self.code = uncheckedCode
        self.minorUnitDigits = minorUnitDigits
    }

    public var description: String { code }

    /// The currency's name in Persian and English, for currencies in the table.
    public var name: LocalizedText? { Self.names[code] }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        do {
            self = try Currency(code: code)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message.text(in: .en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension Currency {
    public static let irr = Currency(uncheckedCode: "IRR", minorUnitDigits: 0)
    public static let usd = Currency(uncheckedCode: "USD", minorUnitDigits: 2)
    public static let eur = Currency(uncheckedCode: "EUR", minorUnitDigits: 2)
    public static let aed = Currency(uncheckedCode: "AED", minorUnitDigits: 2)
    public static let gbp = Currency(uncheckedCode: "GBP", minorUnitDigits: 2)
    public static let cny = Currency(uncheckedCode: "CNY", minorUnitDigits: 2)
    public static let jpy = Currency(uncheckedCode: "JPY", minorUnitDigits: 0)
    public static let kwd = Currency(uncheckedCode: "KWD", minorUnitDigits: 3)

    /// The currencies crmkit knows by name, with their ISO 4217 minor-unit digits (IRR: see the type's comment).
    public static let known: [Currency] = [
        .irr, .usd, .eur, .aed, .gbp, .cny, .jpy, .kwd,
        Currency(uncheckedCode: "TRY", minorUnitDigits: 2),
        Currency(uncheckedCode: "CAD", minorUnitDigits: 2),
        Currency(uncheckedCode: "AUD", minorUnitDigits: 2),
        Currency(uncheckedCode: "CHF", minorUnitDigits: 2),
        Currency(uncheckedCode: "RUB", minorUnitDigits: 2),
        Currency(uncheckedCode: "INR", minorUnitDigits: 2),
        Currency(uncheckedCode: "SAR", minorUnitDigits: 2),
        Currency(uncheckedCode: "QAR", minorUnitDigits: 2),
        Currency(uncheckedCode: "OMR", minorUnitDigits: 3),
        Currency(uncheckedCode: "BHD", minorUnitDigits: 3),
        Currency(uncheckedCode: "IQD", minorUnitDigits: 3),
        Currency(uncheckedCode: "JOD", minorUnitDigits: 3),
        Currency(uncheckedCode: "AFN", minorUnitDigits: 2),
        Currency(uncheckedCode: "AMD", minorUnitDigits: 2),
        Currency(uncheckedCode: "AZN", minorUnitDigits: 2),
        Currency(uncheckedCode: "KRW", minorUnitDigits: 0),
    ]

    private static let names: [String: LocalizedText] = [
        "IRR": LocalizedText(fa: "ریال ایران", en: "Iranian rial"),
        "USD": LocalizedText(fa: "دلار آمریکا", en: "US dollar"),
        "EUR": LocalizedText(fa: "یورو", en: "Euro"),
        "AED": LocalizedText(fa: "درهم امارات", en: "UAE dirham"),
        "GBP": LocalizedText(fa: "پوند انگلیس", en: "Pound sterling"),
        "CNY": LocalizedText(fa: "یوان چین", en: "Chinese yuan"),
        "JPY": LocalizedText(fa: "ین ژاپن", en: "Japanese yen"),
        "KWD": LocalizedText(fa: "دینار کویت", en: "Kuwaiti dinar"),
        "TRY": LocalizedText(fa: "لیر ترکیه", en: "Turkish lira"),
        "CAD": LocalizedText(fa: "دلار کانادا", en: "Canadian dollar"),
        "AUD": LocalizedText(fa: "دلار استرالیا", en: "Australian dollar"),
        "CHF": LocalizedText(fa: "فرانک سوئیس", en: "Swiss franc"),
        "RUB": LocalizedText(fa: "روبل روسیه", en: "Russian ruble"),
        "INR": LocalizedText(fa: "روپیه هند", en: "Indian rupee"),
        "SAR": LocalizedText(fa: "ریال عربستان", en: "Saudi riyal"),
        "QAR": LocalizedText(fa: "ریال قطر", en: "Qatari riyal"),
        "OMR": LocalizedText(fa: "ریال عمان", en: "Omani rial"),
        "BHD": LocalizedText(fa: "دینار بحرین", en: "Bahraini dinar"),
        "IQD": LocalizedText(fa: "دینار عراق", en: "Iraqi dinar"),
        "JOD": LocalizedText(fa: "دینار اردن", en: "Jordanian dinar"),
        "AFN": LocalizedText(fa: "افغانی", en: "Afghan afghani"),
        "AMD": LocalizedText(fa: "درام ارمنستان", en: "Armenian dram"),
        "AZN": LocalizedText(fa: "منات آذربایجان", en: "Azerbaijani manat"),
        "KRW": LocalizedText(fa: "وون کره جنوبی", en: "South Korean won"),
    ]

    /// Short Persian names that, in Iran, mean one currency without a country: «دلار» is the US dollar.
    static let persianShortNames: [String: Currency] = [
        "دلار": .usd, "یورو": .eur, "درهم": .aed, "پوند": .gbp, "یوان": .cny, "ین": .jpy,
    ]
}
