import PropertyBased
import Testing

@testable import Localization

@Suite struct PersianDigitsTests {
    @Test func latinDigitsBecomePersian() {
        #expect(PersianDigits.toPersian("1403/05/15") == "۱۴۰۳/۰۵/۱۵")
        #expect(PersianDigits.toPersian("0123456789") == "۰۱۲۳۴۵۶۷۸۹")
    }

    @Test func arabicIndicDigitsBecomePersian() {
        #expect(PersianDigits.toPersian("٠١٢٣٤٥٦٧٨٩") == "۰۱۲۳۴۵۶۷۸۹")
    }

    @Test(arguments: ["۱۲۳", "١٢٣", "123", "۱2٣"])
    func everyScriptBecomesLatin(_ text: String) {
        #expect(PersianDigits.toLatin(text) == "123")
    }

    @Test func otherCharactersAreKept() {
        #expect(PersianDigits.toPersian("CRM v2, نسخهٔ 3") == "CRM v۲, نسخهٔ ۳")
        #expect(PersianDigits.toLatin("نسخهٔ ۳ - ok") == "نسخهٔ 3 - ok")
    }

    @Test func digitValues() {
        #expect(PersianDigits.value(of: "۷") == 7)
        #expect(PersianDigits.value(of: "٤") == 4)
        #expect(PersianDigits.value(of: "9") == 9)
        #expect(PersianDigits.value(of: "a") == nil)
        #expect(PersianDigits.value(of: "\u{06FA}") == nil)  // the letter after ۹
    }

    @Test func integersRoundTripThroughPersianDigits() async {
        await propertyCheck(count: 500, input: Gen.int()) { n in
            let persian = PersianDigits.toPersian(String(n))
            #expect(!persian.contains { $0.isASCII && $0.isNumber })
            #expect(PersianDigits.toLatin(persian) == String(n))
            #expect(Int(PersianDigits.toLatin(persian)) == n)
        }
    }

    @Test func textRoundTripsThroughBothDigitScripts() async {
        await propertyCheck(count: 300, input: Gen.letterOrNumber.string(of: 0...30)) { text in
            #expect(PersianDigits.toLatin(PersianDigits.toPersian(text)) == text)
        }
    }
}

@Suite struct LocalizedNumberTests {
    @Test func persianUsesPersianDigitsAndSeparators() {
        // What Linux Foundation prints for fa_IR: U+066C between groups, U+066B before decimals.
        #expect(LocalizedNumber.format(1_250_000, in: .fa) == "۱\u{066C}۲۵۰\u{066C}۰۰۰")
        #expect(LocalizedNumber.format(scaled: 1250, fractionDigits: 2, in: .fa) == "۱۲\u{066B}۵۰")
    }

    @Test func englishUsesCommasAndPoint() {
        #expect(LocalizedNumber.format(1_250_000, in: .en) == "1,250,000")
        #expect(LocalizedNumber.format(scaled: 1250, fractionDigits: 2, in: .en) == "12.50")
        #expect(LocalizedNumber.format(scaled: 5, fractionDigits: 3, in: .en) == "0.005")
    }

    @Test func negativeNumbers() {
        #expect(LocalizedNumber.format(-5, in: .en) == "-5")
        #expect(LocalizedNumber.format(scaled: -50, fractionDigits: 2, in: .en) == "-0.50")
        // fa_IR writes a left-to-right mark and U+2212 MINUS SIGN, not a hyphen.
        #expect(LocalizedNumber.format(-5, in: .fa) == "\u{200E}\u{2212}۵")
        #expect(LocalizedNumber.format(scaled: -50, fractionDigits: 2, in: .fa) == "\u{200E}\u{2212}۰٫۵۰")
    }

    @Test func extremesAreExact() {
        #expect(LocalizedNumber.format(.max, in: .en) == "9,223,372,036,854,775,807")
        #expect(LocalizedNumber.format(.min, in: .en) == "-9,223,372,036,854,775,808")
        // Through Decimal/Double this would print ...547,409.92.
        #expect(
            LocalizedNumber.format(scaled: 9_007_199_254_740_993, fractionDigits: 2, in: .en) == "90,071,992,547,409.93"
        )
    }

    @Test func formattedIntegersReadBack() async {
        await propertyCheck(count: 300, input: Gen.int64()) { n in
            for language in Language.allCases {
                let text = LocalizedNumber.format(n, in: language)
                let digits = PersianDigits.toLatin(text).filter { $0.isASCII && $0.isNumber }
                #expect(digits == String(n.magnitude))
                #expect((text.contains("\u{2212}") || text.contains("-")) == (n < 0))
            }
        }
    }
}
