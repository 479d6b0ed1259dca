import PropertyBased
import Testing

@testable import Localization

@Suite struct PersianSearchNormalizerTests {
    @Test(arguments: [
        ("علي", "علی"),  // Arabic yeh
        ("مصطفى", "مصطفی"),  // alef maksura
        ("كتاب", "کتاب"),  // Arabic kaf
        ("مدرسة", "مدرسه"),  // teh marbuta
        ("خانۀ", "خانه"),  // heh with yeh above
        ("أحمد", "احمد"), ("إیران", "ایران"), ("ٱلله", "الله"),
        ("آمریکا", "امریکا"),  // madda folds to plain alef (see the type's comment)
        ("ا\u{0653}ب", "اب"),  // decomposed madda, too
        ("مؤسسه", "موسسه"), ("مسئول", "مسیول"),
        ("مُحَمَّد", "محمد"),  // damma, fatha, shadda
        ("كتاباً", "کتابا"), ("رحمٰن", "رحمن"),  // tanwin, superscript alef
        ("سلـــام", "سلام"),  // tatweel
        ("می‌روم", "میروم"),  // ZWNJ is nothing
        ("می\u{200D}روم", "میروم"),  // ZWJ
        ("\u{200F}سلام\u{200E}", "سلام"),  // bidi marks
        ("۱۲۳", "123"), ("١٢٣", "123"),
        ("HubSpot CRM", "hubspot crm"),
        ("  Zoho \t\n  CRM  ", "zoho crm"),
        ("José", "jose"),
        ("\u{FEE3}\u{FEF4}", "می"),  // Arabic presentation forms from a PDF
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(PersianSearchNormalizer.normalize(text) == expected)
    }

    @Test(arguments: [
        ("علي", "علی رضایی"),
        ("كتاب", "کتاب‌ها"),
        ("مي‌روم", "میروم"),
        ("میروم", "می‌روم"),
        ("می روم", "می‌روم"),
        ("میروم", "می روم"),
        ("۱۲۳", "کد 123"), ("123", "کد ۱۲۳"), ("١٢٣", "کد ۱۲۳"),
        ("hubspot", "HubSpot CRM"),
        ("sales force", "Salesforce"),
        ("امریکا", "دلار آمریکا"),
        ("", "هر چیزی"),
    ])
    func finds(_ query: String, _ text: String) {
        #expect(PersianSearchNormalizer.matches(query: query, in: text))
    }

    @Test(arguments: [
        ("کتابخانه", "کتاب"),
        ("علی", "عالی"),
        ("124", "۱۲۳"),
        ("zoho", "HubSpot CRM"),
    ])
    func doesNotFind(_ query: String, _ text: String) {
        #expect(!PersianSearchNormalizer.matches(query: query, in: text))
    }

    @Test func searchKeyDropsSpaces() {
        #expect(PersianSearchNormalizer.searchKey(" می روم ") == "میروم")
    }

    /// Characters people mix in Persian text: Arabic and Persian letters, marks, digits, joiners, Latin, spaces.
    private static let characterPool: [Character] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x0621...0x065F, 0x0660...0x06D5, 0x06F0...0x06F9, 0x200C...0x200F, 0x41...0x7A,
        ]
        let scalars = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init).map(Character.init)
        return scalars + [" ", "\t", "\u{00A0}", "é", "İ", "\u{FEF4}"]
    }()

    private static let mixedText = Gen.int(in: 0...characterPool.count - 1)
        .map { characterPool[$0] }
        .string(of: 0...20)

    @Test func normalizingTwiceChangesNothing() async {
        await propertyCheck(count: 500, input: Self.mixedText) { text in
            let once = PersianSearchNormalizer.normalize(text)
            #expect(PersianSearchNormalizer.normalize(once) == once)
        }
    }

    @Test func normalizedTextHasNoMarksJoinersOrNonLatinDigits() async {
        await propertyCheck(count: 500, input: Self.mixedText) { text in
            let normalized = PersianSearchNormalizer.normalize(text)
            for scalar in normalized.unicodeScalars {
                #expect(
                    ![.nonspacingMark, .format].contains(scalar.properties.generalCategory),
                    "U+\(String(scalar.value, radix: 16))")
                #expect(!"يىكةأإآٱؤئ\u{0640}".unicodeScalars.contains(scalar))
                let isLatinDigit = PersianDigits.value(of: scalar).map { _ in scalar.isASCII } ?? true
                #expect(isLatinDigit)
            }
            #expect(!normalized.hasPrefix(" ") && !normalized.hasSuffix(" ") && !normalized.contains("  "))
        }
    }

    @Test func everyTextContainsItsOwnParts() async {
        await propertyCheck(count: 300, input: Self.mixedText, Self.mixedText, Self.mixedText) {
            before, middle, after in
            #expect(PersianSearchNormalizer.matches(query: middle, in: before + " " + middle + " " + after))
        }
    }
}
