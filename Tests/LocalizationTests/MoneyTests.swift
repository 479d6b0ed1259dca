import Foundation
import PropertyBased
import Testing

@testable import Localization

@Suite struct CurrencyTests {
    @Test func knownCurrenciesHaveTheirMinorDigits() throws {
        #expect(try Currency(code: "IRR").minorUnitDigits == 0)
        #expect(try Currency(code: "USD").minorUnitDigits == 2)
        #expect(try Currency(code: "EUR").minorUnitDigits == 2)
        #expect(try Currency(code: "AED").minorUnitDigits == 2)
        #expect(try Currency(code: "JPY").minorUnitDigits == 0)
        #expect(try Currency(code: "KWD").minorUnitDigits == 3)
    }

    @Test func anyWellFormedCodeGetsTwoDigits() throws {
        let currency = try Currency(code: "XYZ")
        #expect(currency.code == "XYZ")
        #expect(currency.minorUnitDigits == 2)
        #expect(currency.name == nil)
    }

    @Test(arguments: ["usd", "US", "USDX", "", "U$D", "ریا", "ＵＳＤ"])
    func malformedCodesAreRejected(_ code: String) {
        #expect(throws: MoneyError.invalidCurrencyCode(code)) { try Currency(code: code) }
    }

    @Test func codableAsTheCode() throws {
        let data = try JSONEncoder().encode([Currency.usd, .irr])
        #expect(String(decoding: data, as: UTF8.self) == #"["USD","IRR"]"#)
        #expect(try JSONDecoder().decode([Currency].self, from: data) == [.usd, .irr])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Currency].self, from: Data(#"["usd"]"#.utf8)) }
    }

    @Test func tableHasNoDuplicatesAndEveryEntryIsNamed() {
        #expect(Set(Currency.known.map(\.code)).count == Currency.known.count)
        for currency in Currency.known {
            #expect(currency.name?.isBilingual == true, "\(currency.code) has no name in both languages")
        }
    }
}

@Suite struct MoneyParsingTests {
    @Test(arguments: [
        ("1,250,000 IRR", Money.rials(1_250_000)),
        ("1250000 irr", .rials(1_250_000)),
        ("1,250,000 rial", .rials(1_250_000)),
        ("۱٬۲۵۰٬۰۰۰ ریال", .rials(1_250_000)),
        ("١٬٢٥٠٬٠٠٠ ريال", .rials(1_250_000)),  // Arabic-Indic digits and Arabic yeh
        ("125000 toman", .rials(1_250_000)),
        ("125,000 Tomans", .rials(1_250_000)),
        ("۱۲۵٬۰۰۰ تومان", .rials(1_250_000)),
        ("۱۲۵۰۰۰تومان", .rials(1_250_000)),
        ("125000 تومن", .rials(1_250_000)),
        ("125000 IRT", .rials(1_250_000)),
        ("12.5 toman", .rials(125)),
        ("12.50 USD", Money(amountMinorUnits: 1250, currency: .usd)),
        ("USD 12.50", Money(amountMinorUnits: 1250, currency: .usd)),
        ("USD12.5", Money(amountMinorUnits: 1250, currency: .usd)),
        ("۱۲٫۵۰ دلار", Money(amountMinorUnits: 1250, currency: .usd)),
        ("12.5 دلار آمریکا", Money(amountMinorUnits: 1250, currency: .usd)),
        ("7 US dollar", Money(amountMinorUnits: 700, currency: .usd)),
        ("12.500 USD", Money(amountMinorUnits: 1250, currency: .usd)),
        ("-3 EUR", Money(amountMinorUnits: -300, currency: .eur)),
        ("EUR -3", Money(amountMinorUnits: -300, currency: .eur)),
        ("\u{200E}\u{2212}۳ یورو", Money(amountMinorUnits: -300, currency: .eur)),
        ("1.005 KWD", Money(amountMinorUnits: 1005, currency: .kwd)),
        ("  99 aed  ", Money(amountMinorUnits: 9900, currency: .aed)),
    ])
    func reads(_ text: String, _ expected: Money) throws {
        #expect(try Money(parsing: text) == expected)
    }

    @Test func readsCurrencyNamesWithArabicLetterForms() throws {
        #expect(
            try Money(parsing: "1,000 ريال عمان") == Money(amountMinorUnits: 1_000_000, currency: Currency(code: "OMR"))
        )
    }

    @Test func defaultCurrencyAppliesOnlyWithoutUnit() throws {
        #expect(try Money(parsing: "1,500", defaultCurrency: .irr) == .rials(1500))
        #expect(try Money(parsing: "15 USD", defaultCurrency: .irr) == Money(amountMinorUnits: 1500, currency: .usd))
        #expect(throws: MoneyError.missingCurrency("1,500")) { try Money(parsing: "1,500") }
    }

    @Test(arguments: [
        ("", MoneyError.empty),
        ("   ", .empty),
        ("IRR", .missingAmount("IRR")),
        ("12.5 IRR", .tooManyFractionDigits("12.5", unit: "IRR", allowed: 0)),
        ("12.55 toman", .tooManyFractionDigits("12.55", unit: "toman", allowed: 1)),
        ("12.505 USD", .tooManyFractionDigits("12.505", unit: "USD", allowed: 2)),
        ("1.2.3 USD", .malformedAmount("1.2.3")),
        ("12,50 EUR", .malformedAmount("12,50")),
        ("1,2500,000 IRR", .malformedAmount("1,2500,000")),
        ("12. USD", .malformedAmount("12.")),
        (".5 USD", .malformedAmount(".5")),
        ("1 250 000 IRR", .unexpectedText("1 250 000 IRR")),
        ("about 12 USD", .unexpectedText("about 12 USD")),
        ("12 bitcoins", .unknownCurrency("bitcoins")),
        ("12 دلارها", .unknownCurrency("دلارها")),
        ("99999999999999999999 IRR", .overflow),
        ("922337203685477580.8 toman", .overflow),
    ])
    func rejects(_ text: String, _ error: MoneyError) {
        #expect(throws: error) { try Money(parsing: text) }
    }

    @Test func extremesReadBack() throws {
        #expect(try Money(parsing: "9,223,372,036,854,775,807 IRR") == .rials(.max))
        #expect(try Money(parsing: "-9,223,372,036,854,775,808 IRR") == .rials(.min))
        #expect(throws: MoneyError.overflow) { try Money(parsing: "9,223,372,036,854,775,808 IRR") }
    }

    @Test func errorsExplainInBothLanguagesWithAnExample() {
        let error = MoneyError.tooManyFractionDigits("12.505", unit: "USD", allowed: 2)
        #expect(
            error.localizedDescription == #""12.505" has more than the 2 decimal places USD allows, e.g. "12.55 USD"."#)
        #expect(error.description(in: .fa).contains("۲ رقم اعشار"))
        let missing = MoneyError.missingCurrency("1,500")
        #expect(missing.description(in: .en).contains("\"1,500 toman\""))
        #expect(missing.description(in: .fa).contains("«1,500 تومان»"))
    }

    @Test func everyErrorHasBothMessages() {
        let errors: [MoneyError] = [
            .empty, .missingAmount("x"), .malformedAmount("1.2.3"),
            .tooManyFractionDigits("1.5", unit: "IRR", allowed: 0),
            .tooManyFractionDigits("1.555", unit: "USD", allowed: 2), .missingCurrency("5"),
            .unknownCurrency("btc"), .invalidCurrencyCode("usd"), .unexpectedText("1 2"), .overflow,
            .currencyMismatch(.usd, .irr),
        ]
        for error in errors {
            #expect(error.message.isBilingual, "\(error)")
            #expect(error.message.fa != error.message.en)
        }
    }
}

@Suite struct MoneyFormattingTests {
    @Test func tomanInBothLanguages() {
        let price = Money.rials(1_250_000)
        #expect(price.formatted(in: .fa, unit: .toman) == "۱۲۵٬۰۰۰ تومان")
        #expect(price.formatted(in: .en, unit: .toman) == "125,000 toman")
        #expect(price.formatted(in: .fa) == "۱٬۲۵۰٬۰۰۰ ریال")
        #expect(price.formatted(in: .en) == "1,250,000 rial")
    }

    @Test func tomanWithAnOddRialShowsOneDecimal() {
        #expect(Money.rials(125).formatted(in: .en, unit: .toman) == "12.5 toman")
        #expect(Money.rials(125).formatted(in: .fa, unit: .toman) == "۱۲٫۵ تومان")
        #expect(Money.rials(-5).formatted(in: .en, unit: .toman) == "-0.5 toman")
    }

    @Test func otherCurrencies() throws {
        let dollars = Money(amountMinorUnits: 1250, currency: .usd)
        #expect(dollars.formatted(in: .en) == "12.50 USD")
        #expect(dollars.formatted(in: .fa) == "۱۲٫۵۰ دلار آمریکا")
        #expect(dollars.formatted(in: .en, unit: .toman) == "12.50 USD")  // the unit only applies to IRR
        #expect(Money(amountMinorUnits: 5, currency: .kwd).formatted(in: .en) == "0.005 KWD")
        #expect(Money(amountMinorUnits: 1_000, currency: .jpy).formatted(in: .en) == "1,000 JPY")
        #expect(Money(amountMinorUnits: 100, currency: try Currency(code: "XYZ")).formatted(in: .fa) == "۱٫۰۰ XYZ")
        #expect(dollars.description == "12.50 USD")
    }

    @Test func negativeInPersianCarriesFoundationsMinusSign() {
        #expect(Money.rials(-1_250_000).formatted(in: .fa, unit: .toman) == "\u{200E}\u{2212}۱۲۵٬۰۰۰ تومان")
    }

    @Test func rialAmountsReadBackInEveryLanguageAndUnit() async {
        await propertyCheck(count: 500, input: Gen.int64()) { rials throws in
            let money = Money.rials(rials)
            for language in Language.allCases {
                for unit in RialDisplayUnit.allCases {
                    let text = money.formatted(in: language, unit: unit)
                    #expect(try Money(parsing: text) == money, "\(text)")
                }
            }
        }
    }

    @Test func amountsInEveryKnownCurrencyReadBack() async {
        let currencies = Currency.known + [(try? Currency(code: "XYZ")) ?? .usd]
        let anyCurrency = Gen.int(in: 0...currencies.count - 1).map { currencies[$0] }
        await propertyCheck(count: 500, input: anyCurrency, Gen.int64(in: -1_000_000_000_000...1_000_000_000_000)) {
            currency, amount throws in
            let money = Money(amountMinorUnits: amount, currency: currency)
            for language in Language.allCases {
                let text = money.formatted(in: language)
                #expect(try Money(parsing: text) == money, "\(text)")
            }
        }
    }
}

@Suite struct MoneyArithmeticTests {
    @Test func tomansAreTenRials() throws {
        #expect(try Money.tomans(125_000) == .rials(1_250_000))
        #expect(throws: MoneyError.overflow) { try Money.tomans(.max / 5) }
    }

    @Test func addsAndSubtractsInOneCurrency() throws {
        let total = try Money.rials(1_000).adding(.rials(250)).subtracting(.rials(50))
        #expect(total == .rials(1_200))
        #expect(try Money.rials(300).multiplied(by: 12) == .rials(3_600))
        #expect(try Money.sum([.rials(1), .rials(2), .rials(3)], in: .irr) == .rials(6))
        #expect(try Money.sum([], in: .usd) == .zero(.usd))
    }

    @Test func differentCurrenciesAreAnErrorNotACrash() {
        let dollars = Money(amountMinorUnits: 100, currency: .usd)
        #expect(throws: MoneyError.currencyMismatch(.irr, .usd)) { try Money.rials(100).adding(dollars) }
        #expect(throws: MoneyError.currencyMismatch(.usd, .irr)) { try dollars.subtracting(.rials(1)) }
        #expect(throws: MoneyError.currencyMismatch(.irr, .usd)) { try Money.sum([.rials(1), dollars], in: .irr) }
    }

    @Test func overflowIsAnErrorNotACrash() {
        #expect(throws: MoneyError.overflow) { try Money.rials(.max).adding(.rials(1)) }
        #expect(throws: MoneyError.overflow) { try Money.rials(.min).subtracting(.rials(1)) }
        #expect(throws: MoneyError.overflow) { try Money.rials(.max / 2 + 1).multiplied(by: 2) }
    }

    @Test func additionAgreesWithWideIntegers() async {
        await propertyCheck(count: 500, input: Gen.int64(), Gen.int64()) { a, b throws in
            let exact = Int128(a) + Int128(b)
            let result = Result { () throws(MoneyError) in try Money.rials(a).adding(.rials(b)) }
            if let fits = Int64(exactly: exact) {
                #expect(try result.get() == .rials(fits))
            } else {
                #expect(throws: MoneyError.overflow) { try result.get() }
            }
        }
    }

    @Test func codable() throws {
        let money = Money(amountMinorUnits: 1250, currency: .usd)
        let data = try JSONEncoder().encode(money)
        #expect(try JSONDecoder().decode(Money.self, from: data) == money)
    }
}
