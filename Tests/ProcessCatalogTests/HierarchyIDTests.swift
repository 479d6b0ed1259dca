import ProcessCatalog
import Testing

@Suite struct HierarchyIDTests {
    @Test(arguments: [
        ("3.0", [3]), ("3", [3]), ("3.5", [3, 5]), ("3.5.1", [3, 5, 1]), ("6.2.3.10", [6, 2, 3, 10]),
        (" 3.5.1 ", [3, 5, 1]), ("۳.۵.۱", [3, 5, 1]), ("٦.٢", [6, 2]), ("13.0", [13]),
    ])
    func parses(text: String, components: [Int]) {
        #expect(HierarchyID(text)?.components == components)
    }

    @Test(arguments: [
        "", ".", "3.", ".3", "3..1", "3.0.1", "3.5.0", "0", "0.0", "-3.1", "+3.1", "3.a", "3,5", "3 .5",
        "99999999999999999999.1",
    ])
    func rejects(text: String) {
        #expect(HierarchyID(text) == nil)
    }

    @Test func writesCategoriesWithTrailingZero() throws {
        #expect(try #require(HierarchyID("3")).description == "3.0")
        #expect(try #require(HierarchyID("۳.۵.۱")).description == "3.5.1")
    }

    @Test func ordersNumericallyNotAlphabetically() throws {
        let texts = ["3.10", "3.9", "3.0", "3.5.1.2", "3.5", "6.0", "3.5.1", "3.5.10", "3.5.2", "10.0"]
        let sorted = try texts.map { try #require(HierarchyID($0)) }.sorted().map(\.description)
        #expect(sorted == ["3.0", "3.5", "3.5.1", "3.5.1.2", "3.5.2", "3.5.10", "3.9", "3.10", "6.0", "10.0"])
    }

    @Test func knowsItsFamily() throws {
        let process = try #require(HierarchyID("3.5.1"))
        #expect(process.level == 3)
        #expect(process.parent == HierarchyID("3.5"))
        #expect(process.parent?.parent == HierarchyID("3.0"))
        #expect(process.parent?.parent?.parent == nil)
        #expect(process.category == HierarchyID("3.0"))
        #expect(try #require(HierarchyID("3.0")).isAncestor(of: process))
        #expect(try #require(HierarchyID("3.5")).isAncestor(of: process))
        #expect(!process.isAncestor(of: process))
        let sibling = try #require(HierarchyID("3.5.10"))
        #expect(!process.isAncestor(of: sibling))
        #expect(!(try #require(HierarchyID("6.0")).isAncestor(of: process)))
    }
}
