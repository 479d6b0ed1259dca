/// An amount of money in one currency, e.g. a CRM's licence price.
///
/// The amount is an `Int64` count of the currency's minor units (rials for IRR, cents for USD), not a
/// `Decimal`: integers are exact, overflow is detectable with `addingReportingOverflow`, equality and hashing
/// need no normalisation, and `Int64` holds ±9.2 × 10¹⁸ rials, far beyond any price. (`Decimal` on Linux is
/// also formatted through `Double` by `NumberFormatter`, which silently rounds large amounts.)
///
/// The toman is not a currency but a way of writing rials: 1 toman = 10 rials. A toman amount is stored as
/// IRR (`Money.tomans(125_000)` is 1,250,000 IRR) and shown in tomans with `formatted(in:unit: .toman)`.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The amount in the currency's minor units: rials for IRR, cents for USD, fils for KWD.
    public let amountMinorUnits: Int64
    public let currency: Currency

    public init(amountMinorUnits: Int64, currency: Currency) {
        self.amountMinorUnits = amountMinorUnits
        self.currency = currency
    }

    /// `rials` Iranian rials.
    public static func rials(_ rials: Int64) -> Money {
        Money(amountMinorUnits: rials, currency: .irr)
    }

    /// `tomans` tomans, stored as ten times as many rials.
    public static func tomans(_ tomans: Int64) throws(MoneyError) -> Money {
        let (rials, overflow) = tomans.multipliedReportingOverflow(by: rialsPerToman)
        guard !overflow else { throw .overflow }
        return .rials(rials)
    }

    /// Nothing, in `currency`.
    public static func zero(_ currency: Currency) -> Money {
        Money(amountMinorUnits: 0, currency: currency)
    }

    /// How many rials make one toman.
    public static let rialsPerToman: Int64 = 10

    public var isZero: Bool { amountMinorUnits == 0 }
    public var isNegative: Bool { amountMinorUnits < 0 }

    /// `self + other`; both must be in the same currency.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try combined(with: other) { $0.addingReportingOverflow($1) }
    }

    /// `self - other`; both must be in the same currency.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try combined(with: other) { $0.subtractingReportingOverflow($1) }
    }

    /// `self × factor`, e.g. a per-seat price times the number of seats.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = amountMinorUnits.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow }
        return Money(amountMinorUnits: product, currency: currency)
    }

    /// The sum of `amounts`, all in `currency`; `zero(currency)` when there are none.
    public static func sum(_ amounts: some Sequence<Money>, in currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts {
            total = try total.adding(amount)
        }
        return total
    }

    /// The amount in English with its currency code, e.g. `12.50 USD` or `1,250,000 rial`.
    public var description: String { formatted(in: .en) }

    private func combined(
        with other: Money,
        _ operation: (Int64, Int64) -> (partialValue: Int64, overflow: Bool)
    ) throws(MoneyError) -> Money {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        let (result, overflow) = operation(amountMinorUnits, other.amountMinorUnits)
        guard !overflow else { throw .overflow }
        return Money(amountMinorUnits: result, currency: currency)
    }
}

/// How an IRR amount is written: in rials, the currency, or in tomans, the unit people price things in.
public enum RialDisplayUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case rial
    case toman

    /// The unit's word in `language`: ریال / تومان, rial / toman.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.rial, .fa): "ریال"
        case (.rial, .en): "rial"
        case (.toman, .fa): "تومان"
        case (.toman, .en): "toman"
        }
    }
}

extension Money {
    /// The amount as a reader of `language` writes it.
    ///
    /// IRR is written in `unit`: `۱۲۵٬۰۰۰ تومان` / `125,000 toman`, or `۱٬۲۵۰٬۰۰۰ ریال` / `1,250,000 rial`;
    /// a toman amount that is not a whole number of tomans shows one decimal (`12.5 toman`). Other currencies
    /// show all their minor digits, with the Persian name when known (`۱۲٫۵۰ دلار آمریکا`) and the ISO code in
    /// English (`12.50 USD`). `unit` only applies to IRR. Every output reads back with `Money(parsing:)`.
    public func formatted(in language: Language, unit: RialDisplayUnit = .rial) -> String {
        if currency == .irr {
            // A rial count is a toman amount with one decimal digit; whole tomans drop that digit.
            let number =
                switch (unit, amountMinorUnits % Money.rialsPerToman == 0) {
                case (.rial, _): LocalizedNumber.format(amountMinorUnits, in: language)
                case (.toman, true): LocalizedNumber.format(amountMinorUnits / Money.rialsPerToman, in: language)
                case (.toman, false): LocalizedNumber.format(scaled: amountMinorUnits, fractionDigits: 1, in: language)
                }
            return number + " " + unit.name(in: language)
        }
        let number = LocalizedNumber.format(
            scaled: amountMinorUnits, fractionDigits: currency.minorUnitDigits, in: language)
        let unitName = language == .fa ? currency.name?.exactly(.fa) ?? currency.code : currency.code
        return number + " " + unitName
    }
}
