import ReferenceCRM
import Testing

@Suite("Finding customers by name, phone and e-mail")
struct SearchTermsTests {
    static func mobile() throws -> PhoneNumber { try PhoneNumber(parsing: "0912 123 4567") }

    static func terms() throws -> Set<String> {
        SearchTerms.terms(
            names: ["علی‌رضا احمدي", "Abrak Motors"],
            phones: [try mobile(), try PhoneNumber(parsing: "+44 20 7946 0958")],
            emails: [try EmailAddress(parsing: "Sara.Ahmadi@Abrak-Motors.ir")])
    }

    @Test(arguments: [
        "علیرضا", "علی رضا", "علي", "رضا", "احمدی", "احم", "abrak", "MOTORS", "mot", "abrakmo",
        "0912", "0912 123", "۰۹۱۲۱۲۳", "912", "+98 912", "0098912", "+98 (0) 912 123", "98912",
        "+44 20", "4420794", "sara.ahmadi@", "SARA", "abrak-motors.ir", "",
    ])
    func found(_ query: String) throws {
        #expect(SearchTerms.matches(query: query, terms: try Self.terms()), "\(query)")
    }

    @Test(arguments: ["حسین", "motorz", "0913", "4567", "+1 415", "sara@gmail", "ahmadi.ir", "0921"])
    func notFound(_ query: String) throws {
        #expect(!SearchTerms.matches(query: query, terms: try Self.terms()), "\(query)")
    }

    @Test func theTermsAStoreIndexes() throws {
        let terms = SearchTerms.terms(names: ["Sara  Ahmadi"], phones: [try Self.mobile()])
        #expect(terms == ["sara", "ahmadi", "saraahmadi", "989121234567", "9121234567", "09121234567"])
        #expect(SearchTerms.terms(names: ["علی‌رضا"]) == ["علی", "رضا", "علیرضا"])
    }

    @Test func queriesBecomeKeys() {
        #expect(SearchTerms.keys(for: "0098 912 123") == ["98912123"])
        #expect(SearchTerms.keys(for: "+98(0)912") == ["980912", "98912"])
        #expect(SearchTerms.keys(for: "  ") == [])
        #expect(SearchTerms.keys(for: "12") == ["12"])  // too short for a number: taken as text
        #expect(SearchTerms.keys(for: "كريم") == ["کریم"])
    }
}
