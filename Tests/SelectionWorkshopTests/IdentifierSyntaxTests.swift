import Testing

@testable import SelectionWorkshop

@Suite struct IdentifierSyntaxTests {
    @Test(arguments: [
        "a", "sarah", "R1", "lead-capture", "vendor_2", "v1.2", "9lives", "A-b.C_d-9",
        String(repeating: "x", count: IdentifierSyntax.maximumLength),
    ])
    func acceptsLatinLettersDigitsDotsUnderscoresAndHyphens(_ id: String) {
        #expect(IdentifierSyntax.isValid(id))
    }

    @Test(arguments: [
        "",
        "-sarah",
        ".hidden",
        "_private",
        "سارا",
        "sara-سارا",
        String(repeating: "x", count: IdentifierSyntax.maximumLength + 1),
        "lead capture",
        " sarah",
        "sarah ",
        "a/b",
        "a:b",
        "café",
        "e\u{301}",  // e and a combining accent
        "１２",  // full-width digits
        "۱۲",  // Persian digits
    ])
    func rejectsEverythingElse(_ id: String) {
        #expect(!IdentifierSyntax.isValid(id))
    }

    @Test func identifiersCompareAndPrintByTheirRawValue() {
        let acme = Identifier<Vendor>("acme")
        #expect(acme.description == "acme")
        #expect(acme == Identifier(rawValue: "acme"))
        #expect(acme < Identifier<Vendor>("globex"))
        #expect([Identifier<Vendor>("initech"), "acme", "globex"].sorted().map(\.rawValue) == ["acme", "globex", "initech"])
    }
}
