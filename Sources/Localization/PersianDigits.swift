/// Conversions between Latin (0-9), Persian (۰-۹) and Arabic-Indic (٠-٩) digits.
///
/// Persian text should show Persian digits; files, ids and arithmetic use Latin ones. Users paste all three,
/// so everything that reads numbers goes through `toLatin(_:)` first.
public enum PersianDigits {
    /// Every Latin or Arabic-Indic digit in `text` written as the Persian digit; other characters unchanged.
    public static func toPersian(_ text: String) -> String {
        mapDigits(in: text, zero: persianZero)
    }

    /// Every Persian or Arabic-Indic digit in `text` written as the Latin digit; other characters unchanged.
    public static func toLatin(_ text: String) -> String {
        mapDigits(in: text, zero: latinZero)
    }

    /// `text` with its digits in the script `language` is written in: Persian digits for `.fa`, Latin for `.en`.
    public static func digits(_ text: String, for language: Language) -> String {
        language == .fa ? toPersian(text) : toLatin(text)
    }

    /// The value 0-9 of a Latin, Persian or Arabic-Indic digit, or `nil` for anything else.
    public static func value(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case latinZero...latinZero + 9: Int(scalar.value - latinZero)
        case persianZero...persianZero + 9: Int(scalar.value - persianZero)
        case arabicIndicZero...arabicIndicZero + 9: Int(scalar.value - arabicIndicZero)
        default: nil
        }
    }

    static let latinZero: UInt32 = 0x30
    static let arabicIndicZero: UInt32 = 0x660
    static let persianZero: UInt32 = 0x6F0

    private static func mapDigits(in text: String, zero: UInt32) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let value = value(of: scalar), let mapped = Unicode.Scalar(zero + UInt32(value)) {
                result.append(mapped)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
