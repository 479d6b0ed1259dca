import Foundation

/// Numbers written the way each language writes them: `1,250,000` and `12.50` in English,
/// `۱٬۲۵۰٬۰۰۰` and `۱۲٫۵۰` in Persian (Persian digits, U+066C thousands separator, U+066B decimal separator).
///
/// Grouping, separators and the minus sign come from Foundation's `NumberFormatter` with `fa_IR` / `en_US`.
/// Only whole numbers go through the formatter: swift-corelibs-foundation formats `Decimal` via `Double`
/// (it prints 90071992547409.93 as ...409.92) and `UInt64` above `Int64.max` as negative, so fractions are
/// written from exact integers here instead.
public enum LocalizedNumber {
    /// `value` with grouping separators, in the digits and separators of `language`.
    public static func format(_ value: Int64, in language: Language) -> String {
        format(scaled: value, fractionDigits: 0, in: language)
    }

    /// The exact decimal `scaled / 10^fractionDigits`, always with `fractionDigits` digits after the separator:
    /// `format(scaled: 1250, fractionDigits: 2, in: .en)` is `12.50`. `fractionDigits` is clamped to 0...18.
    public static func format(scaled: Int64, fractionDigits: Int, in language: Language) -> String {
        let digits = min(max(fractionDigits, 0), 18)
        let formatter = makeFormatter(for: language)
        let scale = powerOfTen(digits)
        let whole = scaled / scale
        var text = formatter.string(from: NSNumber(value: whole)) ?? PersianDigits.digits(String(whole), for: language)
        if scaled < 0 && whole == 0 {
            // The formatter cannot sign a zero, so "-0.50" takes its sign from the formatter's own prefix.
            text = (formatter.negativePrefix ?? "-") + text
        }
        guard digits > 0 else { return text }
        let fraction = String(scaled % scale).filter(\.isNumber)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return text + (formatter.decimalSeparator ?? ".") + PersianDigits.digits(padded, for: language)
    }

    /// The locale whose number conventions `language` uses.
    public static func locale(for language: Language) -> Locale {
        Locale(identifier: language == .fa ? "fa_IR" : "en_US")
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { result, _ in result * 10 }
    }

    private static func makeFormatter(for language: Language) -> NumberFormatter {
        // A new formatter per call: NumberFormatter is not Sendable, and money is not formatted in hot loops.
        let formatter = NumberFormatter()
        formatter.locale = locale(for: language)
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.maximumFractionDigits = 0
        return formatter
    }
}
