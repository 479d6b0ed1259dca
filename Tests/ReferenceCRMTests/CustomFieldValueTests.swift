import Foundation
import Localization
import ReferenceCRM
import Testing

@Suite("Values of custom fields")
struct CustomFieldValueTests {
    static let name = LocalizedText(fa: "نام", en: "Name")
    static func field(_ kind: CustomField.Kind, id: String = "f", required: Bool = false) -> CustomField {
        CustomField(record: .contact, id: id, name: name, kind: kind, required: required)
    }
    static let channel = field(
        .choice([
            .init(id: "phone", name: LocalizedText(fa: "تلفن", en: "Phone")),
            .init(id: "web", name: LocalizedText(fa: "وب‌سایت", en: "Web site")),
        ]), id: "channel")

    @Test func readByKind() throws {
        #expect(try CustomFieldValue.parse("  hello ", for: Self.field(.text)) == .text("hello"))
        #expect(try CustomFieldValue.parse("", for: Self.field(.text)) == nil)
        #expect(try CustomFieldValue.parse("۱۲٫۵", for: Self.field(.number)) == .number(Decimal(string: "12.5")!))
        #expect(try CustomFieldValue.parse("1,250,000", for: Self.field(.number)) == .number(1_250_000))
        #expect(try CustomFieldValue.parse("-3", for: Self.field(.number)) == .number(-3))
        #expect(
            try CustomFieldValue.parse("۱۴۰۵-۰۹-۰۲", for: Self.field(.date))
                == .date(try LocalDate(year: 1405, month: 9, day: 2, kind: .jalali)))
        #expect(
            try CustomFieldValue.parse("2026-11-23", for: Self.field(.date))
                == .date(try LocalDate(year: 2026, month: 11, day: 23, kind: .gregorian)))
        #expect(try CustomFieldValue.parse("بله", for: Self.field(.yesNo)) == .yesNo(true))
        #expect(try CustomFieldValue.parse("No", for: Self.field(.yesNo)) == .yesNo(false))
        #expect(try CustomFieldValue.parse("web", for: Self.channel) == .choice("web"))
        #expect(try CustomFieldValue.parse("وبسایت", for: Self.channel) == .choice("web"))  // half-space folded
        #expect(try CustomFieldValue.parse("PHONE", for: Self.channel) == .choice("phone"))
    }

    @Test(arguments: [
        ("12abc", CustomField.Kind.number), ("1-2", .number), ("1.2.3", .number), (".5", .number), ("1e5", .number),
        ("½", .number), ("1405-13-01", .date), ("23/11/2026", .date), ("maybe", .yesNo),
    ])
    func refused(_ input: String, _ kind: CustomField.Kind) {
        #expect(throws: CustomFieldValueError.self) { try CustomFieldValue.parse(input, for: Self.field(kind)) }
    }

    @Test func errorsNameTheFieldAndTheChoices() {
        #expect(throws: CustomFieldValueError.notAChoice(field: "channel", "fax", allowed: ["phone", "web"])) {
            try CustomFieldValue.parse("fax", for: Self.channel)
        }
        #expect(CustomFieldValueError.notANumber(field: "budget", "x").field == "budget")
        #expect(
            CustomFieldValueError.notAChoice(field: "channel", "fax", allowed: ["phone", "web"]).message.text(in: .fa).contains(
                "phone، web"))
        #expect(throws: CustomFieldValueError.tooLong(field: "f")) {
            try CustomFieldValue.parse(String(repeating: "x", count: 1_001), for: Self.field(.text))
        }
    }

    @Test func requiredAndUnknownFields() {
        let definitions = [
            Self.field(.text, id: "national_id", required: true), Self.field(.number, id: "children"),
            CustomField(record: .account, id: "tax_id", name: Self.name, kind: .text, required: true),
        ]
        #expect(
            CustomFieldValue.problems(of: [:], record: .contact, definitions: definitions) == [.missing(field: "national_id")])
        #expect(
            CustomFieldValue.problems(
                of: ["national_id": .text("0012345678"), "pet": .text("cat"), "age": .number(3)], record: .contact,
                definitions: definitions)
                == [.unknownField("age"), .unknownField("pet")])
        #expect(CustomFieldValue.problems(of: ["tax_id": .text("1")], record: .account, definitions: definitions).isEmpty)
    }
}
