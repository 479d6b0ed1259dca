import Foundation
import Localization
import PropertyBased
import ReferenceCRM
import Testing

@Suite("Phone numbers in E.164")
struct PhoneNumberTests {
    /// Every way a team writes one Iranian mobile number gives the same stored number.
    @Test(arguments: [
        "09121234567", "9121234567", "989121234567", "+989121234567", "+98 912 123 4567", "0098 912 123 4567",
        "+98 (0) 912 123 4567", "+98 0912-123-4567", "0912 123 4567", "(0912) 123-45-67", "0912.123.4567",
        "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "۰۹۱۲ ۱۲۳ ۴۵۶۷", "\u{200E}+98 912 123 4567\u{200F}", "\u{2066}0912\u{A0}123\u{2069}4567",
        " 0912 123 4567 ",
    ])
    func iranianMobileForms(_ text: String) throws {
        let number = try PhoneNumber(parsing: text)
        #expect(number.e164 == "+989121234567")
        #expect(number.isIranianMobile)
        #expect(number.extension == nil)
    }

    @Test(arguments: [
        ("021 8888 1234", "+982188881234"), ("2188881234", "+982188881234"), ("+98 21 8888 1234", "+982188881234"),
        ("(021) 88881234", "+982188881234"), ("0311 222 3344", "+983112223344"), ("۰۵۱-۳۸۴۴-۵۵۶۶", "+985138445566"),
    ])
    func iranianLandlines(_ text: String, _ e164: String) throws {
        let number = try PhoneNumber(parsing: text)
        #expect(number.e164 == e164)
        #expect(number.isIranian)
        #expect(!number.isIranianMobile)
    }

    @Test func otherCountriesAfterPlusOrDoubleZero() throws {
        #expect(try PhoneNumber(parsing: "+44 20 7946 0958").e164 == "+442079460958")
        #expect(try PhoneNumber(parsing: "0044 20 7946 0958").e164 == "+442079460958")
        #expect(try PhoneNumber(parsing: "+1 (415) 555-2671").e164 == "+14155552671")
        #expect(try !PhoneNumber(parsing: "+1 (415) 555-2671").isIranian)
        #expect(try PhoneNumber(parsing: "+290 1234").e164 == "+2901234")
    }

    @Test func extensions() throws {
        let office = try PhoneNumber(parsing: "021 8888 1234 ext. 205")
        #expect(office.e164 == "+982188881234")
        #expect(office.extension == "205")
        #expect(office.description == "+982188881234;ext=205")
        #expect(try PhoneNumber(parsing: "۰۲۱ ۸۸۸۸ ۱۲۳۴ داخلی ۲۰۵") == office)
        #expect(try PhoneNumber(parsing: "02188881234 x205") == office)
        #expect(try PhoneNumber(parsing: "02188881234#205") == office)
        #expect(try PhoneNumber(parsing: "02188881234") != office)
    }

    @Test(arguments: [
        ("", PhoneNumberError.empty),
        ("   ", .empty),
        ("call me", .unexpectedCharacter("c", in: "call me")),
        ("---", .noDigits("---")),
        ("0912 123 456", .tooShort("0912 123 456", digits: 9)),
        ("0912 123 45678", .tooLong("0912 123 45678", digits: 11)),
        ("8888 1234", .missingAreaCode("8888 1234")),
        ("+98 0 012 345 6789", .invalidIranianNumber("+98 0 012 345 6789")),
        ("+0 123 4567", .invalidCountryCode("+0 123 4567")),
        ("+44 123", .tooShort("+44 123", digits: 5)),
        ("+44 1234 5678 9012 3456", .tooLong("+44 1234 5678 9012 3456", digits: 18)),
        ("0912 123 4567 ext", .invalidExtension("0912 123 4567 ext")),
        ("0912 123 4567 ext 1234567", .invalidExtension("0912 123 4567 ext 1234567")),
        ("0912+1234567", .unexpectedCharacter("+", in: "0912+1234567")),
    ])
    func refusals(_ text: String, _ error: PhoneNumberError) {
        #expect(throws: error) { try PhoneNumber(parsing: text) }
    }

    @Test func errorsSayWhatToWriteInBothLanguages() {
        let error = PhoneNumberError.missingAreaCode("8888 1234")
        #expect(error.message.text(in: .en).contains("021"))
        #expect(error.message.text(in: .fa).contains("۰۲۱"))
        #expect(PhoneNumberError.empty.message.text(in: .fa).contains("۰۹۱۲"))
    }

    @Test func formattedAsSaid() throws {
        let mobile = try PhoneNumber(parsing: "+989121234567")
        #expect(mobile.formatted() == "0912 123 4567")
        #expect(mobile.formatted(.international) == "+98 912 123 4567")
        #expect(mobile.formatted(in: .fa) == "۰۹۱۲ ۱۲۳ ۴۵۶۷")
        let office = try PhoneNumber(parsing: "02188881234 ext 205")
        #expect(office.formatted() == "021 8888 1234 ext. 205")
        #expect(office.formatted(in: .fa) == "۰۲۱ ۸۸۸۸ ۱۲۳۴ داخلی ۲۰۵")
        #expect(try PhoneNumber(parsing: "+14155552671").formatted() == "+1 415 555 2671")
        #expect(try PhoneNumber(parsing: "+442079460958").formatted(in: .fa) == "+۴۴ ۲۰۷ ۹۴۶ ۰۹۵۸")
    }

    @Test func codableAsTheStoredText() throws {
        let number = try PhoneNumber(parsing: "021 8888 1234 ext 205")
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["+982188881234;ext=205"]"#)
        #expect(try JSONDecoder().decode([PhoneNumber].self, from: data) == [number])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PhoneNumber].self, from: Data(#"["12"]"#.utf8)) }
    }

    // MARK: Properties

    /// Any Iranian mobile or landline written in any of the national or international forms, with any digit
    /// script and separators, reads back to the same E.164 number, and its formatted forms read back too.
    @Test func everyWrittenFormReadsBack() async {
        let subscriber = Gen.int(in: 1_000_000...9_999_999)
        await propertyCheck(
            count: 300, input: Gen.int(in: 10...99), subscriber, Gen.int(in: 0...5), Gen.int(in: 0...2),
            Gen.int(in: 0...3)
        ) { prefix, number, form, script, separator in
            let national = "\(prefix)\(number)\(number % 10)"  // 2 + 7 + 1 = 10 digits, first not 0
            let expected = "+98" + national
            let written: String
            switch form {
            case 0: written = "0" + national
            case 1: written = national
            case 2: written = "98" + national
            case 3: written = "+98" + national
            case 4: written = "0098" + national
            default: written = "+98(0)" + national
            }
            let separated = Self.separate(written, style: separator)
            let scripted =
                script == 0 ? separated : script == 1 ? PersianDigits.toPersian(separated) : Self.arabicIndic(separated)
            let parsed = try? PhoneNumber(parsing: scripted)
            #expect(parsed?.e164 == expected, "\(scripted)")
            for style in [PhoneNumber.Style.national, .international] {
                for language in Language.allCases {
                    let shown = parsed?.formatted(style, in: language) ?? ""
                    #expect((try? PhoneNumber(parsing: shown))?.e164 == expected, "\(shown)")
                }
            }
        }
    }

    static func separate(_ text: String, style: Int) -> String {
        guard style > 0 else { return text }
        let separator = ["", " ", "-", "\u{200C}"][style]
        var result = ""
        for (index, character) in text.enumerated() {
            if index > 0, index % 3 == 0, character.isNumber { result += separator }
            result.append(character)
        }
        return result
    }

    static func arabicIndic(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                guard let value = scalar.properties.numericType != nil ? Int(String(scalar)) : nil else {
                    return Character(scalar)
                }
                return Character(Unicode.Scalar(0x0660 + UInt32(value))!)
            })
    }
}
