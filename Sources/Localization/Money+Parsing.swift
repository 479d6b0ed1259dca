extension Money {
    /// Reads an amount as people write it: `1,250,000 IRR`, `125000 toman`, `12.50 USD`, `USD 12.50`,
    /// `۱۲۵٬۰۰۰ تومان`, `-3 EUR`.
    ///
    /// Digits may be Latin, Persian or Arabic-Indic; thousands separators `,` `٬` `،` must sit between groups
    /// of three; the decimal point is `.` or `٫`. The unit, before or after the number, is an ISO 4217 code
    /// (any case), rial/ریال, toman/تومان (also IRT and تومن; stored as ten times as many rials), or a currency
    /// name from the table (`دلار`, `یورو`, `US dollar`). Text without a unit takes `defaultCurrency`.
    /// Extra decimal places are an error unless they are zeros (`12.500 USD` is 12.50 USD).
    public init(parsing text: String, defaultCurrency: Currency? = nil) throws(MoneyError) {
        let scalars = Array(text.removingFormatCharacters.unicodeScalars)
        let trimmed = text.removingFormatCharacters.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .empty }
        guard let firstDigit = scalars.firstIndex(where: { PersianDigits.value(of: $0) != nil }) else {
            throw .missingAmount(trimmed)
        }
        var start = firstDigit
        while start > scalars.startIndex, Self.isNumberScalar(scalars[start - 1]) { start -= 1 }
        var end = firstDigit
        while end < scalars.endIndex, Self.isNumberScalar(scalars[end]) { end += 1 }

        let number = String(String.UnicodeScalarView(scalars[start..<end]))
        var prefix = String(String.UnicodeScalarView(scalars[..<start])).trimmingWhitespace
        let suffix = String(String.UnicodeScalarView(scalars[end...])).trimmingWhitespace
        let isNegative = prefix.hasSuffix("-") || prefix.hasSuffix("\u{2212}")
        if isNegative { prefix = String(prefix.dropLast()).trimmingWhitespace }

        let unit: AmountUnit
        switch (prefix.isEmpty, suffix.isEmpty) {
        case (false, false): throw .unexpectedText(trimmed)
        case (true, true):
            guard let defaultCurrency else { throw .missingCurrency(number) }
            unit = .currency(defaultCurrency)
        case (false, true): unit = try AmountUnit(prefix, in: trimmed)
        case (true, false): unit = try AmountUnit(suffix, in: trimmed)
        }

        let magnitude = try Self.minorUnits(of: number, fractionDigits: unit.fractionDigits, unitLabel: unit.label)
        // Int64.min has no positive twin, so the sign is applied to the unsigned magnitude.
        let amount = isNegative ? Int64(exactly: -Int128(magnitude)) : Int64(exactly: magnitude)
        guard let amount else { throw .overflow }
        self.init(amountMinorUnits: amount, currency: unit.currency)
    }

    /// `number` (digits, separators, one decimal point) in units of 10^-fractionDigits.
    private static func minorUnits(of number: String, fractionDigits: Int, unitLabel: String) throws(MoneyError)
        -> UInt64
    {
        var latin = ""
        for character in PersianDigits.toLatin(number) {
            switch character {
            case "\u{066B}": latin.append(".")
            case "\u{066C}", "\u{060C}": latin.append(",")
            default: latin.append(character)
            }
        }
        let parts = latin.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { throw .malformedAmount(number) }
        var fraction = parts.count == 2 ? Substring(parts[1]) : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else {
            throw .malformedAmount(number)
        }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let wellGrouped =
            groups.count == 1
            ? !whole.isEmpty
            : (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        guard wellGrouped, whole.allSatisfy({ $0.isASCIIDigit || $0 == "," }) else { throw .malformedAmount(number) }

        while fraction.count > fractionDigits, fraction.last == "0" { fraction = fraction.dropLast() }
        guard fraction.count <= fractionDigits else {
            throw .tooManyFractionDigits(number, unit: unitLabel, allowed: fractionDigits)
        }
        let digits =
            whole.filter(\.isASCIIDigit) + fraction + String(repeating: "0", count: fractionDigits - fraction.count)
        var value: UInt64 = 0
        for digit in digits {
            guard let digitValue = digit.wholeNumberValue else { throw .malformedAmount(number) }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(UInt64(digitValue))
            guard !overflowA, !overflowB else { throw .overflow }
            value = next
        }
        return value
    }

    private static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        PersianDigits.value(of: scalar) != nil || numberPunctuation.contains(scalar)
    }

    private static let numberPunctuation: Set<Unicode.Scalar> = [",", ".", "\u{066B}", "\u{066C}", "\u{060C}"]
}

/// What the word next to a number means: a currency, or tomans (rials written with one digit less).
private enum AmountUnit {
    case currency(Currency)
    case toman

    init(_ word: String, in text: String) throws(MoneyError) {
        let key = PersianSearchNormalizer.searchKey(word)
        if Self.rialWords.contains(key) {
            self = .currency(.irr)
        } else if Self.tomanWords.contains(key) {
            self = .toman
        } else if let named = Self.currenciesByName[key] {
            self = .currency(named)
        } else if word.unicodeScalars.count == 3, word.unicodeScalars.allSatisfy(\.isASCIILetter) {
            self = .currency(try Currency(code: word.uppercased()))
        } else if word.unicodeScalars.contains(where: { PersianDigits.value(of: $0) != nil }) {
            throw .unexpectedText(text)
        } else {
            throw .unknownCurrency(word)
        }
    }

    var currency: Currency {
        switch self {
        case .currency(let currency): currency
        case .toman: .irr
        }
    }

    /// Decimal places the written amount may have: a toman has one (a rial), a currency its minor digits.
    var fractionDigits: Int {
        switch self {
        case .currency(let currency): currency.minorUnitDigits
        case .toman: 1
        }
    }

    var label: String {
        switch self {
        case .currency(let currency): currency.code
        case .toman: "toman"
        }
    }

    private static let rialWords: Set<String> = ["irr", "rial", "rials", "ریال"]
    private static let tomanWords: Set<String> = ["toman", "tomans", "irt", "تومان", "تومن"]

    private static let currenciesByName: [String: Currency] = {
        var table: [String: Currency] = [:]
        for currency in Currency.known {
            for name in [currency.name?.fa, currency.name?.en].compactMap({ $0 }) {
                table[PersianSearchNormalizer.searchKey(name)] = currency
            }
        }
        for (name, currency) in Currency.persianShortNames {
            table[PersianSearchNormalizer.searchKey(name)] = currency
        }
        return table
    }()
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
