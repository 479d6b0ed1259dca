import Foundation

/// Why an amount of money could not be read or computed.
///
/// Each message says what was wrong and shows an input that would have worked.
public enum MoneyError: BilingualError, Equatable {
    /// The text was empty or only spaces.
    case empty
    /// The text named a currency but had no number.
    case missingAmount(String)
    /// The number could not be read: two decimal points, a misplaced thousands separator, a stray sign.
    case malformedAmount(String)
    /// The amount has more decimal places than its currency or unit allows (IRR: none, toman: one, USD: two).
    case tooManyFractionDigits(String, unit: String, allowed: Int)
    /// The text had a number but no currency, and no default currency was given.
    case missingCurrency(String)
    /// The unit after (or before) the number is not a currency code, rial or toman.
    case unknownCurrency(String)
    /// A currency code that is not three uppercase Latin letters.
    case invalidCurrencyCode(String)
    /// Text around the amount that is neither a number nor one currency, e.g. `1 250 000 IRR` or `about 5 USD`.
    case unexpectedText(String)
    /// The amount does not fit in 64 bits of minor units.
    case overflow
    /// Two amounts in different currencies were combined.
    case currencyMismatch(Currency, Currency)

    public var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(
                fa: "مبلغ خالی است. مبلغ و واحد را بنویسید، مثلاً «۱۲۵٬۰۰۰ تومان» یا «12.50 USD».",
                en: "The amount is empty. Write a number and a currency, e.g. \"125,000 toman\" or \"12.50 USD\"."
            )
        case .missingAmount(let text):
            LocalizedText(
                fa: "در «\(text)» عددی پیدا نشد. مبلغ را با عدد بنویسید، مثلاً «۱۲۵٬۰۰۰ تومان».",
                en: "\"\(text)\" has no number. Write the amount in digits, e.g. \"125,000 toman\"."
            )
        case .malformedAmount(let text):
            LocalizedText(
                fa:
                    "عدد «\(text)» خوانا نیست. جداکنندهٔ هزارگان فقط بین گروه‌های سه‌رقمی و یک ممیز برای اعشار بیاید، مثلاً «1,250,000» یا «12.50».",
                en:
                    "Could not read the number \"\(text)\". Use commas only between groups of three digits and one point for decimals, e.g. \"1,250,000\" or \"12.50\"."
            )
        case .tooManyFractionDigits(let text, let unit, let allowed):
            allowed == 0
                ? LocalizedText(
                    fa:
                        "مبلغ «\(text)» اعشار دارد، ولی \(unit) اعشار ندارد. عدد صحیح بنویسید، مثلاً «1,250,000 \(unit)».",
                    en:
                        "\"\(text)\" has decimals, but \(unit) has none. Write a whole number, e.g. \"1,250,000 \(unit)\"."
                )
                : LocalizedText(
                    fa:
                        "مبلغ «\(text)» بیش از \(PersianDigits.toPersian(String(allowed))) رقم اعشار دارد که \(unit) می‌پذیرد، مثلاً «12.\(String(repeating: "5", count: allowed)) \(unit)».",
                    en:
                        "\"\(text)\" has more than the \(allowed) decimal place\(allowed == 1 ? "" : "s") \(unit) allows, e.g. \"12.\(String(repeating: "5", count: allowed)) \(unit)\"."
                )
        case .missingCurrency(let text):
            LocalizedText(
                fa:
                    "برای «\(text)» واحد پول نوشته نشده. واحد را بیفزایید، مثلاً «\(text) ریال»، «\(text) تومان» یا «\(text) USD».",
                en: "\"\(text)\" has no currency. Add one, e.g. \"\(text) IRR\", \"\(text) toman\" or \"\(text) USD\"."
            )
        case .unknownCurrency(let text):
            LocalizedText(
                fa: "واحد پول «\(text)» شناخته نشد. کد سه‌حرفی ISO (مثل IRR، USD، EUR) یا «ریال» یا «تومان» بنویسید.",
                en:
                    "Unknown currency \"\(text)\". Use a three-letter ISO 4217 code (IRR, USD, EUR), \"rial\" or \"toman\"."
            )
        case .invalidCurrencyCode(let code):
            LocalizedText(
                fa: "«\(code)» کد ارز معتبر نیست. کد ارز سه حرف بزرگ لاتین است، مثل IRR یا USD.",
                en: "\"\(code)\" is not a currency code. A code is three uppercase Latin letters, like IRR or USD."
            )
        case .unexpectedText(let text):
            LocalizedText(
                fa:
                    "«\(text)» خوانا نیست. یک عدد و یک واحد پول بنویسید، بدون فاصله در میان رقم‌ها، مثلاً «1,250,000 IRR» یا «۱۲۵٬۰۰۰ تومان».",
                en:
                    "Could not read \"\(text)\". Write one number and one currency, with no spaces inside the number, e.g. \"1,250,000 IRR\" or \"125,000 toman\"."
            )
        case .overflow:
            LocalizedText(
                fa: "مبلغ بیش از حد بزرگ است و قابل نگهداری نیست.",
                en: "The amount is too large to be stored (it does not fit in 64-bit minor units)."
            )
        case .currencyMismatch(let first, let second):
            LocalizedText(
                fa: "نمی‌توان \(first.code) و \(second.code) را با هم حساب کرد. ابتدا یکی را به ارز دیگری تبدیل کنید.",
                en: "Cannot combine \(first.code) with \(second.code). Convert one amount to the other currency first."
            )
        }
    }
}
