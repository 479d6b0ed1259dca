import Foundation
import Localization
import ReferenceCRM
import Testing

@Suite("E-mail addresses")
struct EmailAddressTests {
    @Test(arguments: [
        ("sara@example.ir", "sara@example.ir"),
        ("  Sara@Example.IR ", "Sara@example.ir"),
        ("Sara Ahmadi <sara.ahmadi+crm@mail.example.co.ir>", "sara.ahmadi+crm@mail.example.co.ir"),
        ("mailto:info@abrak-motors.ir", "info@abrak-motors.ir"),
        ("\u{200F}ali@example.com\u{200E}", "ali@example.com"),
        ("علی@example.ir", "علی@example.ir"),
        ("info@example.xn--mgba3a4f16a", "info@example.xn--mgba3a4f16a"),
        ("info@نمونه.ایران", "info@نمونه.ایران"),
        ("o'brien_1@sub-domain.example.org", "o'brien_1@sub-domain.example.org"),
    ])
    func accepted(_ text: String, _ stored: String) throws {
        #expect(try EmailAddress(parsing: text).description == stored)
    }

    @Test func matchingIgnoresCase() throws {
        let a = try EmailAddress(parsing: "Sara@Example.IR")
        let b = try EmailAddress(parsing: "sara@example.ir")
        #expect(a.matchKey == b.matchKey)
        #expect(a.domain == "example.ir")
    }

    @Test(arguments: [
        ("", EmailAddressError.empty),
        ("<>", .empty),
        ("sara.example.ir", .notOneAt("sara.example.ir")),
        ("sara@@example.ir", .notOneAt("sara@@example.ir")),
        (".sara@example.ir", .invalidLocalPart(".sara@example.ir")),
        ("sa..ra@example.ir", .invalidLocalPart("sa..ra@example.ir")),
        ("sa ra@example.ir", .invalidLocalPart("sa ra@example.ir")),
        ("\(String(repeating: "a", count: 65))@example.ir", .invalidLocalPart("\(String(repeating: "a", count: 65))@example.ir")),
        ("sara@localhost", .invalidDomain("sara@localhost")),
        ("sara@-example.ir", .invalidDomain("sara@-example.ir")),
        ("sara@example..ir", .invalidDomain("sara@example..ir")),
        ("sara@example.ir.", .invalidDomain("sara@example.ir.")),
        ("sara@example.123", .invalidDomain("sara@example.123")),
        ("sara@exa_mple.ir", .invalidDomain("sara@exa_mple.ir")),
    ])
    func refused(_ text: String, _ error: EmailAddressError) {
        #expect(throws: error) { try EmailAddress(parsing: text) }
        #expect(error.message.isBilingual)
    }

    @Test func codableAsText() throws {
        let address = try EmailAddress(parsing: "Sara <sara@example.ir>")
        let data = try JSONEncoder().encode(address)
        #expect(String(decoding: data, as: UTF8.self) == #""sara@example.ir""#)
        #expect(try JSONDecoder().decode(EmailAddress.self, from: data) == address)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(EmailAddress.self, from: Data(#""sara""#.utf8)) }
    }
}
